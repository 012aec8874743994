/**
 * When the weekly compliance run is due (Europe/London): its period is the ISO week of the London
 * date ('2026-W47'), and it is due from the configured day and hour until the week ends, so a run
 * missed while Concord was down is caught up when it next starts that week. Pure. (isoWeekKey
 * lives with the weekly lists in domain/cases/compliance.ts and is re-exported here.)
 */
import { TZDate } from '@date-fns/tz';
import { LONDON } from '../domain/time/london.js';

export { isoWeekKey } from '../domain/cases/compliance.js';

/** The London ISO day of the week (1 = Monday … 7 = Sunday) and hour (0–23) of an instant. */
export function londonClock(instant: Date): { isoDay: number; hour: number } {
  const d = new TZDate(instant.getTime(), LONDON);
  return { isoDay: ((d.getDay() + 6) % 7) + 1, hour: d.getHours() };
}

/** True when, at `instant`, this ISO week's run (on `day` at `hour`, London time) is due or past. */
export function weeklyRunDue(instant: Date, day: number, hour: number): boolean {
  const now = londonClock(instant);
  return now.isoDay > day || (now.isoDay === day && now.hour >= hour);
}
