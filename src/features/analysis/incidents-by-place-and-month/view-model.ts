/**
 * Turns the page's service result into what view.njk's GOV.UK macros take: select items, table
 * head and rows with formatted numbers, the chart's data and label, and the map's data URL.
 */
import type { FormErrors } from '../../../platform/forms.js';
import { filtersToQuery, type IncidentFilters } from '../../../services/analysis/incident-filters.js';
import type { IncidentsByPlaceAndMonth } from '../../../services/analysis/incidents-by-place-and-month.js';
import type { DistrictMonthTable } from '../../../services/analysis/month-table.js';
import type { FilterValues } from './schema.js';

export const PAGE_PATH = '/analysis/incidents-by-place-and-month';

type Cell = { text: string; format?: 'numeric'; classes?: string };

const n = (v: number) => v.toLocaleString('en-GB');
const numeric = (v: number, classes?: string): Cell => ({ text: n(v), format: 'numeric', ...(classes ? { classes } : {}) });

function selectItems(allText: string, options: readonly { code: string; name: string }[]) {
  return [{ value: '', text: allText }, ...options.map((o) => ({ value: o.code, text: o.name }))];
}

function tableParams(table: DistrictMonthTable) {
  const bold = 'govuk-!-font-weight-bold';
  return {
    head: [{ text: 'District' }, ...table.months.map((m) => ({ text: m.label, format: 'numeric' })), { text: 'Total', format: 'numeric' }],
    rows: [
      ...table.rows.map((r): Cell[] => [{ text: r.name }, ...r.counts.map((c) => numeric(c)), numeric(r.total, bold)]),
      [{ text: 'All districts', classes: bold }, ...table.monthTotals.map((c) => numeric(c, bold)), numeric(table.total, bold)],
    ],
  };
}

function periodText(table: DistrictMonthTable): string {
  const first = table.months[0]?.label;
  const last = table.months[table.months.length - 1]?.label;
  return first === last ? `${first}` : `${first} to ${last}`;
}

export interface PageInput {
  values: FilterValues;
  errors?: FormErrors | undefined;
  /** Validated filters, or null on a 400. */
  filters: IncidentFilters | null;
  map: { tileUrl?: string | undefined; attribution: string };
}

/** The template context for view.njk. */
export function pageViewModel(page: IncidentsByPlaceAndMonth, input: PageInput) {
  const table = page.result?.table;
  const hasResults = !!table && table.total > 0;
  const query = input.filters ? filtersToQuery(input.filters) : '';
  return {
    title: 'Incidents by place and month',
    pagePath: PAGE_PATH,
    values: input.values,
    errors: input.errors,
    sourceItems: selectItems('All sources', page.options.sources),
    categoryItems: selectItems('All categories', page.options.categories),
    districtItems: selectItems('All districts', page.options.districts),
    anyIncidents: page.anyIncidents,
    boundariesLoaded: page.boundariesLoaded,
    noMatches: !!table && table.total === 0,
    results: hasResults
      ? {
          summary: `${n(table.total)} ${table.total === 1 ? 'incident' : 'incidents'}, ${periodText(table)}`,
          table: tableParams(table),
          chart: page.result!.chart,
          chartLabel:
            `Line chart of incidents per month for each district, ${periodText(table)}. ` +
            'The table "Incidents by district and month" below gives the same figures.',
          geojsonUrl: `${PAGE_PATH}/lsoa.geojson${query ? `?${query}` : ''}`,
        }
      : null,
    map: { tileUrl: input.map.tileUrl ?? '', attribution: input.map.attribution },
  };
}
