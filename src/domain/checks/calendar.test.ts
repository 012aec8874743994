import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addCalendarMonths, daysBetween, formatDate, inWindow, lastDays, lastMonths, londonDate } from './calendar.js';
import { arbNow, london } from './test-facts.js';

const londonFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('London dates of instants', () => {
  it('dates 00:30 BST on 1 April as 1 April, although it is still 31 March in UTC', () => {
    expect(londonDate(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
  });

  it('dates 23:59 GMT on 28 March as 28 March, the night before the clocks go forward', () => {
    expect(londonDate(new Date('2026-03-28T23:59:00Z'))).toBe('2026-03-28');
  });

  it('dates both 01:30s of the night the clocks go back (25 October 2026) as 25 October', () => {
    expect(londonDate(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25');
    expect(londonDate(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25');
  });

  it('dates 00:30 GMT on 1 November as 1 November', () => {
    expect(londonDate(new Date('2026-11-01T00:30:00Z'))).toBe('2026-11-01');
  });

  it('agrees with the platform’s own Europe/London calendar for any instant', () => {
    fc.assert(
      fc.property(arbNow, (d) => {
        expect(londonDate(d)).toBe(londonFormat.format(d));
      }),
    );
  });
});

describe('calendar arithmetic', () => {
  it('keeps the day of the month when moving by months', () => {
    expect(addCalendarMonths('2026-03-15', -12)).toBe('2025-03-15');
    expect(addCalendarMonths('2026-01-15', 1)).toBe('2026-02-15');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addCalendarMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-08-31', -6)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2026-03-31', 1)).toBe('2026-04-30');
  });

  it('takes 29 February back a year to 28 February', () => {
    expect(addCalendarMonths('2028-02-29', -12)).toBe('2027-02-28');
  });

  it('moves by days across a clock change without losing a day', () => {
    expect(addCalendarDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addCalendarDays('2026-10-26', -90)).toBe('2026-07-28');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-30', '2026-10-24')).toBe(-6);
  });

  it('rejects something that is not a date', () => {
    expect(() => addCalendarDays('1 April', 1)).toThrow(RangeError);
  });

  it('writes dates in GOV.UK style', () => {
    expect(formatDate('2026-04-01')).toBe('1 April 2026');
    expect(formatDate('2025-12-25')).toBe('25 December 2025');
  });

  it('never moves a date by months to a later day of the month, and round-trips days', () => {
    const ymd = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(ymd, fc.integer({ min: -60, max: 60 }), fc.integer({ min: -800, max: 800 }), (d, months, days) => {
        const moved = addCalendarMonths(d, months);
        expect(Number(moved.slice(8))).toBeLessThanOrEqual(Number(d.slice(8)));
        expect(addCalendarDays(addCalendarDays(d, days), -days)).toBe(d);
        expect(daysBetween(d, addCalendarDays(d, days))).toBe(days);
      }),
    );
  });
});

describe('look-back windows', () => {
  it('runs "the last 12 months" from the same London date a year ago to today, both included', () => {
    const w = lastMonths(london('2026-03-15 10:00'), 12);
    expect(w).toEqual({ from: '2025-03-15', to: '2026-03-15' });
    expect(inWindow(london('2025-03-15 00:00'), w)).toBe(true);
    expect(inWindow(london('2025-03-14 23:59'), w)).toBe(false);
    expect(inWindow(london('2026-03-15 23:59'), w)).toBe(true);
    expect(inWindow(london('2026-03-16 00:00'), w)).toBe(false);
  });

  it('runs "the last 90 days" from 90 London dates before today', () => {
    expect(lastDays(london('2026-03-29 12:00'), 90)).toEqual({ from: '2025-12-29', to: '2026-03-29' });
  });

  it('starts the window on the London date, not the UTC date, just after midnight BST', () => {
    expect(lastMonths(new Date('2026-03-31T23:30:00Z'), 12).from).toBe('2025-04-01');
  });
});
