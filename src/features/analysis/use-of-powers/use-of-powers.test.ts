import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../test/app.js';
import { aUser } from '../../../../test/builders.js';
import { anActor, CITY, POLICE } from '../../../services/report/test-support.js';
import { useOfPowers } from '../../../services/powers/use-of-powers.js';
import { BAND, by, CHARNWOOD, LEICESTER, seedSpec, smallestCountShown, SPEC, sum } from './test-support.js';

describe('the use-of-powers report', () => {
  let t: TestApp;
  let analyst: Browser;

  beforeAll(async () => {
    t = await createTestApp();
    analyst = await signedIn(t.app, await aUser(t.db, { org: POLICE, roles: ['analyst'] }));
    await seedSpec(t.db);
  });
  afterAll(() => t.close());

  it('totals every intervention recorded, across organisations the analyst cannot see cases of', async () => {
    await smallestCountShown(t.db, 1);
    const { actor } = await anActor(t.db, POLICE, ['analyst']);
    const r = (await useOfPowers(t.db, actor, {})).report!;
    expect(r.total).toEqual(sum(SPEC));
    expect(r.total).toEqual({ count: 20, breaches: 9 });
    expect(by(r.byOrganisation.rows)).toEqual({ [POLICE]: [10, 6], [CITY]: [10, 3] });
    expect(by(r.byDistrict.rows)).toEqual({ Leicester: [10, 4], Charnwood: [8, 4], 'District not recorded': [2, 1] });
    expect(by(r.byMonth.rows)).toEqual({ '2026-01': [4, 2], '2026-02': [5, 2], '2026-03': [7, 4], '2026-04': [4, 1] });
    const bands: Record<string, number[]> = {};
    for (const row of SPEC) {
      const b = (bands[BAND[row[4]]] ??= [0, 0]);
      b[0]! += 1;
      b[1]! += row[6];
    }
    expect(by(r.byAgeBand.rows)).toEqual(bands);
    expect(by(r.byAgeBand.rows)).toEqual({ 'Under 18': [6, 6], Adult: [10, 3], 'Age not known': [2, 0], 'Not a person': [2, 0] });
    expect(r.byType.total).toEqual(sum(SPEC));
    expect(by(r.byOutcome.rows)).toMatchObject({ Breached: [5, 8], Complied: [6, 0], 'No outcome yet': [4, 0] });
    expect(r.districtByAge.bandTotals).toEqual([6, 10, 2, 2]);
    expect(r.districtByAge.total).toBe(20);
  });

  it('filters by month range, organisation, district and type', async () => {
    await smallestCountShown(t.db, 1);
    const { actor } = await anActor(t.db, POLICE, ['analyst']);
    const cityId = (await t.db.selectFrom('organisations').select('id').where('name', '=', CITY).executeTakeFirstOrThrow()).id;
    const total = async (f: object) => (await useOfPowers(t.db, actor, f)).report!.total;
    expect(await total({ from: '2026-02', to: '2026-03' })).toEqual(sum(SPEC.filter((s) => s[2] >= '2026-02' && s[2] < '2026-04')));
    expect(await total({ organisationId: cityId })).toEqual(sum(SPEC.filter((s) => s[0] === CITY)));
    expect(await total({ districtCode: CHARNWOOD, typeCode: 'cpw' })).toEqual(
      sum(SPEC.filter((s) => s[1] === CHARNWOOD && s[3] === 'cpw')),
    );
  });

  it('shows the chart, its table with totals and the roll-ups', async () => {
    await smallestCountShown(t.db, null);
    const res = await analyst.get('/analysis/use-of-powers');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('20 interventions, 9 breaches');
    expect(res.body).toContain('id="use-of-powers-chart"');
    expect(res.body).toContain('<script type="module" src="/public/use-of-powers.js"></script>');
    expect(res.body).toContain('Interventions by district and age band of the subject');
    expect(res.body).not.toContain('Adult, A');
    const bad = await analyst.get('/analysis/use-of-powers?from=2026-13&type=DROP');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<title>Error: Use of powers');
    expect(bad.body).toContain('Start month must be a real month');
    expect(bad.body).toContain('value="2026-13"');
    const officer = await signedIn(t.app, await aUser(t.db, { org: POLICE, roles: ['officer'] }));
    expect((await officer.get('/analysis/use-of-powers')).statusCode).toBe(403);
  });

  it('exports one CSV row per organisation, district, month, type, age band and outcome, audited', async () => {
    await smallestCountShown(t.db, 1);
    const res = await analyst.get('/analysis/use-of-powers.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const rows = parse(res.body, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([
      'Organisation',
      'District code',
      'District',
      'Month',
      'Intervention type code',
      'Intervention type',
      'Age band',
      'Outcome',
      'Count',
      'Breaches',
    ]);
    expect(rows.reduce((s, r) => s + Number(r.Count), 0)).toBe(20);
    expect(rows.reduce((s, r) => s + Number(r.Breaches), 0)).toBe(9);
    // The two City Council CPWs to the same adult in Leicester in January with the same outcome are one row.
    expect(rows.filter((r) => r.Organisation === CITY && r.Month === '2026-01')).toEqual([
      {
        Organisation: CITY,
        'District code': LEICESTER,
        District: 'Leicester',
        Month: '2026-01',
        'Intervention type code': 'cpw',
        'Intervention type': expect.any(String),
        'Age band': 'Adult',
        Outcome: 'Complied',
        Count: '2',
        Breaches: '0',
      },
    ]);
    expect(rows.length).toBe(19);
    expect(res.body).not.toMatch(/Adult,\s*Child|Leapling|TC-/);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'powers.export').execute();
    expect(audit).toHaveLength(1);
    expect((await analyst.get('/analysis/use-of-powers.csv?to=nope')).statusCode).toBe(400);
  });
});
