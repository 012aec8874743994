/**
 * A GOV.UK date input (`<prefix>-day`, `-month`, `-year`) read as a calendar date 'YYYY-MM-DD',
 * with the GOV.UK date input messages. Whether the date may be in the past or the future is the
 * service's rule, not the form's. Errors belong to the day field, so the summary links to it.
 */
export type DateFieldResult = { ok: true; value: string } | { ok: false; field: string; message: string };

const PARTS = ['day', 'month', 'year'] as const;

/**
 * @param wording.date the start of each message ("Next review date"); `enter` the message when
 *   the date is blank ("Enter the next review date").
 */
export function readDateField(values: Record<string, unknown>, prefix: string, wording: { date: string; enter: string }): DateFieldResult {
  const parts = PARTS.map((p) => {
    const v = values[`${prefix}-${p}`];
    return typeof v === 'string' ? v.trim() : '';
  }) as [string, string, string];
  const field = `${prefix}-day`;
  const missing = PARTS.filter((_, i) => !parts[i]);
  if (missing.length === 3) return { ok: false, field, message: wording.enter };
  if (missing.length) return { ok: false, field, message: `${wording.date} must include a ${missing.join(' and ')}` };
  const [day, month, year] = parts;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year))
    return { ok: false, field, message: `${wording.date} must be a real date` };
  const probe = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (probe.getUTCFullYear() !== Number(year) || probe.getUTCMonth() !== Number(month) - 1 || probe.getUTCDate() !== Number(day)) {
    return { ok: false, field, message: `${wording.date} must be a real date` };
  }
  return { ok: true, value: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
}

/** The date input's values for 'YYYY-MM-DD'. */
export function dateFieldValues(prefix: string, ymd: string): Record<string, string> {
  const [year, month, day] = ymd.split('-');
  return { [`${prefix}-day`]: String(Number(day)), [`${prefix}-month`]: String(Number(month)), [`${prefix}-year`]: year ?? '' };
}

/** Items for govukDateInput named `prefix`, with the values typed and the error class when in error. */
export function dateFieldItems(prefix: string, values: Record<string, unknown>, inError: boolean) {
  const error = inError ? ' govuk-input--error' : '';
  return [
    { name: 'day', label: 'Day', classes: `govuk-input--width-2${error}`, value: values[`${prefix}-day`] },
    { name: 'month', label: 'Month', classes: `govuk-input--width-2${error}`, value: values[`${prefix}-month`] },
    { name: 'year', label: 'Year', classes: `govuk-input--width-4${error}`, value: values[`${prefix}-year`] },
  ];
}
