import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, daysBetween, londonDate } from '../checks/calendar.js';
import { londonDayStart } from '../time/london.js';
import { caseDue, isLate, type CaseFacts, type DueState } from './due.js';
import type { CaseSettings } from './settings.js';
import { after, arbFacts, FIRST_DAY, PEOPLE, S } from './due-test-support.js';

const arbToday = (facts: CaseFacts) => after(facts.openedOn, 200);
const withToday = arbFacts().chain((facts) => fc.tuple(fc.constant(facts), arbToday(facts)));

/** Every due item of a case as [key, dueOn, state]. */
function items(facts: CaseFacts, settings: CaseSettings, today: string): [string, string, DueState][] {
  const due = caseDue(facts, settings, today);
  return [
    ...due.riskAssessments.map((r): [string, string, DueState] => [`risk:${r.kind}:${r.personId}`, r.dueOn, r.state]),
    ...(due.review ? [['review', due.review.dueOn, due.review.state] as [string, string, DueState]] : []),
    ...due.contacts.map((c): [string, string, DueState] => [`contact:${c.personId}`, c.dueOn, c.state]),
  ];
}

function sorted(due: ReturnType<typeof caseDue>) {
  const key = (x: { personId: string | null; kind?: string }) => `${x.kind ?? ''}:${x.personId ?? ''}`;
  return {
    ...due,
    riskAssessments: [...due.riskAssessments].sort((a, b) => key(a).localeCompare(key(b))),
    contacts: [...due.contacts].sort((a, b) => key(a).localeCompare(key(b))),
  };
}

const RANK: Record<DueState, number> = { in_date: 0, due_soon: 1, overdue: 2, missing: 2 };

describe('case due dates, for any case', () => {
  it('do not depend on the order the facts come in', () => {
    fc.assert(
      fc.property(withToday, fc.integer(), ([facts, today], seed) => {
        const shuffle = <T>(xs: readonly T[]) =>
          xs
            .map((x, i) => [x, (i * 7919 + seed) % 101] as const)
            .sort((a, b) => a[1] - b[1])
            .map(([x]) => x);
        const shuffled: CaseFacts = {
          ...facts,
          parties: shuffle(facts.parties),
          incidentLinkedOn: shuffle(facts.incidentLinkedOn),
          assessments: shuffle(facts.assessments),
          reviews: shuffle(facts.reviews),
          contactPlans: shuffle(facts.contactPlans),
          contacts: shuffle(facts.contacts),
        };
        // The lists follow the order of the parties; what each person owes must not change.
        expect(sorted(caseDue(shuffled, S, today))).toEqual(sorted(caseDue(facts, S, today)));
      }),
      { numRuns: 2000 },
    );
  });

  it('depend only on the facts, while today decides only the state', () => {
    fc.assert(
      fc.property(
        arbFacts().chain((f) => fc.tuple(fc.constant(f), arbToday(f), arbToday(f))),
        ([facts, a, b]) => {
          expect(items(facts, S, a).map(([k, d]) => [k, d])).toEqual(items(facts, S, b).map(([k, d]) => [k, d]));
        },
      ),
    );
  });

  it('are on time on the due date and late from the day after', () => {
    fc.assert(
      fc.property(withToday, ([facts, today]) => {
        for (const [key, dueOn] of items(facts, S, today)) {
          const on = items(facts, S, dueOn).find(([k]) => k === key)!;
          const next = items(facts, S, addCalendarDays(dueOn, 1)).find(([k]) => k === key)!;
          expect(isLate(on[2])).toBe(false);
          expect(isLate(next[2])).toBe(true);
        }
      }),
    );
  });

  it('only get worse as the days pass without anything done', () => {
    fc.assert(
      fc.property(
        arbFacts().chain((f) => fc.tuple(fc.constant(f), arbToday(f), fc.integer({ min: 1, max: 60 }))),
        ([facts, today, later]) => {
          const before = items(facts, S, today);
          const afterwards = items(facts, S, addCalendarDays(today, later));
          before.forEach(([, , state], i) => expect(RANK[afterwards[i]![2]]).toBeGreaterThanOrEqual(RANK[state]));
        },
      ),
    );
  });

  it('are not changed by attempted contacts', () => {
    fc.assert(
      fc.property(withToday, after(FIRST_DAY, 3000), fc.constantFrom(...PEOPLE), ([facts, today], on, personId) => {
        const attempted = { ...facts, contacts: [...facts.contacts, { personId, contactedOn: on, outcome: 'attempted' as const }] };
        expect(caseDue(attempted, S, today)).toEqual(caseDue(facts, S, today));
      }),
    );
  });

  it('make a victim on time for a while after a contact is made today', () => {
    fc.assert(
      fc.property(withToday, ([facts, today]) => {
        const victims = caseDue(facts, S, today).contacts.map((c) => c.personId);
        const contacted = {
          ...facts,
          contacts: [...facts.contacts, ...victims.map((personId) => ({ personId, contactedOn: today, outcome: 'made' as const }))],
        };
        for (const c of caseDue(contacted, S, today).contacts) {
          expect(c.lastContactOn! >= today).toBe(true);
          expect(isLate(c.state)).toBe(false);
          expect(daysBetween(today, c.dueOn)).toBeGreaterThanOrEqual(c.frequencyDays);
        }
      }),
    );
  });

  it('never put the supervisory review more than the interval after the last review (or the opening)', () => {
    fc.assert(
      fc.property(withToday, ([facts, today]) => {
        const review = caseDue(facts, S, today).review!;
        const from = review.lastReviewedOn ?? facts.openedOn;
        expect(daysBetween(from, review.dueOn)).toBeLessThanOrEqual(S.supervisoryReviewDays);
        expect(review.state).not.toBe('missing');
      }),
    );
  });

  it('give a risk assessment not yet done after its trigger two days from that trigger, else the level’s interval', () => {
    fc.assert(
      fc.property(withToday, ([facts, today]) => {
        for (const ra of caseDue(facts, S, today).riskAssessments) {
          if (ra.reason.startsWith('review for ')) expect(daysBetween(ra.lastCompletedOn!, ra.dueOn)).toBe(S.riskReviewDays[ra.lastLevel!]);
          else expect(ra.lastCompletedOn === null || ra.lastCompletedOn < addCalendarDays(ra.dueOn, -S.riskAssessmentDueDays)).toBe(true);
          if (ra.state === 'missing') expect(ra.lastCompletedOn).toBeNull();
        }
      }),
    );
  });

  it('owe nothing once the case is closed', () => {
    fc.assert(
      fc.property(withToday, ([facts, today]) => {
        expect(caseDue({ ...facts, closed: true }, S, today)).toEqual({ riskAssessments: [], review: null, contacts: [] });
      }),
    );
  });
});

describe('due dates of a case opened at any instant (Europe/London)', () => {
  const arbInstant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2031, 0, 1) }).map((ms) => new Date(ms));

  it('fall whole London calendar days after the London date it opened, whatever the clock change', () => {
    fc.assert(
      fc.property(arbInstant, (opened) => {
        const openedOn = londonDate(opened);
        const due = caseDue(
          {
            openedOn,
            closed: false,
            parties: [{ personId: 'v', role: 'victim', addedOn: openedOn }],
            incidentLinkedOn: [openedOn],
            assessments: [],
            reviews: [],
            contactPlans: [],
            contacts: [],
          },
          S,
          openedOn,
        );
        expect(daysBetween(openedOn, due.review!.dueOn)).toBe(28);
        expect(daysBetween(openedOn, due.riskAssessments[0]!.dueOn)).toBe(2);
        expect(daysBetween(openedOn, due.contacts[0]!.dueOn)).toBe(14);
        // The due date is a real London day: its first instant is dated that day.
        expect(londonDate(londonDayStart(due.review!.dueOn))).toBe(due.review!.dueOn);
        expect(londonDate(new Date(londonDayStart(due.review!.dueOn, 1).getTime() - 1))).toBe(due.review!.dueOn);
      }),
    );
  });
});
