/** The audit search page's form: date-input items and organisation options, prepared for the macros. */
import type { FormErrors } from '../../platform/forms.js';

/** Items for a GOV.UK date input named `prefix` ('from' or 'to'), marked when in error. */
export function dateItems(prefix: string, values: Record<string, unknown>, errors?: FormErrors) {
  const error = errors?.fields[`${prefix}-day`] ? ' govuk-input--error' : '';
  return [
    { name: 'day', label: 'Day', classes: `govuk-input--width-2${error}`, value: values[`${prefix}-day`] },
    { name: 'month', label: 'Month', classes: `govuk-input--width-2${error}`, value: values[`${prefix}-month`] },
    { name: 'year', label: 'Year', classes: `govuk-input--width-4${error}`, value: values[`${prefix}-year`] },
  ];
}

/** The filter values as typed, for re-display and for pagination links. */
export const FILTER_KEYS = [
  'userEmail',
  'organisationId',
  'action',
  'entityId',
  'from-day',
  'from-month',
  'from-year',
  'to-day',
  'to-month',
  'to-year',
] as const;

/** The filters from the query string, as strings (first value of any repeated parameter). */
export function filterValues(query: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const v = Array.isArray(query[key]) ? (query[key] as unknown[])[0] : query[key];
    if (typeof v === 'string' && v) out[key] = v;
  }
  return out;
}
