import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../domain/checks/calendar.js';
import { isoWeekKey, londonClock, weeklyRunDue } from './weekly-schedule.js';

describe('ISO weeks of London dates', () => {
  it.each([
    ['2026-11-16', '2026-W47'],
    ['2026-11-22', '2026-W47'],
    ['2026-11-23', '2026-W48'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
    ['2028-02-29', '2028-W09'],
  ])('dates %s in week %s', (ymd, key) => {
    expect(isoWeekKey(ymd)).toBe(key);
  });

  it('gives the seven days from a Monday one week, and the next Monday the next', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), (n) => {
        const monday = addCalendarDays('2024-01-01', n * 7);
        const keys = new Set(Array.from({ length: 7 }, (_, i) => isoWeekKey(addCalendarDays(monday, i))));
        expect(keys.size).toBe(1);
        expect(isoWeekKey(addCalendarDays(monday, 7))).not.toBe([...keys][0]);
      }),
    );
  });
});

describe('when the weekly run is due (Monday 07:00, Europe/London)', () => {
  it('is due from 07:00 BST on Monday 30 March 2026 (06:00 UTC), the day after the clocks went forward', () => {
    expect(weeklyRunDue(new Date('2026-03-30T05:59:00Z'), 1, 7)).toBe(false);
    expect(weeklyRunDue(new Date('2026-03-30T06:00:00Z'), 1, 7)).toBe(true);
  });

  it('is due from 07:00 GMT on Monday 26 October 2026 (07:00 UTC), the day after the clocks went back', () => {
    expect(londonClock(new Date('2026-10-26T06:30:00Z'))).toEqual({ isoDay: 1, hour: 6 });
    expect(weeklyRunDue(new Date('2026-10-26T06:59:00Z'), 1, 7)).toBe(false);
    expect(weeklyRunDue(new Date('2026-10-26T07:00:00Z'), 1, 7)).toBe(true);
  });

  it('stays due for the rest of the week (catching up a missed run), and not before the day', () => {
    expect(weeklyRunDue(new Date('2026-11-22T23:00:00Z'), 1, 7)).toBe(true);
    expect(weeklyRunDue(new Date('2026-11-18T09:00:00Z'), 3, 10)).toBe(false);
    expect(weeklyRunDue(new Date('2026-11-17T12:00:00Z'), 3, 10)).toBe(false);
    expect(weeklyRunDue(new Date('2026-11-19T00:00:00Z'), 3, 10)).toBe(true);
  });
});
