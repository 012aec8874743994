/**
 * The point-of-report checks' contract (issue 3): the facts the pure rules take, the flags
 * they return and the partnership's configurable rules. Rules live beside this file; services
 * gather the facts from every partner's records and call them.
 *
 * Instants are Date objects; calendar arithmetic is in Europe/London (src/domain/time).
 * Distances are metres on the British National Grid.
 */
export type PartyRole = 'victim' | 'complainant' | 'witness' | 'perpetrator' | 'subject';

/** An earlier incident linked to a person (or near a place), from any partner's records. */
export interface IncidentFact {
  incidentId: string;
  reference: string;
  /** Recording agency; null for open data (police.uk). */
  organisationId: string | null;
  organisationName: string | null;
  /** When it was reported to the agency. */
  reportedAt: Date;
  /** When the behaviour happened (start, end); null when not known. */
  occurredFrom: Date | null;
  occurredTo: Date | null;
  category: 'personal' | 'nuisance' | 'environmental' | null;
  incidentTypeCode: string | null;
  hateRelated: boolean;
  /** The person's role in it (for person checks); undefined for place checks. */
  role?: PartyRole;
  easting: number | null;
  northing: number | null;
  lsoa21Code: string | null;
}

/** A vulnerability recorded about a person, now or before. */
export interface VulnerabilityFact {
  factors: string[];
  recordedAt: Date;
  organisationName: string;
  incidentId: string | null;
}

/** An open case involving the person or the place. */
export interface OpenCaseFact {
  caseId: string;
  reference: string;
  leadOrganisationId: string;
  leadOrganisationName: string;
  leadOfficerName: string | null;
  /** Why it is relevant: the person is a party, or it is at/near the place. */
  via: 'person' | 'place';
  /**
   * When via is 'person': that person's role in the case, when known. checkKnownPerpetrator leaves
   * out cases where it is set to anything but 'perpetrator'; evaluateChecks gives that check only
   * cases where it is 'perpetrator' (unless perpetratorOpenCases is given).
   */
  partyRole?: PartyRole;
}

/** One check's answer, as the API returns it. */
export interface Flag {
  met: boolean;
  /** Plain words, e.g. "Victim of 2 ASB incidents in the last 12 months (across all partners)". */
  reason: string;
  /** The incidents it rests on (all of them; the service hides those the user may not see). */
  incidentIds: string[];
}

export interface CaseReviewFlag extends Flag {
  /** Second report within six months: explain the Case Review even if the threshold is not met (DOMAIN.md §3.6). */
  explainCaseReview: boolean;
}

export interface CheckFlags {
  repeatVictim: Flag;
  vulnerable: Flag;
  repeatLocation: Flag;
  knownPerpetrator: Flag;
  caseReviewThreshold: CaseReviewFlag;
}

/**
 * The partnership's LOCAL rules (DOMAIN.md §3.4, §4.1, LLR action plan §2.51), held in
 * `rule_settings` (key 'checks') and merged over DEFAULT_CHECK_RULES.
 */
export interface CheckRules {
  repeatVictim: {
    /** Look-back in calendar months (Europe/London). LLR: 12. */
    windowMonths: number;
    /** Incidents in the window, including this report, to be a repeat victim. LLR: "more than once" = 2. */
    minIncidents: number;
    roles: PartyRole[];
  };
  repeatLocation: {
    minIncidents: number;
    radiusMetres: number;
    windowDays: number;
    /** Also count incidents in the same LSOA (2021). */
    sameLsoa: boolean;
  };
  caseReview: {
    /** Look-back in calendar months. s.104(11): application within six months of the complaint. */
    windowMonths: number;
    /** Separate qualifying incidents that meet the threshold: at most 3 (s.104(4)); LLR: 3. */
    minIncidents: number;
    /** A complaint qualifies if reported within this many calendar months of the behaviour (s.104(11)): 1. */
    reportedWithinMonths: number;
    /** LLR: a single hate incident meets the threshold. */
    hateIncidentAlone: boolean;
    /** Reports to different agencies whose behaviour dates are this close are one incident (LOCAL). */
    duplicateWithinHours: number;
  };
}

export const DEFAULT_CHECK_RULES: CheckRules = {
  repeatVictim: { windowMonths: 12, minIncidents: 2, roles: ['victim', 'complainant'] },
  repeatLocation: { minIncidents: 3, radiusMetres: 100, windowDays: 90, sameLsoa: true },
  caseReview: { windowMonths: 6, minIncidents: 3, reportedWithinMonths: 1, hateIncidentAlone: true, duplicateWithinHours: 24 },
};
