/**
 * The absolute ground for possession (s.84A HA 1985; Ground 7A HA 1988; DOMAIN.md §2.2 rule 10):
 * the trigger event, its date, and the time to give the notice (s.83ZA HA 1985), with the
 * month-end and leap-year edges: the last day allowed passes, the day after is refused.
 */
import { describe, expect, it } from 'vitest';
import { checkIntervention } from './check-intervention.js';
import { lastDayOfMonthsBeginningWith } from './rule-support.js';
import { CLOSURE_ORDER_NOTICE_MONTHS, possessionNoticeLimit } from './rules-court.js';
import { mergePowersSettings, DEFAULT_POWERS_SETTINGS } from './settings.js';
import { aContext, aProposal } from './test-support.js';
import type { InterventionProposal } from './types.js';

const check = (p: Partial<InterventionProposal>, ctx = aContext()) =>
  checkIntervention(aProposal({ typeCode: 'absolute_possession', ...p }), ctx);
const messages = (r: { refusals: { message: string }[] }) => r.refusals.map((f) => f.message);
const fields = (r: { refusals: { field: string }[] }) => r.refusals.map((f) => f.field);

/** A notice given on `issuedOn` after a trigger event on `triggerEventOn` (today is 15 June 2026, so any earlier notice date works). */
const notice = (triggerEvent: string, triggerEventOn: string, issuedOn: string) => check({ triggerEvent, triggerEventOn, issuedOn });

describe('absolute ground for possession', () => {
  it.each(['serious_offence', 'injunction_breach', 'cbo_breach', 'closure_order', 'noise_abatement_breach'])(
    'is allowed on trigger event %s with its date',
    (triggerEvent) => {
      const r = check({ triggerEvent, triggerEventOn: '2026-06-01', servedAt: new Date('2026-06-15T09:00:00Z') });
      expect(r.refusals).toEqual([]);
      expect(r.deadlines.map((d) => [d.code, d.on])).toEqual([['possession_review_request', '2026-06-21']]);
    },
  );

  it('is refused without one of the five trigger events', () => {
    for (const triggerEvent of [null, 'rent_arrears']) {
      expect(messages(check({ triggerEvent, triggerEventOn: '2026-06-01' }))).toEqual([
        'Select the trigger event for the absolute ground for possession',
      ]);
    }
  });

  it('is refused without the date of the trigger event, naming the law', () => {
    for (const triggerEventOn of [undefined, null, '']) {
      const r = check({ triggerEvent: 'serious_offence', triggerEventOn });
      expect(fields(r)).toEqual(['triggerEventOn']);
      expect(messages(r)).toEqual(['Enter the date of the trigger event: the time to give the notice runs from it']);
      expect(r.refusals[0]!.source).toBe('s.84A Housing Act 1985; Ground 7A Housing Act 1988 [S42][S43]');
    }
  });

  it('asks for both the trigger event and its date when neither is given', () => {
    expect(fields(check({}))).toEqual(['triggerEvent', 'triggerEventOn']);
  });

  it('refuses a date of the trigger event that is not a real date', () => {
    for (const triggerEventOn of ['2026-02-29', '2026-04-31', '2026-13-01', '1 June 2026']) {
      expect(messages(check({ triggerEvent: 'serious_offence', triggerEventOn }))).toEqual([
        'The date of the trigger event must be a real date',
      ]);
    }
  });

  it('allows a trigger event on the day of the notice and refuses one the day after', () => {
    expect(notice('closure_order', '2026-06-10', '2026-06-10').refusals).toEqual([]);
    const r = notice('closure_order', '2026-06-11', '2026-06-10');
    expect(fields(r)).toEqual(['triggerEventOn']);
    expect(messages(r)).toEqual(['The date of the trigger event must be the same as or before the date of the notice']);
  });
});

describe('the time to give the notice after a closure order (3 months, s.83ZA(7) HA 1985)', () => {
  it('is a statutory constant of 3 months whatever the settings say', () => {
    expect(CLOSURE_ORDER_NOTICE_MONTHS).toBe(3);
    const settings = mergePowersSettings({ possessionNoticeMonths: 1 });
    expect(possessionNoticeLimit('closure_order', '2026-03-15', settings)).toEqual({
      months: 3,
      lastDay: '2026-06-14',
      source: 's.83ZA(7) Housing Act 1985: within 3 months of the closure order [S130]',
    });
  });

  it.each([
    ['mid-month: 15 March', '2026-03-15', '2026-06-14', '2026-06-15'],
    ['first of the month: 1 March', '2026-03-01', '2026-05-31', '2026-06-01'],
    ['month end without the same date: 31 March', '2026-03-31', '2026-06-30', '2026-07-01'],
    ['into a common-year February: 30 November 2026', '2026-11-30', '2027-02-28', '2027-03-01'],
    ['into a leap-year February: 30 November 2027', '2027-11-30', '2028-02-29', '2028-03-01'],
    ['to the 29th of a leap February: 29 November 2027', '2027-11-29', '2028-02-28', '2028-02-29'],
  ])('after a closure order on %s allows the last day and refuses the day after', (_case, orderOn, lastDay, dayAfter) => {
    const ctx = aContext({ today: '2028-12-31', now: new Date('2028-12-31T12:00:00Z') });
    expect(check({ triggerEvent: 'closure_order', triggerEventOn: orderOn, issuedOn: lastDay }, ctx).refusals).toEqual([]);
    const late = check({ triggerEvent: 'closure_order', triggerEventOn: orderOn, issuedOn: dayAfter }, ctx);
    expect(fields(late)).toEqual(['issuedOn']);
    expect(late.refusals[0]!.source).toBe('s.83ZA(7) Housing Act 1985: within 3 months of the closure order [S130]');
  });

  it('tells the user the last day they had', () => {
    const ctx = aContext({ today: '2026-07-01', now: new Date('2026-07-01T12:00:00Z') });
    expect(messages(check({ triggerEvent: 'closure_order', triggerEventOn: '2026-03-31', issuedOn: '2026-07-01' }, ctx))).toEqual([
      'A possession notice on the absolute ground must be given within 3 months of the closure order: the last day to give it was 30 June 2026',
    ]);
  });
});

describe('the time to give the notice after a conviction or finding (possessionNoticeMonths, default 12, UNVERIFIED)', () => {
  it.each([
    ['serious_offence', 'the conviction'],
    ['injunction_breach', "the court's finding of the breach"],
    ['cbo_breach', 'the conviction'],
    ['noise_abatement_breach', 'the conviction'],
  ])('on %s runs 12 months by default: 15 June 2025 allows 14 June 2026, refuses 15 June 2026', (triggerEvent, from) => {
    expect(notice(triggerEvent, '2025-06-15', '2026-06-14').refusals).toEqual([]);
    const r = notice(triggerEvent, '2025-06-15', '2026-06-15');
    expect(messages(r)).toEqual([
      `A possession notice on the absolute ground must be given within 12 months of ${from}: the last day to give it was 14 June 2026`,
    ]);
    expect(r.refusals[0]!.source).toMatch(/UNVERIFIED; configurable\) \[S42\]\[S43\]$/);
  });

  it('ends a 12-month period beginning with 29 February on 28 February', () => {
    const ctx = aContext({ today: '2025-12-31', now: new Date('2025-12-31T12:00:00Z') });
    expect(check({ triggerEvent: 'cbo_breach', triggerEventOn: '2024-02-29', issuedOn: '2025-02-28' }, ctx).refusals).toEqual([]);
    expect(fields(check({ triggerEvent: 'cbo_breach', triggerEventOn: '2024-02-29', issuedOn: '2025-03-01' }, ctx))).toEqual(['issuedOn']);
  });

  it('follows the configured number of months', () => {
    const ctx = aContext({ settings: mergePowersSettings({ possessionNoticeMonths: 6 }) });
    expect(check({ triggerEvent: 'serious_offence', triggerEventOn: '2025-12-16', issuedOn: '2026-06-15' }, ctx).refusals).toEqual([]);
    expect(messages(check({ triggerEvent: 'serious_offence', triggerEventOn: '2025-12-15', issuedOn: '2026-06-15' }, ctx))).toEqual([
      'A possession notice on the absolute ground must be given within 6 months of the conviction: the last day to give it was 14 June 2026',
    ]);
  });
});

describe('lastDayOfMonthsBeginningWith', () => {
  it('ends the day before the same date, or on the month end when there is no such date', () => {
    expect(lastDayOfMonthsBeginningWith('2026-03-15', 3)).toBe('2026-06-14');
    expect(lastDayOfMonthsBeginningWith('2026-03-31', 3)).toBe('2026-06-30');
    expect(lastDayOfMonthsBeginningWith('2026-01-31', 1)).toBe('2026-02-28');
    expect(lastDayOfMonthsBeginningWith('2024-02-29', 12)).toBe('2025-02-28');
    expect(lastDayOfMonthsBeginningWith('2027-02-28', 12)).toBe('2028-02-27');
    expect(lastDayOfMonthsBeginningWith('2026-12-01', 12)).toBe('2027-11-30');
  });

  it('is never before the start and grows with the number of months', () => {
    const starts = ['2026-01-01', '2026-01-31', '2026-02-28', '2028-02-29', '2026-08-31', '2026-12-31'];
    for (const start of starts) {
      let previous = start;
      for (let months = 1; months <= 24; months++) {
        const last = lastDayOfMonthsBeginningWith(start, months);
        expect(last >= previous).toBe(true);
        previous = last;
      }
    }
    expect(DEFAULT_POWERS_SETTINGS.possessionNoticeMonths).toBe(12);
  });
});
