/**
 * All the point-of-report checks at once (issue 3): the flags the report page and
 * POST /api/v1/checks/point-of-report show. Pure: the service gathers the facts from every
 * partner's records (and open data) and passes them in.
 */
import { checkCaseReviewThreshold } from './case-review-threshold.js';
import { notChecked } from './facts.js';
import { checkKnownPerpetrator } from './known-perpetrator.js';
import { checkRepeatLocation, type ReportPoint } from './repeat-location.js';
import { checkRepeatVictim } from './repeat-victim.js';
import type { CheckFlags, CheckRules, IncidentFact, OpenCaseFact, VulnerabilityFact } from './types.js';
import { checkVulnerable } from './vulnerable.js';

export interface EvaluateChecksInput {
  /** The person's incidents (any role), optionally with a 'current' fact for this report. */
  victimFacts: IncidentFact[];
  /** Vulnerabilities recorded about the person. */
  vulnerabilities: VulnerabilityFact[];
  /** Vulnerability factors given in this report. */
  currentFactors: string[];
  /** Incidents near the point, optionally with a 'current' fact. */
  nearby: IncidentFact[];
  /** The report's place; null when not known yet. */
  point: ReportPoint | null;
  /** The named perpetrator's incidents (any role), optionally with a 'current' fact. */
  perpetratorFacts: IncidentFact[];
  /** Open cases involving the person, the perpetrator or the place. */
  openCases: OpenCaseFact[];
  now: Date;
  rules: CheckRules;
  /**
   * Whether a person (the victim or caller) is identified. Default: any victimFacts or
   * vulnerabilities. Pass true for a known person with no history, so the flags say "no incidents"
   * rather than "no person identified".
   */
  personKnown?: boolean;
  /** Whether a perpetrator is named. Default: any perpetratorFacts or perpetrator open cases. */
  perpetratorNamed?: boolean;
  /**
   * The perpetrator's open cases. Default: those openCases with via 'person' and partyRole
   * 'perpetrator' (a case without partyRole is never taken as the perpetrator's here, so a victim's
   * case is never shown against the perpetrator).
   */
  perpetratorOpenCases?: OpenCaseFact[];
}

/**
 * Runs every check.
 * @returns the five flags. With no person identified, repeatVictim and caseReviewThreshold are
 *   `{ met: false, reason: 'No person identified', incidentIds: [] }` (and no Case Review
 *   explanation); vulnerable still reports factors given in this report. With no point,
 *   repeatLocation is 'No location given'; with no perpetrator named, knownPerpetrator is
 *   'No perpetrator named'.
 */
export function evaluateChecks(input: EvaluateChecksInput): CheckFlags {
  const personKnown = input.personKnown ?? (input.victimFacts.length > 0 || input.vulnerabilities.length > 0);
  const perpetratorCases = input.perpetratorOpenCases ?? input.openCases.filter((c) => c.via === 'person' && c.partyRole === 'perpetrator');
  const perpetratorNamed = input.perpetratorNamed ?? (input.perpetratorFacts.length > 0 || perpetratorCases.length > 0);
  const noPerson = 'No person identified';

  return {
    repeatVictim: personKnown ? checkRepeatVictim(input.victimFacts, input.now, input.rules.repeatVictim) : notChecked(noPerson),
    vulnerable:
      personKnown || input.currentFactors.length > 0
        ? checkVulnerable(personKnown ? input.vulnerabilities : [], input.currentFactors)
        : notChecked(noPerson),
    repeatLocation: input.point
      ? checkRepeatLocation(input.nearby, input.point, input.now, input.rules.repeatLocation)
      : notChecked('No location given'),
    knownPerpetrator: perpetratorNamed
      ? checkKnownPerpetrator(input.perpetratorFacts, perpetratorCases, input.now)
      : notChecked('No perpetrator named'),
    caseReviewThreshold: personKnown
      ? checkCaseReviewThreshold(input.victimFacts, input.now, input.rules.caseReview)
      : { ...notChecked(noPerson), explainCaseReview: false },
  };
}
