/**
 * Turns the use-of-powers report into what view.njk's GOV.UK macros take: filter select items,
 * roll-up tables with a totals row, the district × age band table and the bar chart's data
 * (the table is the chart's equivalent).
 */
import type { FormErrors } from '../../../platform/forms.js';
import { AGE_BANDS, type RollUp } from '../../../domain/powers/use-of-powers.js';
import type { UseOfPowersPage } from '../../../services/powers/use-of-powers.js';
import { filtersQuery, type FilterValues } from './schema.js';

export const PAGE_PATH = '/analysis/use-of-powers';

const n = (v: number) => v.toLocaleString('en-GB');
const bold = 'govuk-!-font-weight-bold';
const num = (v: number, classes?: string) => ({ text: n(v), format: 'numeric', ...(classes ? { classes } : {}) });

function items(allText: string, options: readonly { code: string; name: string }[]) {
  return [{ value: '', text: allText }, ...options.map((o) => ({ value: o.code, text: o.name }))];
}

function rollUpTable(caption: string, heading: string, r: RollUp) {
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
      r && r.total.count > 0
        ? {
            summary: `${n(r.total.count)} ${r.total.count === 1 ? 'intervention' : 'interventions'}, ${n(r.total.breaches)} ${r.total.breaches === 1 ? 'breach' : 'breaches'}`,
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
            chartLabel:
              'Bar chart of interventions in each district, split by the age band of the subject. The table "Interventions by district and age band of the subject" below gives the same figures.',
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
