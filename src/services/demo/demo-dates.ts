/**
 * When synthetic demo incidents happen: a London calendar day in the last 24 calendar months
 * (the current one so far), weighted by month (summer peak in May) and weekday (Monday to
 * Friday), then an hour of day.
 */
import { TZDate } from '@date-fns/tz';
import { LONDON } from '../../domain/time/london.js';
import { HOUR_WEIGHTS, MONTH_WEIGHTS, WEEKDAY_WEIGHTS } from './demo-shape.js';
import type { Random } from './prng.js';

export interface DemoDay {
  /** London calendar date, YYYY-MM-DD. */
  ymd: string;
  /** Days since the first day of the window (0-based). */
  index: number;
}

export interface DemoCalendar {
  days: readonly DemoDay[];
  /**
   * `n` days spread over the window in proportion to the month × weekday weights (systematic
   * sampling: one random offset, then evenly spaced), so monthly and weekday counts follow the
   * weights closely rather than wobbling with chance. In date order.
   */
  spreadDays(rng: Random, n: number): DemoDay[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The London calendar date (YYYY-MM-DD) of an instant. */
export function londonYmd(instant: Date): string {
  const d = new TZDate(instant.getTime(), LONDON);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Every London day of the last `months` calendar months, with its weight: the whole months
 * before the current one, then the current month up to yesterday. No month at the start is cut
 * short, and no calendar month appears more than twice, so May stays the busiest whatever the
 * date. Calendar arithmetic is done on UTC dates, which have no clock changes.
 */
export function demoCalendar(now: Date, months = 24): DemoCalendar {
  const [y, m, d] = londonYmd(now).split('-').map(Number) as [number, number, number];
  const end = Date.UTC(y, m - 1, d);
  const start = Date.UTC(y, m - months, 1);
  const days: DemoDay[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (let t = start, i = 0; t < end; t += 86_400_000, i++) {
    const day = new Date(t);
    const isoWeekday = (day.getUTCDay() + 6) % 7; // Monday = 0
    total += MONTH_WEIGHTS[day.getUTCMonth()]! * WEEKDAY_WEIGHTS[isoWeekday]!;
    days.push({ ymd: day.toISOString().slice(0, 10), index: i });
    cumulative.push(total);
  }
  return {
    days,
    spreadDays(rng, n) {
      const offset = rng.next();
      const picked: DemoDay[] = [];
      let day = 0;
      for (let i = 0; i < n; i++) {
        const r = ((i + offset) / n) * total;
        while (day < cumulative.length - 1 && cumulative[day]! <= r) day++;
        picked.push(days[day]!);
      }
      return picked;
    },
  };
}

/** An instant on London day `ymd` at an hour drawn from the time-of-day weights. */
export function instantOn(rng: Random, ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const hour = rng.weighted(HOUR_WEIGHTS.map((w, h) => [h, w] as const));
  return new Date(new TZDate(y, m - 1, d, hour, rng.int(0, 59), LONDON).getTime());
}

/**
 * When it was reported: mostly within the hour, some within the day, a few up to two weeks
 * later; a delay that would pass `now` is scaled down to fall before it.
 */
export function reportedAfter(rng: Random, occurred: Date, now: Date): Date {
  const minutes = rng.weighted([
    [rng.int(2, 60), 60],
    [rng.int(61, 24 * 60), 30],
    [rng.int(24 * 60 + 1, 14 * 24 * 60), 10],
  ] as const);
  const delay = minutes * 60_000;
  const room = now.getTime() - occurred.getTime();
  return new Date(occurred.getTime() + (delay < room ? delay : Math.floor(room * rng.next())));
}
