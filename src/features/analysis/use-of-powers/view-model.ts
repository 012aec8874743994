/**
 * Turns the use-of-powers report into what view.njk's GOV.UK macros take: filter select items,
 * roll-up tables with a totals row, the district × age band table and the bar chart's data
 * (the table is the chart's equivalent). Withheld counts (null) show as "[c]" with the reason
 * for screen readers, are not plotted (a gap in the chart, said in its text), and the page
 * explains "[c]" above the tables with the threshold in force.
 */
import type { FormErrors } from '../../../platform/forms.js';
import { CONFIDENTIAL, type Published } from '../../../domain/analysis/small-counts.js';
import { AGE_BANDS, type PowersReport, type RollUp } from '../../../domain/powers/use-of-powers.js';
import type { UseOfPowersPage } from '../../../services/powers/use-of-powers.js';
import { filtersQuery, type FilterValues } from './schema.js';

export const PAGE_PATH = '/analysis/use-of-powers';

const n = (v: number) => v.toLocaleString('en-GB');
const bold = 'govuk-!-font-weight-bold';

/** A numeric table cell: the count, or "[c]" with "(not shown)" for screen readers. */
const num = (v: Published, classes?: string) => ({
  ...(v === null ? { html: `${CONFIDENTIAL}<span class="govuk-visually-hidden"> (not shown)</span>` } : { text: n(v) }),
  format: 'numeric',
  ...(classes ? { classes } : {}),
});

/** "20 interventions", or "fewer than 5 interventions" when withheld. */
function counted(v: Published, threshold: number, one: string, many: string): string {
  return v === null ? `fewer than ${threshold} ${many}` : `${n(v)} ${v === 1 ? one : many}`;
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function anyWithheld(r: PowersReport<Published>): boolean {
  const rolls = [r.byOrganisation, r.byType, r.byOutcome, r.byMonth, r.byAgeBand];
  return [
    ...rolls.flatMap((x) => [...x.rows.flatMap((row) => [row.count, row.breaches]), x.total.count, x.total.breaches]),
    ...r.districtByAge.districts.flatMap((d) => [...d.counts, d.total]),
    ...r.districtByAge.bandTotals,
    r.districtByAge.total,
  ].includes(null);
}

function items(allText: string, options: readonly { code: string; name: string }[]) {
  return [{ value: '', text: allText }, ...options.map((o) => ({ value: o.code, text: o.name }))];
}

function rollUpTable(caption: string, heading: string, r: RollUp<Published>) {
  return {
    caption,
    head: [{ text: heading }, { text: 'Interventions', format: 'numeric' }, { text: 'Breaches', format: 'numeric' }],
    rows: [
      ...r.rows.map((row) => [{ text: row.name }, num(row.count), num(row.breaches)]),
      [{ text: 'Total', classes: bold }, num(r.total.count, bold), num(r.total.breaches, bold)],
    ],
  };
}

export function pageViewModel(page: UseOfPowersPage, input: { values: FilterValues; errors?: FormErrors | undefined }) {
  const r = page.report;
  const query = filtersQuery(input.values);
  const dba = r?.districtByAge;
  const chartWithheld = !!dba && dba.districts.some((d) => d.counts.includes(null));
  return {
    title: 'Use of powers',
    pagePath: PAGE_PATH,
    values: input.values,
    errors: input.errors,
    organisationItems: items('All organisations', page.options.organisations),
    districtItems: items('All districts', page.options.districts),
    typeItems: items('All intervention types', page.options.types),
    csvHref: `${PAGE_PATH}.csv${query ? `?${query}` : ''}`,
    none: !!r && r.total.count === 0,
    results:
      r && r.total.count !== 0
        ? {
            summary: upperFirst(
              `${counted(r.total.count, page.threshold, 'intervention', 'interventions')}, ${counted(r.total.breaches, page.threshold, 'breach', 'breaches')}`,
            ),
            withheld: anyWithheld(r)
              ? {
                  meaning: `${CONFIDENTIAL}: fewer than ${page.threshold} — not shown so that no one can be identified`,
                  secondary: `Other counts may also be shown as ${CONFIDENTIAL} so that the hidden ones cannot be worked out from the totals.`,
                }
              : null,
            districtTable: {
              caption: 'Interventions by district and age band of the subject',
              head: [
                { text: 'District' },
                ...AGE_BANDS.map((b) => ({ text: b.name, format: 'numeric' })),
                { text: 'Total', format: 'numeric' },
              ],
              rows: [
                ...dba!.districts.map((d) => [{ text: d.name }, ...d.counts.map((c) => num(c)), num(d.total, bold)]),
                [{ text: 'All districts', classes: bold }, ...dba!.bandTotals.map((c) => num(c, bold)), num(dba!.total, bold)],
              ],
            },
            chart: {
              labels: dba!.districts.map((d) => d.name),
              datasets: AGE_BANDS.map((b, i) => ({ label: b.name, data: dba!.districts.map((d) => d.counts[i]) })),
            },
            chartLabel: `Bar chart of interventions in each district, split by the age band of the subject. The table "Interventions by district and age band of the subject" below gives the same figures.${
              chartWithheld
                ? ` Counts shown as ${CONFIDENTIAL} in the table are not plotted, so a bar can be shorter than its district's total.`
                : ''
            }`,
            tables: [
              rollUpTable('Interventions by organisation', 'Organisation', r.byOrganisation),
              rollUpTable('Interventions by type', 'Intervention type', r.byType),
              rollUpTable('Interventions by outcome', 'Outcome', r.byOutcome),
              rollUpTable('Interventions by month issued', 'Month', r.byMonth),
              rollUpTable('Interventions by age band of the subject', 'Age band', r.byAgeBand),
            ],
          }
        : null,
  };
}
