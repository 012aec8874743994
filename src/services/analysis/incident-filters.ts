/**
 * The filters every incident analysis takes (page, GeoJSON and JSON API alike): a month range,
 * source, category and district. One zod schema holds the GOV.UK-worded messages; blank values
 * (as an empty GET form sends them) mean "all".
 */
import { z } from 'zod';
import type { IncidentSource } from '../../db/schema.js';
import type { IncidentFilters } from '../../db/repositories/incident-stats.js';
import { isMonth } from '../../domain/time/london.js';

/** Sources an analyst can filter by, with the words the page shows. */
export const INCIDENT_SOURCES: readonly { code: IncidentSource; name: string }[] = [
  { code: 'police.uk', name: 'police.uk open data' },
  { code: 'staff', name: 'Recorded by staff' },
  { code: 'public', name: 'Reported by the public' },
  { code: 'api', name: 'Sent by a partner system' },
  { code: 'demo', name: 'Demonstration data' },
];

export type { IncidentFilters };

/** Trims strings; a blank string becomes undefined. */
function blankAsAbsent(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  return t === '' ? undefined : t;
}

function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankAsAbsent, schema.optional());
}

const month = (which: 'Start' | 'End', example: string) =>
  optional(
    z
      .string({ error: `${which} month must be a real month, in the format YYYY-MM, like ${example}` })
      .refine(isMonth, `${which} month must be a real month, in the format YYYY-MM, like ${example}`),
  );

const sourceCodes = INCIDENT_SOURCES.map((s) => s.code) as [IncidentSource, ...IncidentSource[]];

/** The filter fields, unrefined (so API schemas can extend them). */
export const incidentFilterFields = {
  from: month('Start', '2024-03'),
  to: month('End', '2024-09'),
  source: optional(z.enum(sourceCodes, { error: 'Select a source from the list' })),
  category: optional(z.string({ error: 'Select a category from the list' }).regex(/^[a-z_]{1,40}$/, 'Select a category from the list')),
  district: optional(z.string({ error: 'Select a district from the list' }).regex(/^[EWSN]\d{8}$/, 'Select a district from the list')),
};

/** Adds the cross-field rule: the end month is not before the start month (reported on `to`). */
export function withMonthOrder<T extends z.ZodType<{ from?: string | undefined; to?: string | undefined }>>(schema: T) {
  return schema.superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'End month must be the same as or after the start month' });
    }
  });
}

/** Filters from a query string. Parses to `IncidentFilters`; issues name the field in `path[0]`. */
export const incidentFiltersSchema = withMonthOrder(z.object(incidentFilterFields));

/** The filters as query-string pairs (absent ones left out), for links such as the map's data URL. */
export function filtersToQuery(filters: IncidentFilters): string {
  const pairs = Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
  return new URLSearchParams(pairs).toString();
}
