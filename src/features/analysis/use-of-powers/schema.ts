/**
 * The use-of-powers filters (a GET form): month range (the shared analysis wording), organisation,
 * district and intervention type. Blank means "all".
 */
import { z } from 'zod';
import { incidentFilterFields, withMonthOrder } from '../../../services/analysis/incident-filters.js';
import type { PowersFilters } from '../../../services/powers/use-of-powers.js';

const blankAsAbsent = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsAbsent, schema.optional());

export const powersFiltersSchema = withMonthOrder(
  z.object({
    from: incidentFilterFields.from,
    to: incidentFilterFields.to,
    organisation: optional(
      z.string({ error: 'Select an organisation from the list' }).regex(/^[0-9a-f-]{36}$/i, 'Select an organisation from the list'),
    ),
    district: incidentFilterFields.district,
    type: optional(
      z
        .string({ error: 'Select an intervention type from the list' })
        .regex(/^[a-z0-9_]{1,60}$/, 'Select an intervention type from the list'),
    ),
  }),
);

export const FILTER_FIELDS = ['from', 'to', 'organisation', 'district', 'type'] as const;
export type FilterValues = Partial<Record<(typeof FILTER_FIELDS)[number], string>>;

/** The filter values exactly as sent (so a 400 keeps what was typed). */
export function filterValues(query: unknown): FilterValues {
  const q = (query ?? {}) as Record<string, unknown>;
  const values: FilterValues = {};
  for (const f of FILTER_FIELDS) if (typeof q[f] === 'string') values[f] = q[f];
  return values;
}

/** The validated form as the report's filters. */
export function toPowersFilters(v: z.output<typeof powersFiltersSchema>): PowersFilters {
  return { from: v.from, to: v.to, organisationId: v.organisation, districtCode: v.district, typeCode: v.type };
}

/** The query string for the CSV link (absent filters left out). */
export function filtersQuery(values: FilterValues): string {
  return new URLSearchParams(
    Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== ''),
  ).toString();
}
