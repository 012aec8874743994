import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addCalendarMonths, daysBetween, londonDate } from '../checks/calendar.js';
import { addHoursDisregardingChristmas, christmasHoursBetween, deadlinesFor, type DeadlineInput } from './deadlines.js';
import { DEFAULT_POWERS_SETTINGS } from './settings.js';

const HOUR = 3_600_000;
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2031, 11, 31);
/** An instant from 2024 to 2031, weighted towards late December and the clock changes. */
const arbInstant = fc
  .oneof(
    fc.integer({ min: FROM, max: TO }),
    fc
      .tuple(fc.integer({ min: 2024, max: 2031 }), fc.integer({ min: 0, max: 5 * 24 * 60 }))
      .map(([y, m]) => Date.UTC(y, 11, 22) + m * 60_000),
    fc
      .tuple(fc.integer({ min: 2024, max: 2031 }), fc.constantFrom(2, 9), fc.integer({ min: 0, max: 10 * 24 * 60 }))
      .map(([y, mo, m]) => Date.UTC(y, mo, 22) + m * 60_000),
  )
  .map((ms) => new Date(ms));
/** A London date from 2024 to 2031 (leap days, month ends, Christmas). */
const arbDate = fc.integer({ min: 0, max: 8 * 365 }).map((n) => addCalendarDays('2024-01-01', n));
const input = (p: Partial<DeadlineInput>): DeadlineInput => ({
  typeCode: 'cpn',
  issuedOn: '2026-01-01',
  servedAt: null,
  startsOn: null,
  endsOn: null,
  endsAt: null,
  authorisedByRank: null,
  ...p,
});

describe('hours disregarding Christmas Day (property)', () => {
  it('elapsed time is the hours plus exactly the Christmas Day time in between', () => {
    fc.assert(
      fc.property(arbInstant, fc.integer({ min: 0, max: 96 }), (start, hours) => {
        const end = addHoursDisregardingChristmas(start, hours);
        const elapsed = (end.getTime() - start.getTime()) / HOUR;
        expect(elapsed).toBeCloseTo(hours + christmasHoursBetween(start, end), 9);
      }),
    );
  });

  it('never ends inside Christmas Day, and equals plain addition when no Christmas Day is crossed', () => {
    fc.assert(
      fc.property(arbInstant, fc.integer({ min: 1, max: 96 }), (start, hours) => {
        const end = addHoursDisregardingChristmas(start, hours);
        const lastMoment = new Date(end.getTime() - 1);
        expect(londonDate(lastMoment).slice(5)).not.toBe('12-25');
        if (christmasHoursBetween(start, new Date(start.getTime() + hours * HOUR)) === 0) {
          expect(end.getTime()).toBe(start.getTime() + hours * HOUR);
        }
      }),
    );
  });

  it('is monotone in the hours', () => {
    fc.assert(
      fc.property(arbInstant, fc.integer({ min: 0, max: 96 }), fc.integer({ min: 0, max: 96 }), (start, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(addHoursDisregardingChristmas(start, lo).getTime()).toBeLessThanOrEqual(addHoursDisregardingChristmas(start, hi).getTime());
      }),
    );
  });
});

describe('calendar-day deadlines (property)', () => {
  it('CPN and closure order appeals end 20 days after the decision; possession review 6 days after service', () => {
    fc.assert(
      fc.property(arbDate, (issuedOn) => {
        const on = (typeCode: string) => deadlinesFor(input({ typeCode, issuedOn }), DEFAULT_POWERS_SETTINGS)[0]?.on ?? '';
        expect(daysBetween(issuedOn, on('cpn'))).toBe(20);
        expect(daysBetween(issuedOn, on('closure_order'))).toBe(20);
        expect(daysBetween(issuedOn, on('pspo'))).toBe(41);
        expect(daysBetween(issuedOn, on('absolute_possession'))).toBe(6);
        expect(daysBetween(issuedOn, on('cpn_fpn'))).toBe(14);
      }),
    );
  });

  it('month-based maxima keep the day of the month, clamped to the month end, and lie in the right month', () => {
    fc.assert(
      fc.property(arbDate, (startsOn) => {
        const d = deadlinesFor(input({ typeCode: 'closure_order', issuedOn: startsOn, startsOn }), DEFAULT_POWERS_SETTINGS);
        const three = d.find((x) => x.code === 'closure_order_latest_end')?.on ?? '';
        const six = d.find((x) => x.code === 'closure_order_total_end')?.on ?? '';
        expect(three).toBe(addCalendarMonths(startsOn, 3));
        expect(six).toBe(addCalendarMonths(startsOn, 6));
        expect(six >= three).toBe(true);
        expect(Number(three.slice(8))).toBeLessThanOrEqual(Number(startsOn.slice(8)));
        expect(daysBetween(startsOn, three)).toBeGreaterThanOrEqual(89);
        expect(daysBetween(startsOn, three)).toBeLessThanOrEqual(92);
        const pspo = deadlinesFor(input({ typeCode: 'pspo', issuedOn: startsOn }), DEFAULT_POWERS_SETTINGS)[1]?.on ?? '';
        expect([1095, 1096]).toContain(daysBetween(startsOn, pspo));
      }),
    );
  });
});
