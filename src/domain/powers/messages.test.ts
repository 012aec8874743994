/**
 * The exact message a user sees when each rule blocks (issue 5: "a test per rule showing the
 * message a user sees when it blocks"). One row per rule; the edge cases are in the
 * check-*.test.ts files.
 */
import { describe, expect, it } from 'vitest';
import { checkIntervention } from './check-intervention.js';
import { aContext, aCpw, aProposal, aRecord } from './test-support.js';
import type { InterventionProposal, InterventionRecord } from './types.js';

const at = (iso: string) => new Date(iso);
const premises = { subjectKind: 'premises' as const, personId: null, subjectDateOfBirth: null, subjectText: '12 Mill Lane' };
const area = { subjectKind: 'area' as const, personId: null, subjectDateOfBirth: null, subjectText: 'Town centre' };
const cpw = aCpw();
const notice = aRecord({ ...premises, typeCode: 'closure_notice', servedAt: at('2026-06-10T09:00:00Z') });
const auth = aRecord({
  ...area,
  typeCode: 'dispersal_authorisation',
  authorisedByRank: 'inspector',
  authorisedInWriting: true,
  grounds: 'Groups',
  startsAt: at('2026-06-14T12:00:00Z'),
  endsAt: at('2026-06-15T12:00:00Z'),
});

const ROWS: [string, Partial<InterventionProposal>, InterventionRecord[], string, string][] = [
  [
    'rule 1: CPN without a warning',
    { typeCode: 'cpn' },
    [],
    'linkedInterventionId',
    'A Community Protection Notice needs an earlier written Community Protection Warning to the same person or body about the same conduct',
  ],
  [
    'rule 1: CPN before the time to comply has passed',
    { typeCode: 'cpn', linkedInterventionId: cpw.id, issuedOn: '2026-05-10' },
    [cpw],
    'issuedOn',
    'You cannot issue a Community Protection Notice until the time given to comply with the warning has passed: the last day to comply is 15 May 2026',
  ],
  [
    'rule 2: CPW to a person under 16',
    { typeCode: 'cpw', subjectDateOfBirth: '2011-01-01', authorisedInWriting: true, complianceDueOn: '2026-06-30' },
    [],
    'personId',
    'A Community Protection Warning can only be given to a person aged 16 or over, or to a body',
  ],
  [
    'rule 3: injunction on an under-18 without youth justice consultation',
    { typeCode: 'civil_injunction', subjectDateOfBirth: '2010-01-01', court: 'youth', endsOn: '2027-01-01' },
    [],
    'youthJusticeConsultedOn',
    'Enter the date the youth justice service was consulted: they must be consulted before applying for an injunction against a person under 18',
  ],
  [
    'rule 3: CBO on an under-18 without youth justice views',
    { typeCode: 'cbo', subjectDateOfBirth: '2010-01-01', convictionReference: 'C1', endsOn: '2028-01-01' },
    [],
    'youthJusticeViews',
    "Enter the youth justice service's views: the prosecution must find them out before applying for a Criminal Behaviour Order against a person under 18",
  ],
  [
    'rule 4: injunction on an under-18 outside the youth court',
    {
      typeCode: 'civil_injunction',
      subjectDateOfBirth: '2010-01-01',
      youthJusticeConsultedOn: '2026-06-01',
      court: 'county',
      endsOn: '2027-01-01',
    },
    [],
    'court',
    'An injunction against a person under 18 must be made in the youth court',
  ],
  [
    'rule 4: injunction on an under-18 for more than 12 months',
    {
      typeCode: 'civil_injunction',
      subjectDateOfBirth: '2010-01-01',
      youthJusticeConsultedOn: '2026-06-01',
      court: 'youth',
      endsOn: '2027-06-16',
    },
    [],
    'endsOn',
    'An injunction against a person under 18 can last no more than 12 months: the end date must be on or before 15 June 2027',
  ],
  [
    'minimum age 10 for an injunction',
    { typeCode: 'civil_injunction', subjectDateOfBirth: '2017-01-01' },
    [],
    'personId',
    'A civil injunction can only be made against a person aged 10 or over',
  ],
  [
    'CBO needs a conviction',
    { typeCode: 'cbo' },
    [],
    'convictionReference',
    'Enter the conviction the Criminal Behaviour Order was made on',
  ],
  [
    'rule 5: dispersal direction without an authorisation',
    { typeCode: 'dispersal_direction', servedAt: at('2026-06-15T10:00:00Z'), endsAt: at('2026-06-16T10:00:00Z') },
    [],
    'linkedInterventionId',
    'A dispersal direction needs an authorisation to use dispersal powers in force when it is given: select the authorisation',
  ],
  [
    'rule 5: dispersal exclusion over 48 hours',
    {
      typeCode: 'dispersal_direction',
      linkedInterventionId: auth.id,
      servedAt: at('2026-06-15T10:00:00Z'),
      endsAt: at('2026-06-17T10:00:01Z'),
    },
    [auth],
    'endsAt',
    'A dispersal direction can exclude a person for no more than 48 hours from when it was first given',
  ],
  [
    'rule 5: dispersal authorisation below inspector',
    {
      ...area,
      typeCode: 'dispersal_authorisation',
      authorisedByRank: 'sergeant',
      authorisedInWriting: true,
      grounds: 'G',
      servedAt: at('2026-06-15T10:00:00Z'),
      endsAt: at('2026-06-16T10:00:00Z'),
    },
    [],
    'authorisedByRank',
    'An authorisation to use dispersal powers must be given by a police officer of at least the rank of inspector',
  ],
  [
    'rule 6: closure notice over 24 hours',
    {
      ...premises,
      typeCode: 'closure_notice',
      authorisedByRank: 'inspector',
      servedAt: at('2026-06-15T09:00:00Z'),
      endsAt: at('2026-06-16T10:00:00Z'),
    },
    [],
    'endsAt',
    "A closure notice can last no more than 24 hours (48 hours if authorised by a superintendent or above, or the council's chief executive or their designate): it must end by 10:00am on 16 June 2026",
  ],
  [
    'rule 6: closure order hearing after 48 hours',
    {
      ...premises,
      typeCode: 'closure_order',
      linkedInterventionId: notice.id,
      hearingAt: at('2026-06-12T09:30:00Z'),
      endsOn: '2026-09-01',
    },
    [notice],
    'hearingAt',
    'The closure order hearing must be within 48 hours of the closure notice being served, not counting Christmas Day: by 10:00am on 12 June 2026',
  ],
  [
    'rule 7: closure order over 3 months',
    {
      ...premises,
      typeCode: 'closure_order',
      linkedInterventionId: notice.id,
      hearingAt: at('2026-06-11T09:00:00Z'),
      endsOn: '2026-09-16',
    },
    [notice],
    'endsOn',
    'A closure order can last no more than 3 months: the end date must be on or before 15 September 2026',
  ],
  [
    'rule 9: PSPO over 3 years',
    { ...area, typeCode: 'pspo', endsOn: '2029-06-16' },
    [],
    'endsOn',
    'A Public Spaces Protection Order can last no more than 3 years: the end date must be on or before 15 June 2029',
  ],
  [
    'rule 10: possession without a trigger event',
    { typeCode: 'absolute_possession', triggerEventOn: '2026-06-01' },
    [],
    'triggerEvent',
    'Select the trigger event for the absolute ground for possession',
  ],
  [
    'rule 10: possession without the date of the trigger event',
    { typeCode: 'absolute_possession', triggerEvent: 'serious_offence' },
    [],
    'triggerEventOn',
    'Enter the date of the trigger event: the time to give the notice runs from it',
  ],
  [
    'rule 10: possession notice more than 3 months after the closure order',
    { typeCode: 'absolute_possession', triggerEvent: 'closure_order', triggerEventOn: '2026-03-14' },
    [],
    'issuedOn',
    'A possession notice on the absolute ground must be given within 3 months of the closure order: the last day to give it was 13 June 2026',
  ],
  [
    'rule 10: possession notice more than 12 months after the conviction',
    { typeCode: 'absolute_possession', triggerEvent: 'serious_offence', triggerEventOn: '2025-06-14' },
    [],
    'issuedOn',
    'A possession notice on the absolute ground must be given within 12 months of the conviction: the last day to give it was 13 June 2026',
  ],
];

describe('the message a user sees when a rule blocks', () => {
  it.each(ROWS)('%s', (_rule, proposal, history, field, message) => {
    const r = checkIntervention(aProposal(proposal), aContext({ history }));
    expect(r.refusals.map((f) => ({ field: f.field, message: f.message }))).toEqual([{ field, message }]);
    expect(r.refusals[0]?.source).toMatch(/\[S\d+/);
  });
});
