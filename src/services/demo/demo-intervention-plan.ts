/**
 * The demo interventions' plan (demo-interventions.ts seeds it): which chain of steps along the
 * Incremental Approach each demo case gets, spaced in days within the case's life, and the
 * premises and area measures (closure, dispersal). Pure: no I/O; every step is still checked by
 * checkIntervention when seeded.
 */
import { addCalendarDays, addCalendarMonths, londonDate } from '../../domain/checks/calendar.js';
import { ageOn } from '../../domain/powers/deadlines.js';
import type { InterventionProposal } from '../../domain/powers/types.js';
import { londonDayStart } from '../../domain/time/london.js';
import type { Random } from './prng.js';
import { NO_PARTICULARS } from '../../domain/powers/particulars.js';

export const HOUR = 3_600_000;
export const SKIP = '[SYNTHETIC] The behaviour continued and escalated; the partnership agreed this step was proportionate.';
export const CONDUCT = [
  '[SYNTHETIC] Loud music and shouting late at night affecting neighbours.',
  '[SYNTHETIC] Verbal abuse and intimidation of neighbours in the street.',
  '[SYNTHETIC] Gathering with others outside homes, littering and damaging fences.',
  '[SYNTHETIC] Repeated harassment of a neighbour and their visitors.',
];
export const TERMS = 'Do not play amplified music audible outside the home between 11pm and 7am; do not abuse or intimidate neighbours.';

export interface DemoCase {
  id: string;
  orgId: string;
  officerId: string | null;
  openedOn: string;
  lastOn: string;
  location: string | null;
  police: boolean;
  personId: string | null;
  name: string;
  dob: string | null;
  hasParent: boolean;
}
export type Step = Partial<InterventionProposal> & { typeCode: string; issuedOn: string };

/** A proposal with every unset field null. */
export function proposalOf(c: DemoCase, s: Step, conduct: string): InterventionProposal {
  const person = (s.subjectKind ?? 'person') === 'person';
  return {
    subjectKind: 'person',
    personId: person ? c.personId : null,
    subjectDateOfBirth: person ? c.dob : null,
    subjectText: null,
    conduct,
    ...NO_PARTICULARS,
    ...s,
  };
}

/** The steps of a chain against the case's perpetrator, spaced in days; cut where the case runs out of time. */
function ladderSteps(rng: Random, c: DemoCase, kind: string): Step[] {
  const codes: Record<string, string[]> = {
    short: ['advice'],
    letter: ['advice', 'warning_letter'],
    abc: ['advice', 'warning_letter', 'abc'],
    support: ['advice', 'support_referral', 'abc'],
    cpn: ['advice', 'warning_letter', 'cpw', 'cpn'],
    injunction: ['advice', 'abc', 'civil_injunction'],
  };
  const age = c.dob ? ageOn(c.dob, c.openedOn) : null;
  const steps: Step[] = [];
  let on = addCalendarDays(c.openedOn, rng.int(1, 5));
  for (const code of codes[kind]!) {
    if (on > c.lastOn) break;
    const s: Step = { typeCode: code, issuedOn: on };
    if (code === 'warning_letter' || code === 'cpw' || code === 'abc') s.authorisedInWriting = true;
    if (code === 'abc') {
      s.terms = TERMS;
      s.startsOn = on;
      s.endsOn = addCalendarMonths(on, 6);
    }
    if (code === 'cpw') {
      s.terms = TERMS;
      s.complianceDueOn = addCalendarDays(on, rng.int(14, 28));
    }
    if (code === 'cpn') {
      s.terms = TERMS;
      s.issuedOn = addCalendarDays(steps.at(-1)!.complianceDueOn!, rng.int(1, 7));
    }
    if (code === 'civil_injunction') {
      const young = age !== null && age < 18;
      Object.assign(s, { terms: TERMS, startsOn: on, court: young ? 'youth' : 'county', endsOn: addCalendarMonths(on, young ? 6 : 12) });
      if (young)
        Object.assign(s, {
          youthJusticeConsultedOn: addCalendarDays(on, -rng.int(3, 10)),
          youthJusticeViews: '[SYNTHETIC] The youth justice service supports the application with a positive requirement.',
        });
    }
    if (s.issuedOn > c.lastOn) break;
    steps.push(s);
    on = addCalendarDays(s.issuedOn, code === 'cpw' ? 0 : rng.int(10, 28));
  }
  return steps;
}

/** A closure notice served by the lead agency and the closure order heard within 48 hours [S38]–[S40]. */
function closureSteps(rng: Random, c: DemoCase): Step[] {
  const day = addCalendarDays(c.lastOn, -rng.int(2, 20));
  if (day < c.openedOn) return [];
  const servedAt = new Date(londonDayStart(day).getTime() + 15 * HOUR);
  const hearingAt = new Date(servedAt.getTime() + 20 * HOUR);
  const premises = { subjectKind: 'premises' as const, subjectText: c.location ?? '[SYNTHETIC] 12 Demo Street' };
  const on = londonDate(hearingAt);
  return [
    {
      ...premises,
      typeCode: 'closure_notice',
      issuedOn: day,
      servedAt,
      endsAt: new Date(servedAt.getTime() + 24 * HOUR),
      authorisedByRank: c.police ? 'inspector' : 'council_officer',
      authorisedInWriting: true,
      grounds: '[SYNTHETIC] Nuisance to the public from the use of the premises.',
    },
    {
      ...premises,
      typeCode: 'closure_order',
      issuedOn: on,
      startsOn: on,
      endsOn: addCalendarMonths(on, 3),
      hearingAt,
      court: 'magistrates',
      grounds: '[SYNTHETIC] Serious nuisance to members of the public.',
    },
  ];
}

/** A dispersal authorisation by an inspector for 24 hours and a direction given under it [S34]–[S36]. */
function dispersalSteps(rng: Random, c: DemoCase): Step[] {
  const day = addCalendarDays(c.lastOn, -rng.int(1, 15));
  if (day < c.openedOn) return [];
  const from = new Date(londonDayStart(day).getTime() + 18 * HOUR);
  const given = new Date(from.getTime() + 2 * HOUR);
  return [
    {
      typeCode: 'dispersal_authorisation',
      subjectKind: 'area',
      subjectText: `[SYNTHETIC] Streets around ${c.location ?? 'the town centre'}`,
      issuedOn: day,
      servedAt: from,
      endsAt: new Date(from.getTime() + 24 * HOUR),
      authorisedByRank: 'inspector',
      authorisedInWriting: true,
      grounds: '[SYNTHETIC] Groups causing harassment and alarm on Friday evenings.',
    },
    { typeCode: 'dispersal_direction', issuedOn: londonDate(given), servedAt: given, endsAt: new Date(given.getTime() + 24 * HOUR) },
  ];
}

/** Which chain each case with a perpetrator gets: the longest on the oldest cases; injunctions for under-18s first. */
export function plan(rng: Random, cases: DemoCase[]): Map<DemoCase, Step[]> {
  const withPerp = cases.filter((c) => c.personId).sort((a, b) => a.openedOn.localeCompare(b.openedOn));
  const young = (c: DemoCase) => !!c.dob && ageOn(c.dob, c.openedOn) < 18;
  const injunctions = [...withPerp.filter(young).slice(0, 2), ...withPerp.filter((c) => !young(c)).slice(0, 2)];
  const out = new Map<DemoCase, Step[]>();
  let cpns = 0;
  for (const c of withPerp) {
    const under16 = !!c.dob && ageOn(c.dob, c.openedOn) < 16;
    const kind = injunctions.includes(c)
      ? 'injunction'
      : cpns < 4 && !under16
        ? (cpns++, 'cpn')
        : rng.weighted([
            ['short', 1],
            ['letter', 2],
            ['abc', 3],
            [under16 ? 'support' : 'cpn', 3],
          ]);
    out.set(c, ladderSteps(rng, c, kind));
  }
  const police = cases.filter((c) => c.police).sort((a, b) => a.openedOn.localeCompare(b.openedOn));
  const closure = police[0] ?? cases[0];
  if (closure) out.set(closure, [...(out.get(closure) ?? []), ...closureSteps(rng, closure)]);
  const dispersal = police.find((c) => c !== closure && c.personId);
  if (dispersal) out.set(dispersal, [...(out.get(dispersal) ?? []), ...dispersalSteps(rng, dispersal)]);
  return out;
}
