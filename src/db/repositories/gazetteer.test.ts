import crypto from 'node:crypto';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../client.js';
import { createTestDb } from '../../../test/db.js';
import { anLsoa, CHARNWOOD, LEICESTER } from '../../services/analysis/test-support.js';
import { boundariesLoaded, districtOutlines, labelPoint, searchGazetteer } from './gazetteer.js';

async function streetPoint(h: DbHandle, text: string, lat: number, lon: number, times = 1, source: 'police.uk' | 'staff' = 'police.uk') {
  const rows = Array.from({ length: times }, () => ({
    reference: `TEST-${crypto.randomBytes(6).toString('hex')}`,
    source,
    month: '2024-01-01',
    location_text: text,
    latitude: lat,
    longitude: lon,
    district_code: LEICESTER,
    synthetic: true,
  }));
  await h.db.insertInto('incidents').values(rows).execute();
}

describe('the report gazetteer', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb();
    await streetPoint(h, 'On or near Granby Street', 52.6331, -1.1308, 3);
    await streetPoint(h, 'On or near Granby Street', 52.6335, -1.1301);
    await streetPoint(h, 'On or near Upper Granby Road', 52.64, -1.12);
    await streetPoint(h, 'On or near 50%_Lane', 52.6, -1.1);
    await streetPoint(h, 'On or near Secret Staff Close', 52.61, -1.11, 1, 'staff');
    await anLsoa(h.db, { code: 'E01099001', vintage: 2021, name: 'Leicester 042A', lon: -1.14, lat: 52.63 });
    await anLsoa(h.db, { code: 'E01099002', vintage: 2011, name: 'Leicester 042B', lon: -1.14, lat: 52.63 });
    await h.db
      .insertInto('wards')
      .values({
        code: 'E05099001',
        name: 'Granby Park',
        district_code: CHARNWOOD,
        geometry: JSON.stringify({
          type: 'Polygon',
          coordinates: [
            [
              [-1.2, 52.7],
              [-1.18, 52.7],
              [-1.18, 52.72],
              [-1.2, 52.72],
              [-1.2, 52.7],
            ],
          ],
        }),
        min_lon: -1.2,
        min_lat: 52.7,
        max_lon: -1.18,
        max_lat: 52.72,
      })
      .execute();
  });
  afterAll(() => h.close());

  it('finds police.uk street points by part of the street name, prefix matches and busiest first', async () => {
    const places = await searchGazetteer(h.db, 'GRANBY');
    const streets = places.filter((p) => p.kind === 'street');
    expect(streets.map((s) => [s.label, s.lat, s.lon])).toEqual([
      ['On or near Granby Street', 52.6331, -1.1308],
      ['On or near Granby Street', 52.6335, -1.1301],
      ['On or near Upper Granby Road', 52.64, -1.12],
    ]);
    expect(streets[0]?.districtName).toBe('Leicester');
  });

  it('offers wards and 2021 LSOAs with a point inside them', async () => {
    const [ward] = (await searchGazetteer(h.db, 'granby park')).filter((p) => p.kind === 'ward');
    expect(ward).toMatchObject({ label: 'Granby Park ward', districtName: 'Charnwood' });
    expect(ward!.lat).toBeCloseTo(52.71, 5);
    expect(ward!.lon).toBeCloseTo(-1.19, 5);
    const lsoas = await searchGazetteer(h.db, 'leicester 042');
    expect(lsoas.map((p) => p.label)).toEqual(['Leicester 042A (LSOA E01099001)']);
  });

  it('never offers the location of an incident recorded by staff', async () => {
    expect(await searchGazetteer(h.db, 'secret staff')).toEqual([]);
  });

  it('treats % and _ in the query as ordinary characters, and ignores one-letter queries', async () => {
    expect((await searchGazetteer(h.db, '50%_')).map((p) => p.label)).toEqual(['On or near 50%_Lane']);
    expect(await searchGazetteer(h.db, '%')).toEqual([]);
    expect(await searchGazetteer(h.db, 'g')).toEqual([]);
  });

  it('says whether boundaries are loaded, and gives their outlines', async () => {
    expect(await boundariesLoaded(h.db)).toBe(false);
    expect((await districtOutlines(h.db)).features).toEqual([]);
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [-1.2, 52.6],
          [-1.1, 52.6],
          [-1.1, 52.7],
          [-1.2, 52.7],
          [-1.2, 52.6],
        ],
      ],
    };
    await h.db
      .updateTable('districts')
      .set({ geometry: JSON.stringify(square) })
      .where('code', '=', LEICESTER)
      .execute();
    expect(await boundariesLoaded(h.db)).toBe(true);
    expect((await districtOutlines(h.db)).features).toEqual([
      { type: 'Feature', properties: { code: LEICESTER, name: 'Leicester' }, geometry: square },
    ]);
  });

  it('puts a label point inside an L-shaped area whose centroid falls outside it', () => {
    const ring = [
      [0, 0],
      [10, 0],
      [10, 1],
      [1, 1],
      [1, 10],
      [0, 10],
      [0, 0],
    ];
    const shape = { type: 'Polygon' as const, coordinates: [ring] };
    const point = labelPoint(shape, { min_lon: 0, min_lat: 0, max_lon: 10, max_lat: 10 });
    expect(booleanPointInPolygon([point.lon, point.lat], shape)).toBe(true);
  });
});
