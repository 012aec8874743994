/**
 * Statistical disclosure control for published counts: cell suppression, so that an aggregate
 * table that leaves the partnership cannot single out a person ("one Criminal Behaviour Order on
 * an under-18 in Rutland in March").
 *
 * Method (GSS/ONS practice for tables from administrative data: Government Statistical Service,
 * "Disclosure control guidance for tables produced from administrative data sources"; the symbol
 * from the Analysis Function guidance "Symbols in tables", where "[c]" marks a confidential value;
 * not one of DOMAIN.md's [Sn] sources):
 * - Primary suppression: a count from 1 to threshold − 1 is withheld. Zeros are shown: they
 *   identify no one. The threshold is LOCAL (each report keeps it in rule_settings; a threshold of
 *   1 withholds nothing).
 * - Secondary (complementary) suppression: a table is a set of lines, each a list of cells and the
 *   total they add up to (rows and columns with their totals, the totals row and column with the
 *   grand total). In any line where exactly one entry is withheld, it could be worked out by
 *   subtraction, so the smallest other non-zero entry of that line is withheld too (a cell before
 *   the total when they are equal), repeated over all lines until nothing changes. A total below
 *   the threshold is withheld like any other count.
 *
 * Limits: this stops a withheld value being worked out from one total. It is not a full
 * linear-programming audit of the whole table, and it cannot see other outputs (the same counts
 * under other filters, or a finer table published beside this one).
 */

/** What a withheld value is shown as, on the page and in CSV files. */
export const CONFIDENTIAL = '[c]';

/** A count as published: the count, or null where it is withheld. */
export type Published = number | null;

/** Whether `count` needs primary suppression: 1 ≤ count < threshold. */
export function belowThreshold(count: number, threshold: number): boolean {
  return count > 0 && count < threshold;
}

/**
 * Which entries of `values` to withhold.
 * @param lines lists of indexes into `values`, each ending with the index of their total.
 * @param forced entries withheld whatever their value (for example a breach count whose
 *   intervention count is withheld).
 */
function withheld(values: readonly number[], lines: readonly (readonly number[])[], threshold: number, forced: readonly boolean[]) {
  const hidden = values.map((v, i) => forced[i] === true || belowThreshold(v, threshold));
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.filter((i) => hidden[i]).length !== 1) continue;
      const next = line.filter((i) => !hidden[i] && values[i]! > 0).sort((a, b) => values[a]! - values[b]!)[0];
      if (next === undefined) continue;
      hidden[next] = true;
      changed = true;
    }
  }
  return hidden;
}

const publish = (values: readonly number[], hidden: readonly boolean[]): Published[] => values.map((v, i) => (hidden[i] ? null : v));

/** A list of counts and their total, as published. */
export interface PublishedList {
  values: Published[];
  total: Published;
}

/**
 * A one-way table (a list of counts and their total) with small counts withheld.
 * @param counts non-negative whole numbers.
 * @param threshold the smallest count shown (1 shows everything).
 * @param forced per count, true to withhold it whatever its value; one more entry (index
 *   `counts.length`) forces the total. Secondary suppression then protects them like any other
 *   withheld count.
 */
export function suppressList(counts: readonly number[], threshold: number, forced: readonly boolean[] = []): PublishedList {
  const values = [...counts, counts.reduce((s, n) => s + n, 0)];
  const line = values.map((_, i) => i);
  const shown = publish(values, withheld(values, [line], threshold, forced));
  return { values: shown.slice(0, -1), total: shown[counts.length] as Published };
}

/** A two-way table with row totals, column totals and a grand total, as published. */
export interface PublishedTable {
  cells: Published[][];
  rowTotals: Published[];
  columnTotals: Published[];
  total: Published;
}

/**
 * A two-way table with its totals, small counts withheld.
 * @param cells rows of non-negative whole numbers, each `columns` long.
 * @param columns the number of columns (so that a table without rows still has its column totals).
 * @param threshold the smallest count shown (1 shows everything).
 * @throws RangeError when a row is not `columns` long.
 */
export function suppressTable(cells: readonly (readonly number[])[], columns: number, threshold: number): PublishedTable {
  if (cells.some((row) => row.length !== columns)) throw new RangeError(`Every row must have ${columns} cells`);
  const rows = cells.length;
  const rowTotals = cells.map((row) => row.reduce((s, n) => s + n, 0));
  const columnTotals = Array.from({ length: columns }, (_, c) => cells.reduce((s, row) => s + row[c]!, 0));
  const values = [...cells.flat(), ...rowTotals, ...columnTotals, rowTotals.reduce((s, n) => s + n, 0)];
  const cell = (r: number, c: number) => r * columns + c;
  const rowTotal = (r: number) => rows * columns + r;
  const columnTotal = (c: number) => rows * columns + rows + c;
  const grand = values.length - 1;
  const rowIndexes = [...Array(rows).keys()];
  const columnIndexes = [...Array(columns).keys()];
  const lines = [
    ...rowIndexes.map((r) => [...columnIndexes.map((c) => cell(r, c)), rowTotal(r)]),
    ...columnIndexes.map((c) => [...rowIndexes.map((r) => cell(r, c)), columnTotal(c)]),
    [...columnIndexes.map(columnTotal), grand],
    [...rowIndexes.map(rowTotal), grand],
  ];
  const shown = publish(values, withheld(values, lines, threshold, []));
  return {
    cells: rowIndexes.map((r) => shown.slice(cell(r, 0), cell(r, 0) + columns)),
    rowTotals: rowIndexes.map((r) => shown[rowTotal(r)] as Published),
    columnTotals: columnIndexes.map((c) => shown[columnTotal(c)] as Published),
    total: shown[grand] as Published,
  };
}
