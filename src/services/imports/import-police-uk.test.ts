import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb } from '../../../test/db.js';
import type { DbHandle } from '../../db/client.js';
import { loadGeography } from '../geography/load-geography.js';
import { importPoliceUkFile, type PoliceUkImportResult, type PoliceUkImportSummary } from './import-police-uk.js';
import { expectedCounts, GEOGRAPHY_DIR, llrLsoaDistricts, policeUkDataMissing, streetFile } from './test-support.js';

const summaryOf = (r: PoliceUkImportResult): PoliceUkImportSummary => {
  if (!r.ok) throw new Error(`import failed: ${r.error}`);
  return r.summary;
};

describe.skipIf(policeUkDataMissing() !== null)('importing police.uk street-level files', () => {
  let h: DbHandle;
  let tmp: string;
  const lsoas = llrLsoaDistricts();
  const count = async (table: 'incidents' | 'police_crimes', month: string) =>
    Number(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE month = ${`${month}-01`}::date`.execute(h.db))
        .rows[0]!.n,
    );
  const runsOf = async (fileName: string) => h.db.selectFrom('import_runs').selectAll().where('file_name', '=', fileName).execute();

  beforeAll(async () => {
    h = await createTestDb();
    await loadGeography(h.db, GEOGRAPHY_DIR);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-puk-'));
  });
  afterAll(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    await h?.close();
  });

  describe.each([
    ['2020-01', 'run A, LSOA 2011 codes, CRLF', 'lsoa11_code'],
    ['2025-03', 'run B, LSOA 2021 codes, LF', 'lsoa21_code'],
  ] as const)('the real file for %s (%s)', (month, _run, lsoaColumn) => {
    const expected = expectedCounts(streetFile(month), lsoas);
    let first: PoliceUkImportSummary;
    const progress: [number, number][] = [];

    beforeAll(async () => {
      const started = Date.now();
      first = summaryOf(await importPoliceUkFile(h.db, streetFile(month), { actor: null, onProgress: (d, t) => progress.push([d, t]) }));
      process.stdout.write(`${month}: ${first.rowsRead} rows in ${Date.now() - started} ms on ${h.engine}\n`);
    });

    it('adds one incident for each ASB row whose LSOA is in the LLR lookups', async () => {
      expect(first.rowsRead).toBe(expected.rows);
      expect(first.incidentsAdded).toBe(expected.incidents);
      expect(await count('incidents', month)).toBe(expected.incidents);
    });

    it('stores the other crimes inside LLR, counting the ASB proxies among them', async () => {
      expect(first.crimesAdded).toBe(expected.crimes);
      expect(await count('police_crimes', month)).toBe(expected.crimes);
      const proxies = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM police_crimes WHERE month = ${`${month}-01`}::date AND asb_proxy`.execute(h.db);
      expect(first.proxyCrimesAdded).toBe(Number(proxies.rows[0]!.n));
      expect(first.proxyCrimesAdded).toBeGreaterThan(0);
    });

    it('accounts for every row exactly once', () => {
      const s = first;
      expect(
        s.incidentsAdded +
          s.incidentsAlreadyPresent +
          s.crimesAdded +
          s.crimesAlreadyPresent +
          s.outsideLlr +
          s.withoutLocation +
          s.rejected,
      ).toBe(s.rowsRead);
      expect(s.withoutLocation).toBe(expected.withoutLocation);
      expect(s.rejected).toBe(0);
      expect(s.outsideLlr).toBeGreaterThan(0);
    });

    it('places each incident in its LSOA’s district, with grid reference, CSP and NPA', async () => {
      const rows = await sql<{ district_code: string; n: number }>`
        SELECT district_code, count(*)::int AS n FROM incidents WHERE month = ${`${month}-01`}::date GROUP BY district_code`.execute(h.db);
      expect(Object.fromEntries(rows.rows.map((r) => [r.district_code, Number(r.n)]))).toEqual(expected.incidentsByDistrict);
      const missing = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM incidents WHERE month = ${`${month}-01`}::date
          AND (${sql.ref(lsoaColumn)} IS NULL OR easting IS NULL OR csp_code IS NULL OR npa_code IS NULL OR location_text IS NULL
               OR organisation_id IS NOT NULL OR source <> 'police.uk' OR reference NOT LIKE ${`PUK-${month}-%`})`.execute(h.db);
      expect(Number(missing.rows[0]!.n)).toBe(0);
    });

    it('reports progress up to the total', () => {
      expect(progress.length).toBeGreaterThan(1);
      expect(progress.every(([d, t]) => d <= t)).toBe(true);
      expect(progress.at(-1)).toEqual([2 * expected.rows, 2 * expected.rows]);
    });

    it('adds nothing when the same file is imported again', async () => {
      const again = summaryOf(
        await importPoliceUkFile(h.db, { name: `${month}.csv`, stream: fs.createReadStream(streetFile(month)) }, { actor: null }),
      );
      expect(again).toMatchObject({
        incidentsAdded: 0,
        crimesAdded: 0,
        incidentsAlreadyPresent: expected.incidents,
        crimesAlreadyPresent: expected.crimes,
      });
      expect(again.sha256).toBe(first.sha256);
      expect(await count('incidents', month)).toBe(expected.incidents);
    });

    it('records the import run and an audit record with counts only', async () => {
      const runs = await runsOf(path.basename(streetFile(month)));
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({
        rows_read: expected.rows,
        incidents_added: expected.incidents,
        crimes_added: expected.crimes,
        rejected: 0,
      });
      const audit = await h.db
        .selectFrom('audit_log')
        .select(['detail', 'outcome'])
        .where('action', '=', 'import.police_uk')
        .where('entity_id', '=', runs[0]!.id)
        .executeTakeFirstOrThrow();
      expect(audit.outcome).toBe('success');
      expect(audit.detail).toMatchObject({ rowsRead: expected.rows, incidentsAdded: expected.incidents });
      expect(JSON.stringify(audit.detail)).not.toMatch(/On or near/);
    });
  });

  it('leaves nothing behind and says why when a file is truncated in the middle of a line', async () => {
    const bytes = fs.readFileSync(streetFile('2021-06'));
    const cut = bytes.indexOf(10, Math.floor(bytes.length / 2)) + 40;
    const file = path.join(tmp, '2021-06-leicestershire-street.csv');
    fs.writeFileSync(file, bytes.subarray(0, cut));
    const r = await importPoliceUkFile(h.db, file, { actor: null });
    expect(r).toMatchObject({ ok: false, fileName: '2021-06-leicestershire-street.csv' });
    expect(!r.ok && r.error).toMatch(/^Line \d+ has \d+ fields instead of 12\. The file may be truncated or damaged/);
    expect(await count('incidents', '2021-06')).toBe(0);
    expect(await count('police_crimes', '2021-06')).toBe(0);
    expect(await runsOf('2021-06-leicestershire-street.csv')).toHaveLength(0);
    const audit = await h.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'import.police_uk')
      .where('outcome', '=', 'failure')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('reports a file that is not valid CSV, or not a police.uk file, or cannot be read', async () => {
    const firstLines = fs.readFileSync(streetFile('2021-07'), 'utf8').split('\n').slice(0, 3).join('\n');
    const garbled = path.join(tmp, 'garbled.csv');
    fs.writeFileSync(garbled, `${firstLines}\n,2021-07,"Leicestershire Police,Leicestershire`);
    const unclosed = await importPoliceUkFile(h.db, garbled, { actor: null });
    expect(!unclosed.ok && unclosed.error).toMatch(/^The file could not be read as CSV: /);
    const binary = await importPoliceUkFile(
      h.db,
      { name: 'photo.csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2]) },
      { actor: null },
    );
    expect(!binary.ok && binary.error).toMatch(/^This is not a police.uk street-level CSV file\./);
    const missing = await importPoliceUkFile(h.db, path.join(tmp, 'nope.csv'), { actor: null });
    expect(!missing.ok && missing.error).toBe('The file could not be read: it does not exist');
    const empty = await importPoliceUkFile(h.db, { name: 'empty.csv', buffer: Buffer.alloc(0) }, { actor: null });
    expect(!empty.ok && empty.error).toBe('The file is empty');
    expect(await count('incidents', '2021-07')).toBe(0);
  });

  it('rejects a bad row with its line and reason, and imports the good rows', async () => {
    const header = fs.readFileSync(streetFile('2025-03'), 'utf8').split('\n')[0];
    const row = (month: string, lon: string, type = 'Anti-social behaviour', id = '') =>
      `${id},${month},Leicestershire Police,Leicestershire Police,${lon},52.621410,On or near Hobill Close,E01025631,Blaby 002A,${type},,`;
    const text = [
      header,
      row('2030-01', '-1.210015'),
      row('2030/01', '-1.210015'),
      row('2030-01', 'abc'),
      row('2030-01', '-1.210015'),
      row('2030-01', '-1.210015', 'Burglary'),
    ].join('\n');
    const s = summaryOf(await importPoliceUkFile(h.db, { name: 'test-street.csv', buffer: Buffer.from(`${text}\n`) }, { actor: null }));
    expect(s).toMatchObject({ rowsRead: 5, incidentsAdded: 2, rejected: 3 });
    expect(s.rejections).toEqual([
      { line: 3, reason: 'Month is not YYYY-MM' },
      { line: 4, reason: 'Longitude is not a number' },
      { line: 6, reason: 'Crime ID is empty (police.uk gives every crime one)' },
    ]);
    expect(s.rejectionReasons).toEqual({
      'Month is not YYYY-MM': 1,
      'Longitude is not a number': 1,
      'Crime ID is empty (police.uk gives every crime one)': 1,
    });
    const ids = await h.db
      .selectFrom('incidents')
      .select(['source_id', 'reference', 'district_code'])
      .where('month', '=', '2030-01-01')
      .orderBy('source_id')
      .execute();
    expect(ids.map((i) => i.source_id)).toEqual(['2030-01|-1.210015|52.62141|E01025631|1', '2030-01|-1.210015|52.62141|E01025631|2']);
    expect(ids.every((i) => i.district_code === 'E07000129')).toBe(true);
  });
});
