import { describe, expect, it } from 'vitest';
import {
  MAX_MONTH_COLUMNS,
  UNKNOWN_DISTRICT,
  formatMonth,
  monthColumns,
  monthsBetween,
  pivotByDistrictAndMonth,
  toLineChart,
} from './month-table.js';
import { countClasses, lightenGeometry } from './lsoa-geojson.js';

const c = (districtCode: string | null, month: string, count: number) => ({
  districtCode,
  districtName: districtCode && `D ${districtCode}`,
  month,
  count,
});

describe('the district × month table', () => {
  it('lists every month between two months, across a year end', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsBetween('2024-02', '2024-01')).toEqual([]);
    expect(formatMonth('2024-03')).toBe('Mar 2024');
  });

  it('spans the filter range, or the months with data when a bound is missing or the range is very long', () => {
    const counts = [c('A', '2024-02', 1), c('A', '2024-04', 1)];
    expect(monthColumns(counts, {})).toEqual(['2024-02', '2024-03', '2024-04']);
    expect(monthColumns(counts, { from: '2024-01', to: '2024-05' })).toHaveLength(5);
    expect(monthColumns(counts, { from: '2000-01' })).toEqual(['2024-02', '2024-03', '2024-04']);
    expect(monthColumns([], { from: '2000-01', to: '2030-01' })).toHaveLength(MAX_MONTH_COLUMNS);
    expect(monthColumns([], {})).toEqual([]);
  });

  it('pivots counts into every district row with month and grand totals, unknown district last', () => {
    const table = pivotByDistrictAndMonth(
      [c('A', '2024-01', 2), c('A', '2024-02', 1), c(null, '2024-02', 4)],
      [
        { code: 'A', name: 'Alpha' },
        { code: 'B', name: 'Beta' },
      ],
      ['2024-01', '2024-02'],
    );
    expect(table.rows).toEqual([
      { code: 'A', name: 'Alpha', counts: [2, 1], total: 3 },
      { code: 'B', name: 'Beta', counts: [0, 0], total: 0 },
      { code: null, name: UNKNOWN_DISTRICT, counts: [0, 4], total: 4 },
    ]);
    expect(table.monthTotals).toEqual([2, 5]);
    expect(table.total).toBe(7);
    expect(toLineChart(table).datasets.map((d) => d.label)).toEqual(['Alpha', UNKNOWN_DISTRICT]);
  });
});

describe('the LSOA map data', () => {
  it('makes legend classes by quantile over the non-zero counts', () => {
    expect(countClasses([0, 0])).toEqual([]);
    expect(countClasses([1, 1, 1])).toEqual([{ min: 1, max: 1 }]);
    expect(countClasses([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100])).toEqual([
      { min: 1, max: 2 },
      { min: 3, max: 4 },
      { min: 5, max: 6 },
      { min: 7, max: 8 },
      { min: 9, max: 100 },
    ]);
  });

  it('rounds boundary coordinates and drops repeated points, keeping rings closed', () => {
    const ring = [
      [-1.123456, 52.1],
      [-1.12346, 52.1],
      [-1.1, 52.1],
      [-1.1, 52.2],
      [-1.123456, 52.1],
    ];
    expect(lightenGeometry(JSON.stringify({ type: 'Polygon', coordinates: [ring] }))).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [-1.1235, 52.1],
          [-1.1, 52.1],
          [-1.1, 52.2],
          [-1.1235, 52.1],
        ],
      ],
    });
    const multi = lightenGeometry(JSON.stringify({ type: 'MultiPolygon', coordinates: [[ring]] }));
    expect((multi.coordinates as number[][][][])[0]![0]).toHaveLength(4);
  });
});
