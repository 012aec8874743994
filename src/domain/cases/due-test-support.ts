/**
 * Test support for domain/cases/due.ts: example facts for the rule tests and fast-check
 * arbitraries for the property tests. Not a test file itself.
 */
import fc from 'fast-check';
import { addCalendarDays } from '../checks/calendar.js';
import type { CaseFacts } from './due.js';
import { DEFAULT_CASE_SETTINGS } from './settings.js';

export const S = DEFAULT_CASE_SETTINGS;
export const V1 = 'victim-1';
export const V2 = 'victim-2';
export const P1 = 'perpetrator-1';

/** A case opened on 2 March 2026 with one incident linked at opening, and nothing else done. */
export function aCase(over: Partial<CaseFacts> = {}): CaseFacts {
  return {
    openedOn: '2026-03-02',
    closed: false,
    parties: [],
    incidentLinkedOn: ['2026-03-02'],
    assessments: [],
    reviews: [],
    contactPlans: [],
    contacts: [],
    ...over,
  };
}
export const victim = (personId: string, addedOn = '2026-03-02') => ({ personId, role: 'victim' as const, addedOn });
export const perpetrator = (personId: string, addedOn = '2026-03-02') => ({ personId, role: 'perpetrator' as const, addedOn });
export const plan = (personId: string, frequencyDays: number, agreedOn: string, createdAt = new Date(`${agreedOn}T12:00:00Z`)) => ({
  personId,
  frequencyDays,
  agreedOn,
  createdAt,
});

export const FIRST_DAY = '2024-01-01';
export const PEOPLE = ['p1', 'p2', 'p3'] as const;

/** A London date from 2024 to 2030 (seven years of clock changes, month ends and a leap day). */
export const arbDate = fc.integer({ min: 0, max: 7 * 365 }).map((n) => addCalendarDays(FIRST_DAY, n));
/** A date 0–`max` (default 120) days on from `from`. */
export const after = (from: string, max = 120) => fc.integer({ min: 0, max }).map((n) => addCalendarDays(from, n));

/** Any case's facts: parties, links, assessments, reviews, plans and contacts after its opening. */
export const arbFacts = (closed: fc.Arbitrary<boolean> = fc.constant(false)): fc.Arbitrary<CaseFacts> =>
  arbDate.chain((openedOn) =>
    fc.record({
      openedOn: fc.constant(openedOn),
      closed,
      parties: fc.array(
        fc.record({
          personId: fc.constantFrom(...PEOPLE),
          role: fc.constantFrom('victim' as const, 'perpetrator' as const, 'witness' as const),
          addedOn: after(openedOn, 60),
        }),
        { maxLength: 5 },
      ),
      incidentLinkedOn: fc.array(after(openedOn), { minLength: 1, maxLength: 4 }),
      assessments: fc.array(
        fc
          .record({
            kind: fc.constantFrom('case' as const, 'victim' as const, 'perpetrator' as const),
            personId: fc.constantFrom(...PEOPLE),
            completedOn: after(openedOn),
            level: fc.constantFrom('standard' as const, 'medium' as const, 'high' as const),
          })
          .map((a) => ({ ...a, personId: a.kind === 'case' ? null : a.personId })),
        { maxLength: 6 },
      ),
      reviews: fc.array(
        after(openedOn).chain((reviewedOn) => fc.record({ reviewedOn: fc.constant(reviewedOn), nextReviewOn: after(reviewedOn, 60) })),
        { maxLength: 4 },
      ),
      contactPlans: fc.array(
        fc.record({
          personId: fc.constantFrom(...PEOPLE),
          frequencyDays: fc.integer({ min: 1, max: 60 }),
          agreedOn: after(openedOn),
          createdAt: fc.integer({ min: 0, max: 1000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 60_000)),
        }),
        { maxLength: 4 },
      ),
      contacts: fc.array(
        fc.record({
          personId: fc.constantFrom(...PEOPLE),
          contactedOn: after(openedOn),
          outcome: fc.constantFrom('made' as const, 'attempted' as const),
        }),
        { maxLength: 6 },
      ),
    }),
  );
