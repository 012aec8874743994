import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../checks/calendar.js';
import { caseDue, dueBounds, dueDates, dueState, isLate, type CaseFacts, type DueState } from './due.js';
import type { CaseSettings } from './settings.js';
import { arbDate, arbFacts, S } from './due-test-support.js';

const arbClosedOrOpenFacts = arbFacts(fc.integer({ min: 0, max: 4 }).map((n) => n === 0));

const arbSettings: fc.Arbitrary<CaseSettings> = fc.record({
  supervisoryReviewDays: fc.integer({ min: 1, max: 28 }),
  riskAssessmentDueDays: fc.integer({ min: 0, max: 28 }),
  riskReviewDays: fc.record({
    high: fc.integer({ min: 1, max: 90 }),
    medium: fc.integer({ min: 1, max: 180 }),
    standard: fc.integer({ min: 1, max: 365 }),
  }),
  defaultContactDays: fc.integer({ min: 1, max: 90 }),
  dueSoonDays: fc.integer({ min: 0, max: 28 }),
  victimSupportService: fc.constant('Victim First'),
});

/** Facts, settings, and a today from before the case opened to well after. */
const arbCase = fc.tuple(arbClosedOrOpenFacts, fc.oneof(fc.constant(S), arbSettings)).chain(([facts, settings]) =>
  fc.tuple(
    fc.constant(facts),
    fc.constant(settings),
    fc.integer({ min: -10, max: 300 }).map((n) => addCalendarDays(facts.openedOn, n)),
  ),
);

const RANK: Record<DueState, number> = { in_date: 0, due_soon: 1, overdue: 2, missing: 3 };
const worst = (states: DueState[]) => states.reduce<DueState>((a, b) => (RANK[b] > RANK[a] ? b : a), 'in_date');

describe('the stored due dates, judged by date, agree with caseDue', () => {
  it('for the supervisory review: the same date and the same state on any day', () => {
    fc.assert(
      fc.property(arbCase, ([facts, settings, today]) => {
        const stored = dueDates(facts, settings);
        const due = caseDue(facts, settings, today);
        expect(stored.reviewDueOn).toBe(due.review?.dueOn ?? null);
        if (stored.reviewDueOn) expect(dueState(stored.reviewDueOn, today, settings.dueSoonDays)).toBe(due.review!.state);
      }),
      { numRuns: 3000 },
    );
  });

  it('for each victim’s contact: the same date and state, "missing" from ever_made; the case’s date is the earliest', () => {
    fc.assert(
      fc.property(arbCase, ([facts, settings, today]) => {
        const stored = dueDates(facts, settings);
        const due = caseDue(facts, settings, today);
        expect(stored.contacts.map((c) => [c.personId, c.dueOn, c.hasPlan])).toEqual(
          due.contacts.map((c) => [c.personId, c.dueOn, c.hasPlan]),
        );
        stored.contacts.forEach((c, i) => expect(dueState(c.dueOn, today, settings.dueSoonDays, c.everMade)).toBe(due.contacts[i]!.state));
        expect(stored.contactDueOn).toBe(due.contacts.length ? due.contacts.map((c) => c.dueOn).sort()[0] : null);
      }),
      { numRuns: 3000 },
    );
  });

  it('for the risk assessments: needing attention and being late exactly when the worst one does, and "missing" only with one never done', () => {
    fc.assert(
      fc.property(arbCase, ([facts, settings, today]) => {
        const stored = dueDates(facts, settings);
        const due = caseDue(facts, settings, today);
        const { soonUntil } = dueBounds(today, settings);
        const states = due.riskAssessments.map((r) => r.state);
        expect(stored.riskNeverDone).toBe(due.riskAssessments.filter((r) => r.lastCompletedOn === null).length);
        if (!stored.riskDueOn) {
          expect(states).toEqual([]);
          return;
        }
        expect(stored.riskDueOn).toBe(due.riskAssessments.map((r) => r.dueOn).sort()[0]);
        expect(stored.riskDueOn <= soonUntil).toBe(states.some((s) => s !== 'in_date'));
        expect(stored.riskDueOn < today).toBe(states.some(isLate));
        // With none never done the earliest date gives the worst state exactly.
        if (stored.riskNeverDone === 0) expect(dueState(stored.riskDueOn, today, settings.dueSoonDays)).toBe(worst(states));
        if (states.includes('missing')) expect([stored.riskNeverDone > 0, stored.riskDueOn < today]).toEqual([true, true]);
      }),
      { numRuns: 3000 },
    );
  });

  it('store nothing due for a closed case, which owes nothing', () => {
    fc.assert(
      fc.property(arbCase, ([facts, settings]) => {
        expect(dueDates({ ...facts, closed: true }, settings)).toEqual({
          riskDueOn: null,
          riskNeverDone: 0,
          reviewDueOn: null,
          contactDueOn: null,
          contacts: [],
        });
      }),
      { numRuns: 200 },
    );
  });

  it('do not depend on the day they are computed', () => {
    fc.assert(
      fc.property(arbCase, ([facts, settings]) => {
        // dueDates takes no today: the same facts and settings always give the same dates.
        expect(dueDates(facts, settings)).toEqual(dueDates(structuredClone(facts), settings));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the bounds SQL compares stored dates with', () => {
  it('make "needs attention" and "late" the same comparisons as dueState, across clock changes and month ends', () => {
    fc.assert(
      fc.property(
        arbDate,
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: 0, max: 28 }),
        fc.boolean(),
        (today, offset, dueSoonDays, everDone) => {
          const dueOn = addCalendarDays(today, offset);
          const state = dueState(dueOn, today, dueSoonDays, everDone);
          const bounds = dueBounds(today, { dueSoonDays });
          expect(dueOn <= bounds.soonUntil).toBe(state !== 'in_date');
          expect(dueOn < bounds.today).toBe(isLate(state));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reach dueSoonDays calendar days ahead: 3 days from Saturday 28 March 2026 (the clocks go forward) is 31 March', () => {
    expect(dueBounds('2026-03-28', { dueSoonDays: 3 })).toEqual({ today: '2026-03-28', soonUntil: '2026-03-31' });
    expect(dueBounds('2028-02-27', { dueSoonDays: 3 }).soonUntil).toBe('2028-03-01');
  });
});

describe('why the stored count cannot replace caseDue for a listed case', () => {
  it('a case whose done assessment is overdue while a victim added later is not yet due is overdue, not missing', () => {
    const facts: CaseFacts = {
      openedOn: '2026-02-01',
      closed: false,
      parties: [{ personId: 'v', role: 'victim', addedOn: '2026-03-18' }],
      incidentLinkedOn: ['2026-02-01'],
      assessments: [{ kind: 'case', personId: null, completedOn: '2026-02-01', level: 'standard' }],
      reviews: [],
      contactPlans: [],
      contacts: [],
    };
    const stored = dueDates(facts, S);
    expect(stored).toMatchObject({ riskDueOn: '2026-03-01', riskNeverDone: 1 });
    expect(caseDue(facts, S, '2026-03-10').riskAssessments.map((r) => r.state)).toEqual(['overdue', 'in_date']);
  });
});
