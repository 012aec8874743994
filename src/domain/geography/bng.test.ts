import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toBritishNationalGrid } from './bng.js';

const LSOA2011_DIR = fileURLToPath(new URL('../../../../shared/data/geography/lsoa2011', import.meta.url));
const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600;

describe('British National Grid conversion', () => {
  it('puts the OS worked example (Caister water tower) within 5 metres of its published grid reference', () => {
    // OS "A Guide to Coordinate Systems in Great Britain", Annexe C: ETRS89 52°39′28.8282″N 1°42′57.8663″E
    // is E 651409.903, N 313177.270 (OSTN15); the Helmert transform is good to a few metres.
    const g = toBritishNationalGrid(dms(52, 39, 28.8282), dms(1, 42, 57.8663));
    expect(Math.abs(g.easting - 651410)).toBeLessThanOrEqual(5);
    expect(Math.abs(g.northing - 313177)).toBeLessThanOrEqual(5);
  });

  it('matches the ONS centroid of Blaby 008A (LONG/LAT → BNG_E/BNG_N) within 3 metres', () => {
    // From geography/lsoa2011/E07000129_blaby.geojson: LONG -1.16684, LAT 52.57149, BNG_E 456563, BNG_N 297399.
    const g = toBritishNationalGrid(52.57149, -1.16684);
    expect(Math.hypot(g.easting - 456563, g.northing - 297399)).toBeLessThanOrEqual(3);
  });

  it('returns whole metres', () => {
    const g = toBritishNationalGrid(52.6369, -1.1398);
    expect(Number.isInteger(g.easting) && Number.isInteger(g.northing)).toBe(true);
  });

  it('refuses a coordinate that is not a finite number', () => {
    expect(() => toBritishNationalGrid(Number.NaN, -1.1)).toThrow(RangeError);
    expect(() => toBritishNationalGrid(52.6, Infinity)).toThrow(RangeError);
  });

  it.skipIf(!fs.existsSync(LSOA2011_DIR))('agrees with every LLR LSOA 2011 centroid in the ONS files within 3 metres', () => {
    let worst = 0;
    let n = 0;
    for (const file of fs.readdirSync(LSOA2011_DIR).filter((f) => f.endsWith('.geojson'))) {
      const fc = JSON.parse(fs.readFileSync(path.join(LSOA2011_DIR, file), 'utf8')) as {
        features: { properties: { LONG: number; LAT: number; BNG_E: number; BNG_N: number } }[];
      };
      for (const { properties: p } of fc.features) {
        const g = toBritishNationalGrid(p.LAT, p.LONG);
        worst = Math.max(worst, Math.hypot(g.easting - p.BNG_E, g.northing - p.BNG_N));
        n++;
      }
    }
    expect(n).toBeGreaterThan(600);
    expect(worst).toBeLessThanOrEqual(3);
  });
});
