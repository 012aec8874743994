import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { buildPlacer, type Boundaries } from './build-placer.js';
import { toBritishNationalGrid } from './bng.js';

/** An axis-aligned box in degrees: longitude west→east, latitude south→north. */
const box = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

const CITY = 'E06000016';
const BLABY = 'E07000129';
const boundaries: Boundaries = {
  districts: [
    { code: CITY, cspCode: 'leicester', geometry: box(-1.3, 52.5, -1.0, 52.8) },
    { code: BLABY, cspCode: 'hinckley-blaby', geometry: box(-1.6, 52.5, -1.3, 52.8) },
    { code: 'E06000017', cspCode: 'rutland', geometry: null },
  ],
  wards: [
    { code: 'W-WEST', districtCode: CITY, geometry: box(-1.2, 52.6, -1.1, 52.7) },
    { code: 'W-EAST', districtCode: CITY, geometry: box(-1.1, 52.6, -1.0, 52.7) },
  ],
  lsoa21: [
    { code: 'L21', districtCode: CITY, geometry: box(-1.2, 52.6, -1.15, 52.65) },
    // Deliberately labelled with another district, to show the LSOA's district wins.
    { code: 'L21-ODD', districtCode: BLABY, geometry: box(-1.05, 52.6, -1.0, 52.65) },
  ],
  lsoa11: [{ code: 'L11', districtCode: CITY, geometry: box(-1.2, 52.6, -1.15, 52.65) }],
  npaMappings: [
    { areaType: 'district', areaCode: CITY, npaCode: 'leicester-central' },
    { areaType: 'district', areaCode: BLABY, npaCode: 'hinckley-blaby' },
    { areaType: 'ward', areaCode: 'W-WEST', npaCode: 'leicester-west' },
  ],
};
const place = buildPlacer(boundaries);

describe('placing a point', () => {
  it('gives the containing LSOAs, ward, district, CSP and the ward NPA, which wins over the district NPA', () => {
    expect(place(52.62, -1.17)).toEqual({
      ...toBritishNationalGrid(52.62, -1.17),
      lsoa11Code: 'L11',
      lsoa21Code: 'L21',
      wardCode: 'W-WEST',
      districtCode: CITY,
      cspCode: 'leicester',
      npaCode: 'leicester-west',
    });
  });

  it('takes the district from the ward when no LSOA contains the point, and the district NPA when the ward has none', () => {
    const p = place(52.68, -1.05);
    expect(p).toMatchObject({ lsoa21Code: null, wardCode: 'W-EAST', districtCode: CITY, npaCode: 'leicester-central' });
  });

  it("prefers the LSOA's district to the ward's and to the district polygon", () => {
    expect(place(52.62, -1.02)).toMatchObject({
      lsoa21Code: 'L21-ODD',
      wardCode: 'W-EAST',
      districtCode: BLABY,
      cspCode: 'hinckley-blaby',
    });
  });

  it('falls back to the district polygon when no small area contains the point', () => {
    expect(place(52.55, -1.45)).toMatchObject({
      lsoa11Code: null,
      lsoa21Code: null,
      wardCode: null,
      districtCode: BLABY,
      cspCode: 'hinckley-blaby',
      npaCode: 'hinckley-blaby',
    });
  });

  it('gives a grid reference and no areas for a point outside every boundary', () => {
    const p = place(53.5, -2.5);
    expect(p).toEqual({
      ...toBritishNationalGrid(53.5, -2.5),
      lsoa11Code: null,
      lsoa21Code: null,
      wardCode: null,
      districtCode: null,
      cspCode: null,
      npaCode: null,
    });
  });

  it('works with no boundaries loaded, giving the grid reference only', () => {
    const bare = buildPlacer({ districts: [], wards: [], lsoa11: [], lsoa21: [], npaMappings: [] });
    const p = bare(52.6369, -1.1398);
    expect(p.easting).toBeGreaterThan(450000);
    expect(p.northing).toBeGreaterThan(300000);
    expect([p.lsoa11Code, p.lsoa21Code, p.wardCode, p.districtCode, p.cspCode, p.npaCode]).toEqual([null, null, null, null, null, null]);
  });

  it('refuses a latitude or longitude that is not a number', () => {
    expect(() => place(Number.NaN, -1.1)).toThrow(RangeError);
  });
});
