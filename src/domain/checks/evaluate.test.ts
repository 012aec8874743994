import { describe, expect, it } from 'vitest';
import { evaluateChecks, type EvaluateChecksInput } from './evaluate.js';
import { aFact, anOpenCase, aVulnerability, CITY, london, theCurrentReport } from './test-facts.js';
import { DEFAULT_CHECK_RULES } from './types.js';

const now = london('2026-03-15 10:00');
const point = { easting: 458_000, northing: 304_000, lsoa21Code: 'E01013600' };
const nothing: EvaluateChecksInput = {
  victimFacts: [],
  vulnerabilities: [],
  currentFactors: [],
  nearby: [],
  point: null,
  perpetratorFacts: [],
  openCases: [],
  now,
  rules: DEFAULT_CHECK_RULES,
};

describe('evaluating every check at the point of report', () => {
  it('says what could not be checked when there is no person, place or perpetrator', () => {
    expect(evaluateChecks(nothing)).toEqual({
      repeatVictim: { met: false, reason: 'No person identified', incidentIds: [] },
      vulnerable: { met: false, reason: 'No person identified', incidentIds: [] },
      repeatLocation: { met: false, reason: 'No location given', incidentIds: [] },
      knownPerpetrator: { met: false, reason: 'No perpetrator named', incidentIds: [] },
      caseReviewThreshold: { met: false, reason: 'No person identified', incidentIds: [], explainCaseReview: false },
    });
  });

  it('still flags a vulnerability given in this report when the person is not identified yet', () => {
    expect(evaluateChecks({ ...nothing, currentFactors: ['age'] }).vulnerable).toMatchObject({ met: true });
  });

  it('checks a known person with no history when told the person is known', () => {
    const flags = evaluateChecks({ ...nothing, personKnown: true, perpetratorNamed: true });
    expect(flags.repeatVictim.reason).toBe('No ASB incidents as victim or complainant in the last 12 months, across all partners');
    expect(flags.vulnerable.reason).toBe('No vulnerability recorded now or before');
    expect(flags.knownPerpetrator.reason).toBe('No earlier ASB incidents or open cases for the named perpetrator');
  });

  it('runs every check for a caller with two earlier incidents, at a busy place, naming a known perpetrator', () => {
    const here = { easting: point.easting + 20, northing: point.northing - 30, lsoa21Code: point.lsoa21Code };
    const current = theCurrentReport({ reportedAt: now, ...here });
    const flags = evaluateChecks({
      ...nothing,
      victimFacts: [
        current,
        aFact({ incidentId: 'v1', reportedAt: london('2026-01-10') }),
        aFact({ incidentId: 'v2', ...CITY, reportedAt: london('2025-12-01') }),
      ],
      vulnerabilities: [aVulnerability({ incidentId: 'v2' })],
      nearby: [current, aFact({ incidentId: 'n1', role: undefined, ...here }), aFact({ incidentId: 'v1', role: undefined, ...here })],
      point,
      perpetratorFacts: [aFact({ incidentId: 'p1', role: 'perpetrator', reportedAt: london('2025-08-01') })],
      openCases: [
        anOpenCase({ caseId: 'mine', reference: 'CASE-V', partyRole: 'victim' }),
        anOpenCase({ caseId: 'theirs', reference: 'CASE-P' }),
      ],
    });
    expect(flags.repeatVictim).toMatchObject({ met: true, incidentIds: ['v1', 'v2'] });
    expect(flags.vulnerable).toMatchObject({ met: true, incidentIds: ['v2'] });
    expect(flags.repeatLocation).toMatchObject({ met: true, incidentIds: ['n1', 'v1'] });
    expect(flags.knownPerpetrator.met).toBe(true);
    expect(flags.knownPerpetrator.reason).toContain('CASE-P');
    expect(flags.knownPerpetrator.reason).not.toContain('CASE-V');
    expect(flags.caseReviewThreshold).toMatchObject({ met: true, explainCaseReview: true, incidentIds: ['v2', 'v1'] });
  });

  it('takes the perpetrator’s open cases as given when they are passed separately', () => {
    const flags = evaluateChecks({ ...nothing, perpetratorOpenCases: [anOpenCase({ partyRole: undefined })] });
    expect(flags.knownPerpetrator.met).toBe(true);
  });

  it('never shows a case without a role against the perpetrator', () => {
    const flags = evaluateChecks({ ...nothing, perpetratorNamed: true, openCases: [anOpenCase({ partyRole: undefined })] });
    expect(flags.knownPerpetrator.met).toBe(false);
  });

  it('follows the partnership’s rules', () => {
    const flags = evaluateChecks({
      ...nothing,
      victimFacts: [theCurrentReport({ reportedAt: now }), aFact({ reportedAt: london('2026-02-01') })],
      rules: { ...DEFAULT_CHECK_RULES, caseReview: { ...DEFAULT_CHECK_RULES.caseReview, minIncidents: 2 } },
    });
    expect(flags.caseReviewThreshold.met).toBe(true);
  });
});
