import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { belowThreshold, suppressList, suppressTable, type Published, type PublishedTable } from './small-counts.js';

const c = null;

describe('primary suppression', () => {
  it('withholds counts from 1 to one below the threshold, never zeros', () => {
    expect([0, 1, 4, 5, 6].map((n) => belowThreshold(n, 5))).toEqual([false, true, true, false, false]);
    expect(belowThreshold(1, 1)).toBe(false);
  });
});

describe('suppressing a list of counts and its total', () => {
  it('also withholds the smallest other count when only one is withheld', () => {
    expect(suppressList([3, 8, 6, 0], 5)).toEqual({ values: [c, 8, c, 0], total: 17 });
  });

  it('leaves a list alone when two or more are already withheld or none is', () => {
    expect(suppressList([3, 2, 9], 5)).toEqual({ values: [c, c, 9], total: 14 });
    expect(suppressList([5, 9, 0], 5)).toEqual({ values: [5, 9, 0], total: 14 });
  });

  it('withholds a total below the threshold', () => {
    expect(suppressList([3, 0], 5)).toEqual({ values: [c, 0], total: c });
  });

  it('shows everything with a threshold of 1', () => {
    expect(suppressList([1, 2, 0], 1)).toEqual({ values: [1, 2, 0], total: 3 });
  });

  it('protects a count withheld on purpose, even a zero, like any other', () => {
    expect(suppressList([0, 7, 9], 5, [true, false, false])).toEqual({ values: [c, c, 9], total: 16 });
    expect(suppressList([0, 0], 5, [true, false])).toEqual({ values: [c, 0], total: 0 });
  });
});

describe('suppressing a table with row and column totals', () => {
  it('withholds small cells and enough others that none can be worked out from a total', () => {
    // Districts × age bands: the totals column ends up with one withheld total, so the smallest other goes too.
    const cells = [
      [2, 3, 1, 2],
      [1, 1, 0, 0],
      [3, 6, 1, 0],
    ];
    expect(suppressTable(cells, 4, 5)).toEqual({
      cells: [
        [c, c, c, c],
        [c, c, 0, 0],
        [c, 6, c, 0],
      ],
      rowTotals: [c, c, 10],
      columnTotals: [6, 10, c, c],
      total: 20,
    });
  });

  it('repeats until stable: a secondary suppression can call for another', () => {
    const cells = [
      [2, 9, 7],
      [8, 6, 9],
      [9, 9, 8],
    ];
    expect(suppressTable(cells, 3, 5)).toEqual({
      cells: [
        [c, c, c],
        [c, c, 9],
        [c, 9, c],
      ],
      rowTotals: [18, 23, 26],
      columnTotals: [19, 24, 24],
      total: 67,
    });
  });

  it('gives a table without rows its zero column totals', () => {
    expect(suppressTable([], 2, 5)).toEqual({ cells: [], rowTotals: [], columnTotals: [0, 0], total: 0 });
  });

  it('refuses a ragged table', () => {
    expect(() => suppressTable([[1, 2], [3]], 2, 5)).toThrow(RangeError);
  });
});

/** The table's lines: each row and column with its total, and the totals row and column with the grand total. */
function lines(t: PublishedTable, cells: number[][], columns: number): [Published, number][][] {
  const rowTotals = cells.map((row) => row.reduce((s, n) => s + n, 0));
  const columnTotals = Array.from({ length: columns }, (_, j) => cells.reduce((s, row) => s + row[j]!, 0));
  const grand = rowTotals.reduce((s, n) => s + n, 0);
  const pair = (shown: Published, value: number): [Published, number] => [shown, value];
  return [
    ...cells.map((row, i) => [...row.map((v, j) => pair(t.cells[i]![j]!, v)), pair(t.rowTotals[i]!, rowTotals[i]!)]),
    ...columnTotals.map((total, j) => [...cells.map((row, i) => pair(t.cells[i]![j]!, row[j]!)), pair(t.columnTotals[j]!, total)]),
    [...columnTotals.map((v, j) => pair(t.columnTotals[j]!, v)), pair(t.total, grand)],
    [...rowTotals.map((v, i) => pair(t.rowTotals[i]!, v)), pair(t.total, grand)],
  ];
}

describe('properties of table suppression', () => {
  const table = fc.integer({ min: 1, max: 5 }).chain((columns) =>
    fc.record({
      columns: fc.constant(columns),
      cells: fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 })), { minLength: columns, maxLength: columns }), {
        maxLength: 6,
      }),
      threshold: fc.integer({ min: 1, max: 20 }),
    }),
  );

  it('shows every count it does not withhold as it is, withholds every small one, and never a zero', () => {
    fc.assert(
      fc.property(table, ({ columns, cells, threshold }) => {
        for (const line of lines(suppressTable(cells, columns, threshold), cells, columns))
          for (const [shown, value] of line) {
            if (shown !== null) expect(shown).toBe(value);
            if (belowThreshold(value, threshold)) expect(shown).toBeNull();
            if (value === 0) expect(shown).toBe(0);
          }
      }),
    );
  });

  it('never leaves exactly one withheld value in a row, column or totals line, so none can be worked out by subtraction', () => {
    fc.assert(
      fc.property(table, ({ columns, cells, threshold }) => {
        for (const line of lines(suppressTable(cells, columns, threshold), cells, columns))
          expect(line.filter(([shown]) => shown === null).length).not.toBe(1);
      }),
    );
  });

  it('withholds nothing with a threshold of 1', () => {
    fc.assert(
      fc.property(table, ({ columns, cells }) => {
        const t = suppressTable(cells, columns, 1);
        expect([...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total]).not.toContain(null);
      }),
    );
  });

  it('withholds a list total only when it is below the threshold', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(12)), fc.integer({ min: 1, max: 20 }), (counts, threshold) => {
        const total = counts.reduce((s, n) => s + n, 0);
        expect(suppressList(counts, threshold).total).toBe(belowThreshold(total, threshold) ? null : total);
      }),
    );
  });
});
