/**
 * Builders for the powers rule tests: a proposal, a recorded intervention and a context, with
 * defaults that pass every rule for a warning letter to an adult.
 */
import { DEFAULT_INTERVENTION_TYPES } from './default-types.js';
import { DEFAULT_POWERS_SETTINGS } from './settings.js';
import type { InterventionContext, InterventionProposal, InterventionRecord } from './types.js';
import { NO_PARTICULARS } from './particulars.js';

export const TODAY = '2026-06-15';
export const NOW = new Date('2026-06-15T11:00:00Z');
export const PERSON = 'person-1';

export function aProposal(overrides: Partial<InterventionProposal> = {}): InterventionProposal {
  return {
    typeCode: 'warning_letter',
    subjectKind: 'person',
    personId: PERSON,
    subjectDateOfBirth: '1990-01-01',
    subjectText: null,
    conduct: 'Loud music late at night',
    issuedOn: TODAY,
    ...NO_PARTICULARS,
    ...overrides,
  };
}

let seq = 0;
export function aRecord(overrides: Partial<InterventionRecord> = {}): InterventionRecord {
  seq += 1;
  return {
    id: `rec-${seq}`,
    caseId: 'case-1',
    typeCode: 'warning_letter',
    subjectKind: 'person',
    personId: PERSON,
    subjectText: null,
    conduct: 'Loud music late at night',
    issuedOn: '2026-05-01',
    servedAt: null,
    startsOn: null,
    endsOn: null,
    endsAt: null,
    complianceDueOn: null,
    linkedInterventionId: null,
    authorisedByRank: null,
    authorisedInWriting: null,
    grounds: null,
    outcome: null,
    outcomeOn: null,
    ...overrides,
  };
}

export function aContext(overrides: Partial<InterventionContext> = {}): InterventionContext {
  return { today: TODAY, now: NOW, history: [], types: DEFAULT_INTERVENTION_TYPES, settings: DEFAULT_POWERS_SETTINGS, ...overrides };
}

/** A written CPW to PERSON given on 1 May 2026 with 14 days to comply (last day 15 May). */
export const aCpw = (overrides: Partial<InterventionRecord> = {}) =>
  aRecord({
    typeCode: 'cpw',
    authorisedInWriting: true,
    issuedOn: '2026-05-01',
    complianceDueOn: '2026-05-15',
    terms: 'Stop playing loud music',
    ...overrides,
  });
