/**
 * Small counts withheld from the use-of-powers report before it is shown (issue 5): the report is
 * an aggregate for partnership boards and may leave the partnership, so a count of 1 ("one
 * Criminal Behaviour Order on an under-18 in Rutland in March") could identify a child. The
 * method, its source and its limits are in domain/analysis/small-counts.ts; the threshold is the
 * LOCAL setting in use-of-powers-settings.ts.
 *
 * How the report's tables are protected:
 * - District × age band is a two-way table with its totals (suppressTable). Its row totals are the
 *   district counts and its column totals the age-band counts, so the by-district and by-age-band
 *   roll-ups take their counts from it: the same value is never withheld in one place and shown in
 *   another.
 * - Every other roll-up's counts are a list with its total (suppressList).
 * - Breaches are a second list per roll-up: a row whose count is withheld has its breaches
 *   withheld too (a breach count for a group of one person is about that person), and so does the
 *   total's, so the breach total is the same in every roll-up (one with a single row would
 *   otherwise give it away); then small breach counts and secondary suppression as for any list.
 */
import { suppressList, suppressTable, type Published, type PublishedList } from '../analysis/small-counts.js';
import { AGE_BANDS, type PowersReport, type RollUp } from './use-of-powers.js';

function publishRollUp(
  r: RollUp,
  threshold: number,
  counts: PublishedList = suppressList(
    r.rows.map((row) => row.count),
    threshold,
  ),
) {
  // A row's breaches go with its count; so do the total's, so every roll-up withholds the same total.
  const breaches = suppressList(
    r.rows.map((row) => row.breaches),
    threshold,
    [...counts.values.map((v) => v === null), counts.total === null],
  );
  return {
    rows: r.rows.map((row, i) => ({ ...row, count: counts.values[i] as Published, breaches: breaches.values[i] as Published })),
    total: { count: counts.total, breaches: breaches.total },
  };
}

/**
 * `report` as it may be shown: every count and breach count from 1 to threshold − 1 withheld
 * (null), with the secondary suppression that stops a withheld value being worked out from a
 * total. The totals of every roll-up agree with `total`.
 * @param threshold the smallest count shown, 1–20 (1 withholds nothing).
 */
export function publishPowersReport(report: PowersReport, threshold: number): PowersReport<Published> {
  const dba = report.districtByAge;
  const table = suppressTable(
    dba.districts.map((d) => d.counts),
    AGE_BANDS.length,
    threshold,
  );
  const byDistrict = publishRollUp(report.byDistrict, threshold, { values: table.rowTotals, total: table.total });
  const bandIndex = (key: string) => AGE_BANDS.findIndex((b) => b.code === key);
  const byAgeBand = publishRollUp(report.byAgeBand, threshold, {
    values: report.byAgeBand.rows.map((row) => table.columnTotals[bandIndex(row.key)] as Published),
    total: table.total,
  });
  return {
    total: byDistrict.total,
    byOrganisation: publishRollUp(report.byOrganisation, threshold),
    byDistrict,
    byMonth: publishRollUp(report.byMonth, threshold),
    byAgeBand,
    byType: publishRollUp(report.byType, threshold),
    byOutcome: publishRollUp(report.byOutcome, threshold),
    districtByAge: {
      districts: dba.districts.map((d, i) => ({
        key: d.key,
        name: d.name,
        counts: table.cells[i]!,
        total: table.rowTotals[i] as Published,
      })),
      bandTotals: table.columnTotals,
      total: table.total,
    },
  };
}
