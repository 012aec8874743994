/**
 * Pure shaping of district × month counts into the page's table and chart: every month in the
 * range as a column (months without incidents count 0), every district as a row, with totals.
 */
import type { DistrictMonthCount } from '../../db/repositories/incident-stats.js';

export interface MonthColumn {
  /** YYYY-MM. */
  key: string;
  /** e.g. "Mar 2024". */
  label: string;
}

export interface DistrictRow {
  code: string | null;
  name: string;
  /** One count per month column, in column order. */
  counts: number[];
  total: number;
}

export interface DistrictMonthTable {
  months: MonthColumn[];
  rows: DistrictRow[];
  /** Per month column, all districts together. */
  monthTotals: number[];
  total: number;
}

/** Chart.js-ready series: one dataset per district that has any incidents. */
export interface LineChartData {
  labels: string[];
  datasets: { label: string; data: number[] }[];
}

/** The row label for incidents that could not be placed in a district. */
export const UNKNOWN_DISTRICT = 'District not known';

/** Longest explicit month range shown column by column; longer ranges show the months with data. */
export const MAX_MONTH_COLUMNS = 60;

const monthLabel = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Every month from `first` to `last` (YYYY-MM, inclusive); empty when `last` is before `first`. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last;) {
    months.push(key);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    key = `${y}-${String(m).padStart(2, '0')}`;
  }
  return months;
}

/** "YYYY-MM" → "Mar 2024". */
export function formatMonth(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return monthLabel.format(Date.UTC(y, m - 1, 1));
}

/**
 * The month columns for a result: from the filter's start (or the first month with incidents)
 * to its end (or the last month with incidents). An explicit range longer than
 * MAX_MONTH_COLUMNS narrows to the months that have incidents.
 */
export function monthColumns(counts: DistrictMonthCount[], range: { from?: string | undefined; to?: string | undefined }): string[] {
  const withData = counts.map((c) => c.month).sort();
  const firstData = withData[0];
  const lastData = withData[withData.length - 1];
  const first = range.from ?? firstData;
  const last = range.to ?? lastData;
  if (!first || !last) return [];
  const months = monthsBetween(first, last);
  if (months.length <= MAX_MONTH_COLUMNS || !firstData || !lastData) return months.slice(0, MAX_MONTH_COLUMNS);
  return monthsBetween(firstData, lastData);
}

/**
 * Pivots counts into a table. Rows: each of `districts` in the order given, then
 * UNKNOWN_DISTRICT when any incident has no district.
 */
export function pivotByDistrictAndMonth(
  counts: DistrictMonthCount[],
  districts: readonly { code: string; name: string }[],
  months: string[],
): DistrictMonthTable {
  const column = new Map(months.map((m, i) => [m, i]));
  const rowFor = new Map<string | null, DistrictRow>();
  for (const d of districts) rowFor.set(d.code, { code: d.code, name: d.name, counts: months.map(() => 0), total: 0 });
  for (const c of counts) {
    const i = column.get(c.month);
    if (i === undefined) continue;
    let row = rowFor.get(c.districtCode);
    if (!row) {
      row = { code: c.districtCode, name: c.districtName ?? UNKNOWN_DISTRICT, counts: months.map(() => 0), total: 0 };
      rowFor.set(c.districtCode, row);
    }
    row.counts[i] = (row.counts[i] ?? 0) + c.count;
    row.total += c.count;
  }
  const rows = [...rowFor.values()];
  const monthTotals = months.map((_, i) => rows.reduce((sum, r) => sum + (r.counts[i] ?? 0), 0));
  return {
    months: months.map((key) => ({ key, label: formatMonth(key) })),
    rows,
    monthTotals,
    total: monthTotals.reduce((a, b) => a + b, 0),
  };
}

/** The table as line-chart series, leaving out districts with no incidents. */
export function toLineChart(table: DistrictMonthTable): LineChartData {
  return {
    labels: table.months.map((m) => m.label),
    datasets: table.rows.filter((r) => r.total > 0).map((r) => ({ label: r.name, data: r.counts })),
  };
}
