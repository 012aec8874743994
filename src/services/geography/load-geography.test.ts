import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createTestDb } from '../../../test/db.js';
import type { DbHandle } from '../../db/client.js';
import type { Database } from '../../db/schema.js';
import { loadGeography, isGeographyLoaded, type GeographyLoadCounts } from './load-geography.js';
import { getPlacer } from './placer.js';
import { GEOGRAPHY_DIR, sharedDataMissing } from './test-support.js';

const count = async (db: Kysely<Database>, table: 'districts' | 'wards' | 'police_neighbourhoods', where?: [string, unknown]) => {
  let q = db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
  if (where) q = q.where(where[0] as never, '=', where[1] as never);
  return Number((await q.executeTakeFirstOrThrow()).n);
};
const lsoaCount = async (db: Kysely<Database>, vintage: 2011 | 2021) =>
  Number(
    (
      await db
        .selectFrom('lsoas')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('vintage', '=', vintage)
        .executeTakeFirstOrThrow()
    ).n,
  );
const wardCode = async (db: Kysely<Database>, name: string) =>
  (await db.selectFrom('wards').select('code').where('name', '=', name).where('district_code', '=', 'E06000016').executeTakeFirstOrThrow())
    .code;

describe.skipIf(sharedDataMissing() !== null)('loading the LLR geography', () => {
  let h: DbHandle;
  let first: GeographyLoadCounts;
  let placerBefore: Awaited<ReturnType<typeof getPlacer>>;
  let tmp: string;
  const progress: string[] = [];

  beforeAll(async () => {
    h = await createTestDb();
    placerBefore = await getPlacer(h.db);
    const started = Date.now();
    first = await loadGeography(h.db, GEOGRAPHY_DIR, (m) => progress.push(m));
    process.stdout.write(`geography load took ${Date.now() - started} ms on ${h.engine}\n`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-geo-'));
  });
  afterAll(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    await h?.close();
  });

  it('loads 9 districts, 176 wards, 611 LSOA 2011, 634 LSOA 2021 and 66 police neighbourhoods', async () => {
    expect(first).toMatchObject({ districts: 9, wards: 176, lsoa11: 611, lsoa21: 634, neighbourhoods: 66, missing: [] });
    expect(await count(h.db, 'wards')).toBe(176);
    expect(await lsoaCount(h.db, 2011)).toBe(611);
    expect(await lsoaCount(h.db, 2021)).toBe(634);
    expect(await count(h.db, 'police_neighbourhoods')).toBe(66);
    expect(await isGeographyLoaded(h.db)).toBe(true);
    expect(progress.some((m) => m.startsWith('LSOA 2021: 634'))).toBe(true);
  });

  it('stores each district outline as GeoJSON with its bounding box', async () => {
    const rows = await h.db.selectFrom('districts').selectAll().execute();
    expect(rows).toHaveLength(9);
    for (const d of rows) {
      expect(['Polygon', 'MultiPolygon']).toContain((JSON.parse(d.geometry!) as { type: string }).type);
      expect(d.min_lon! < d.max_lon! && d.min_lat! < d.max_lat!).toBe(true);
      expect(d.min_lon!).toBeGreaterThan(-2);
      expect(d.max_lat!).toBeLessThan(53.1);
    }
  });

  it('gives each police neighbourhood its NPA from the id prefix, and NC04 its published boundary', async () => {
    const nc04 = await h.db.selectFrom('police_neighbourhoods').selectAll().where('code', '=', 'NC04').executeTakeFirstOrThrow();
    expect(nc04).toMatchObject({ name: 'City Centre', npa_code: 'leicester-central' });
    expect(JSON.parse(nc04.geometry!)).toMatchObject({ type: 'Polygon' });
    expect(await count(h.db, 'police_neighbourhoods', ['npa_code', 'melton-rutland'])).toBe(9);
  });

  it('maps Leicester wards named like a neighbourhood to that NPA, and leaves the others to the district mapping', async () => {
    expect(first.wardNpaMappings).toBe(17);
    const npaOf = async (ward: string) =>
      (
        await h.db
          .selectFrom('npa_mappings')
          .select('npa_code')
          .where('area_type', '=', 'ward')
          .where('area_code', '=', await wardCode(h.db, ward))
          .executeTakeFirst()
      )?.npa_code;
    expect(await npaOf('Western')).toBe('leicester-west');
    expect(await npaOf('Humberstone & Hamilton')).toBe('leicester-east');
    expect(await npaOf('Eyres Monsell')).toBe('leicester-south');
    expect(await npaOf('Castle')).toBeUndefined();
  });

  it('drops the cached placer, so places are found once boundaries are loaded', async () => {
    // The Clock Tower, Leicester city centre.
    expect(placerBefore(52.6365, -1.1329).districtCode).toBeNull();
    const after = (await getPlacer(h.db))(52.6365, -1.1329);
    expect(after).toMatchObject({ districtCode: 'E06000016', cspCode: 'leicester' });
    expect(after.lsoa21Code).toMatch(/^E01/);
    expect(after.wardCode).toMatch(/^E05/);
  });

  it('replaces boundaries on a second load without duplicating, and keeps an edited ward mapping', async () => {
    const castle = await wardCode(h.db, 'Castle');
    const western = await wardCode(h.db, 'Western');
    await h.db.updateTable('wards').set({ name: 'Renamed' }).where('code', '=', castle).execute();
    await h.db
      .insertInto('wards')
      .values({
        code: 'E05999999',
        name: 'Abolished',
        district_code: 'E06000016',
        geometry: '{}',
        min_lon: 0,
        min_lat: 0,
        max_lon: 0,
        max_lat: 0,
      })
      .execute();
    await h.db
      .updateTable('npa_mappings')
      .set({ npa_code: 'leicester-central' })
      .where('area_type', '=', 'ward')
      .where('area_code', '=', western)
      .execute();

    const second = await loadGeography(h.db, GEOGRAPHY_DIR);
    expect(second).toEqual(first);
    expect(await count(h.db, 'wards')).toBe(176);
    expect(await count(h.db, 'districts')).toBe(9);
    expect(await lsoaCount(h.db, 2011)).toBe(611);
    expect(await lsoaCount(h.db, 2021)).toBe(634);
    expect(await count(h.db, 'police_neighbourhoods')).toBe(66);
    expect(await count(h.db, 'wards', ['name', 'Castle'])).toBe(1);
    expect(await count(h.db, 'wards', ['code', 'E05999999'])).toBe(0);
    const mapping = await h.db.selectFrom('npa_mappings').select('npa_code').where('area_code', '=', western).executeTakeFirstOrThrow();
    expect(mapping.npa_code).toBe('leicester-central');
  });

  it('reports absent folders instead of failing', async () => {
    const dir = path.join(tmp, 'empty');
    fs.mkdirSync(path.join(dir, 'lad'), { recursive: true });
    const counts = await loadGeography(h.db, dir, undefined, { neighbourhoodsDir: path.join(tmp, 'nowhere') });
    expect(counts).toMatchObject({ districts: 0, wards: 0, lsoa11: 0, lsoa21: 0, neighbourhoods: 0 });
    expect(counts.missing).toHaveLength(4);
    expect(counts.missing.join('\n')).toContain('LSOA 2011');
    expect(await lsoaCount(h.db, 2021)).toBe(634);
  });

  it('refuses a malformed file with an error naming it, and writes nothing', async () => {
    const dir = path.join(tmp, 'bad');
    fs.mkdirSync(path.join(dir, 'lsoa2021'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'wards2025'), { recursive: true });
    const badJson = path.join(dir, 'lsoa2021', 'E06000016_leicester.geojson');
    fs.writeFileSync(badJson, '{"type": "FeatureCollection", "features": [');
    await expect(loadGeography(h.db, dir)).rejects.toThrow(badJson);

    fs.writeFileSync(
      badJson,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { LSOA21CD: 'E01000001' }, geometry: { type: 'Point', coordinates: [0, 0] } }],
      }),
    );
    await expect(loadGeography(h.db, dir)).rejects.toThrow(`${badJson}: feature 0 has no Polygon or MultiPolygon geometry`);
    expect(await lsoaCount(h.db, 2021)).toBe(634);
  });

  it('says so when the folder does not exist', async () => {
    await expect(loadGeography(h.db, path.join(tmp, 'missing'))).rejects.toThrow('Geography folder not found');
  });
});
