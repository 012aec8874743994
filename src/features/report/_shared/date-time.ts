/**
 * Reading a GOV.UK date input (`<prefix>-day`, `-month`, `-year`) and a time field
 * (`<prefix>-time`, e.g. "21:30", "9:30pm", "9pm") as an instant in Europe/London, with the
 * GOV.UK date input error messages. Errors are reported against the day field (or the time
 * field), so the error summary links to it.
 */
import { TZDate } from '@date-fns/tz';
import { LONDON } from '../../../domain/time/london.js';

export interface DateTimeWording {
  /** "Date the incident happened": the start of every message about the date. */
  date: string;
  /** "Enter the date the incident happened". */
  enter: string;
  /** "Time the incident happened". */
  time: string;
}

export type DateTimeResult = { ok: true; value: Date | null; hasTime: boolean } | { ok: false; field: string; message: string };

const PARTS = ['day', 'month', 'year'] as const;

function text(values: Record<string, unknown>, key: string): string {
  const v = values[key];
  return typeof v === 'string' ? v.trim() : '';
}

/** Minutes after midnight for "21:30", "0930", "9:30pm", "9pm", "12am"; undefined if not a time. */
export function parseTime(input: string): number | undefined {
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?\s*(am|pm)?$/i.exec(input.trim().replace(/\s+/g, ''));
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (minutes > 59) return undefined;
  if (half) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  } else if (hours > 23 || (m[2] === undefined && m[1]!.length > 2)) {
    return undefined;
  }
  return hours * 60 + minutes;
}

/** The London wall-clock time as an instant, or undefined when the date is not real. */
export function londonInstant(year: number, month: number, day: number, minutes: number): Date | undefined {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  const d = new TZDate(year, month - 1, day, Math.floor(minutes / 60), minutes % 60, LONDON);
  return new Date(d.getTime());
}

/**
 * Reads one date-and-time question.
 * @param required when false, an empty date gives `{ ok: true, value: null }`
 * @param endOfDay with no time given, the last minute of the day instead of its start (a "to" date)
 * @param now dates after this instant are refused ("… must be in the past")
 */
export function readDateTime(
  values: Record<string, unknown>,
  prefix: string,
  wording: DateTimeWording,
  opts: { required: boolean; now: Date; endOfDay?: boolean },
): DateTimeResult {
  const [day, month, year] = PARTS.map((p) => text(values, `${prefix}-${p}`)) as [string, string, string];
  const time = text(values, `${prefix}-time`);
  const dayField = `${prefix}-day`;
  const missing = PARTS.filter((_, i) => ![day, month, year][i]);
  if (missing.length === 3) {
    if (!opts.required && !time) return { ok: true, value: null, hasTime: false };
    return { ok: false, field: dayField, message: wording.enter };
  }
  if (missing.length) return { ok: false, field: dayField, message: `${wording.date} must include a ${missing.join(' and ')}` };
  if (![day, month].every((p) => /^\d{1,2}$/.test(p)) || !/^\d{4}$/.test(year)) {
    return { ok: false, field: dayField, message: `${wording.date} must be a real date` };
  }
  const minutes = time ? parseTime(time) : opts.endOfDay ? 23 * 60 + 59 : 0;
  if (minutes === undefined) {
    return { ok: false, field: `${prefix}-time`, message: `${wording.time} must be a real time, like 9:30pm or 21:30` };
  }
  let value = londonInstant(Number(year), Number(month), Number(day), minutes);
  if (!value) return { ok: false, field: dayField, message: `${wording.date} must be a real date` };
  // "Until today" with no time means until now, not until the end of a day still to come.
  if (!time && opts.endOfDay && value > opts.now && londonInstant(Number(year), Number(month), Number(day), 0)! <= opts.now)
    value = opts.now;
  if (value > opts.now) {
    return { ok: false, field: time ? `${prefix}-time` : dayField, message: `${wording.date} must be in the past` };
  }
  return { ok: true, value, hasTime: !!time };
}

/** The form values of a date-and-time question showing `instant` in London (day, month, year, "HH:MM"). */
export function dateTimeValues(prefix: string, instant: Date): Record<string, string> {
  const d = new TZDate(instant.getTime(), LONDON);
  return {
    [`${prefix}-day`]: String(d.getDate()),
    [`${prefix}-month`]: String(d.getMonth() + 1),
    [`${prefix}-year`]: String(d.getFullYear()),
    [`${prefix}-time`]: `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`,
  };
}

/**
 * Reads a date-only question (a date of birth) as 'YYYY-MM-DD', with the same messages.
 * @param wording.date e.g. "Date of birth"; `enter` e.g. "Enter their date of birth"
 */
export function readDate(
  values: Record<string, unknown>,
  prefix: string,
  wording: { date: string; enter: string },
  opts: { required: boolean; now: Date },
): { ok: true; value: string | null } | { ok: false; field: string; message: string } {
  const { [`${prefix}-time`]: _ignored, ...dateOnly } = values;
  void _ignored;
  const read = readDateTime(dateOnly, prefix, { ...wording, time: wording.date }, opts);
  if (!read.ok) return read;
  return { ok: true, value: read.value ? londonDate(read.value) : null };
}

/** The London calendar date of an instant, 'YYYY-MM-DD'. */
export function londonDate(instant: Date): string {
  const d = new TZDate(instant.getTime(), LONDON);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The date-input values ('<prefix>-day' …) of a 'YYYY-MM-DD' date. */
export function dateValues(prefix: string, ymd: string | null | undefined): Record<string, string> {
  const m = ymd ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd) : null;
  if (!m) return {};
  return { [`${prefix}-day`]: String(Number(m[3])), [`${prefix}-month`]: String(Number(m[2])), [`${prefix}-year`]: m[1]! };
}

/** Items for a GOV.UK date input named `prefix`, with values and the error class when in error. */
export function dateItems(prefix: string, values: Record<string, unknown>, inError: boolean) {
  const error = inError ? ' govuk-input--error' : '';
  return [
    { name: 'day', label: 'Day', classes: `govuk-input--width-2${error}`, value: values[`${prefix}-day`] },
    { name: 'month', label: 'Month', classes: `govuk-input--width-2${error}`, value: values[`${prefix}-month`] },
    { name: 'year', label: 'Year', classes: `govuk-input--width-4${error}`, value: values[`${prefix}-year`] },
  ];
}
