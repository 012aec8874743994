import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { buildPolygonIndex, geometryBbox, isAreaGeometry } from './polygon-index.js';

const square = (x0: number, y0: number, x1: number, y1: number): number[][] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const withHole: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] };
const twoIslands: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(20, 0, 22, 2)], [square(30, 0, 32, 2)]] };

describe('polygon index', () => {
  const index = buildPolygonIndex([
    { geometry: withHole, value: 'doughnut' },
    { geometry: twoIslands, value: 'islands' },
    { geometry: { type: 'Polygon', coordinates: [square(8, 8, 12, 12)] }, value: 'overlap' },
  ]);

  it('finds the polygon that contains a point', () => {
    expect(index.find(1, 1)).toBe('doughnut');
  });

  it('does not find a point inside a hole', () => {
    expect(index.find(5, 5)).toBeNull();
  });

  it('finds either part of a multipolygon, but not the gap between them', () => {
    expect(index.find(21, 1)).toBe('islands');
    expect(index.find(31, 1)).toBe('islands');
    expect(index.find(26, 1)).toBeNull();
  });

  it('returns every containing area in input order, and the first one from find', () => {
    expect(index.findAll(9, 9)).toEqual(['doughnut', 'overlap']);
    expect(index.find(9, 9)).toBe('doughnut');
  });

  it('finds nothing outside every bounding box, or for a non-finite point', () => {
    expect(index.find(-50, -50)).toBeNull();
    expect(index.findAll(Number.NaN, 1)).toEqual([]);
  });

  it('works with no areas at all', () => {
    const empty = buildPolygonIndex<string>([]);
    expect(empty.size).toBe(0);
    expect(empty.find(0, 0)).toBeNull();
  });

  it('computes a bounding box from the outer rings', () => {
    expect(geometryBbox(twoIslands)).toEqual([20, 0, 32, 2]);
  });

  it('recognises polygon geometries and rejects anything else', () => {
    expect(isAreaGeometry(withHole)).toBe(true);
    expect(isAreaGeometry(twoIslands)).toBe(true);
    expect(isAreaGeometry({ type: 'Point', coordinates: [0, 0] })).toBe(false);
    expect(
      isAreaGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
        ],
      }),
    ).toBe(false);
    expect(isAreaGeometry(null)).toBe(false);
  });
});
