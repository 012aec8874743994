/**
 * Europe/London calendar helpers. Concord's dates are London dates: a "day" starts at local
 * midnight, whatever the clock change. Built on @date-fns/tz.
 */
import { TZDate } from '@date-fns/tz';

export const LONDON = 'Europe/London';

/**
 * The instant at which the London calendar day `ymd` (YYYY-MM-DD) begins, `addDays` later.
 * @throws RangeError when `ymd` is not a valid date.
 */
export function londonDayStart(ymd: string, addDays = 0): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) throw new RangeError(`Not a date: ${ymd}`);
  const d = new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + addDays, LONDON);
  return new Date(d.getTime());
}

/** The London calendar month (YYYY-MM) an instant falls in. */
export function londonMonth(instant: Date): string {
  const d = new TZDate(instant.getTime(), LONDON);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** True when `s` is a real calendar month written YYYY-MM. */
export function isMonth(s: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}
