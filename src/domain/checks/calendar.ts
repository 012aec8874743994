/**
 * London calendar arithmetic for the point-of-report checks. Every window in the checks is a
 * run of Europe/London calendar dates, so an incident at 00:30 BST on 1 April (23:30 UTC on
 * 31 March) is dated 1 April, and a clock change never moves an edge by an hour.
 *
 * Dates here are plain 'YYYY-MM-DD' strings, which compare correctly as strings.
 */
import { TZDate } from '@date-fns/tz';
import { LONDON } from '../time/london.js';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

function parts(ymd: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) throw new RangeError(`Not a date: ${ymd}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function fromUtc(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The Europe/London calendar date ('YYYY-MM-DD') an instant falls on. */
export function londonDate(instant: Date): string {
  const d = new TZDate(instant.getTime(), LONDON);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `ymd` moved by `days` calendar days (negative for earlier). */
export function addCalendarDays(ymd: string, days: number): string {
  const [y, m, d] = parts(ymd);
  return fromUtc(Date.UTC(y, m - 1, d + days));
}

/**
 * `ymd` moved by `months` calendar months, keeping the day of the month and clamping it to the
 * month's last day (31 August − 6 months = 28 or 29 February), as date-fns `addMonths` does.
 */
export function addCalendarMonths(ymd: string, months: number): string {
  const [y, m, d] = parts(ymd);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay)));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** A London date in GOV.UK style: '1 April 2026'. */
export function formatDate(ymd: string): string {
  const [y, m, d] = parts(ymd);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/**
 * A look-back window of London dates, both ends inclusive: from the same date `months` months
 * (or `days` days) before the London date of `now`, up to and including the London date of `now`.
 * "The last 12 months" on 15 March 2026 is 15 March 2025 to 15 March 2026.
 */
export interface DateWindow {
  from: string;
  to: string;
}

export function lastMonths(now: Date, months: number): DateWindow {
  const to = londonDate(now);
  return { from: addCalendarMonths(to, -months), to };
}

export function lastDays(now: Date, days: number): DateWindow {
  const to = londonDate(now);
  return { from: addCalendarDays(to, -days), to };
}

/** True when the London date of `instant` is inside the window (both ends inclusive). */
export function inWindow(instant: Date, window: DateWindow): boolean {
  const ymd = londonDate(instant);
  return ymd >= window.from && ymd <= window.to;
}
