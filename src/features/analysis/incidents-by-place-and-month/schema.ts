/**
 * The filter form of "Incidents by place and month" (a GET form): the shared incident filters,
 * whose messages are in GOV.UK wording, and the values to show back as the user typed them.
 */
import { incidentFiltersSchema } from '../../../services/analysis/incident-filters.js';

export const filtersSchema = incidentFiltersSchema;

export const FILTER_FIELDS = ['from', 'to', 'source', 'category', 'district'] as const;

export type FilterValues = Partial<Record<(typeof FILTER_FIELDS)[number], string>>;

/** The filter values from a query string, exactly as sent (so a 400 keeps what was typed). */
export function filterValues(query: unknown): FilterValues {
  const q = (query ?? {}) as Record<string, unknown>;
  const values: FilterValues = {};
  for (const field of FILTER_FIELDS) if (typeof q[field] === 'string') values[field] = q[field];
  return values;
}
