import { describe, expect, it } from 'vitest';
import { checkCaseReviewThreshold, isQualifyingComplaint } from './case-review-threshold.js';
import { aFact, CITY, HOUSING, london, POLICE, theCurrentReport } from './test-facts.js';
import { DEFAULT_CHECK_RULES, type IncidentFact } from './types.js';

const rule = DEFAULT_CHECK_RULES.caseReview;
const now = london('2026-03-15 10:00');
/** A victim's report made on `reported`, about behaviour that began on `behaviour` (London times). */
const complaint = (id: string, reported: string, behaviour: string | null = reported, over: Partial<IncidentFact> = {}) =>
  aFact({
    incidentId: id,
    reference: id.toUpperCase(),
    reportedAt: london(reported),
    occurredFrom: behaviour === null ? null : london(behaviour),
    ...over,
  });

describe('the ASB Case Review threshold (LLR rule)', () => {
  it('is met by three separate qualifying incidents in the last six months', () => {
    const flag = checkCaseReviewThreshold(
      [
        complaint('a', '2025-10-20 09:00', '2025-10-19 22:00'),
        complaint('b', '2026-01-05 11:00', '2026-01-04 23:00', CITY),
        theCurrentReport({ reportedAt: now, occurredFrom: london('2026-03-14 21:00') }),
      ],
      now,
      rule,
    );
    expect(flag).toEqual({
      met: true,
      reason:
        'Meets the ASB Case Review threshold: 3 separate qualifying incidents in the last 6 months (3 needed). ' +
        'Counted: A (Leicestershire Police, reported 20 October 2025); B (Leicester City Council, reported 5 January 2026); this report',
      incidentIds: ['a', 'b'],
      explainCaseReview: true,
    });
  });

  it('is not met by two, and prompts to explain the Case Review on the second report', () => {
    const flag = checkCaseReviewThreshold([complaint('a', '2026-01-05 11:00'), theCurrentReport({ reportedAt: now })], now, rule);
    expect(flag).toEqual({
      met: false,
      reason:
        'Does not meet the ASB Case Review threshold: 2 separate qualifying incidents in the last 6 months (3 needed, or one hate incident). ' +
        'Counted: A (Leicestershire Police, reported 5 January 2026); this report. ' +
        'This is a second report within six months: explain the ASB Case Review',
      incidentIds: ['a'],
      explainCaseReview: true,
    });
  });

  it('does not prompt on a first report', () => {
    const flag = checkCaseReviewThreshold([theCurrentReport({ reportedAt: now }), complaint('old', '2025-09-14 10:00')], now, rule);
    expect(flag.explainCaseReview).toBe(false);
    expect(flag.met).toBe(false);
  });

  it('prompts on a second report even when the earlier one does not qualify', () => {
    const flag = checkCaseReviewThreshold(
      [complaint('late', '2026-03-01', '2026-01-10'), theCurrentReport({ reportedAt: now })],
      now,
      rule,
    );
    expect(flag).toMatchObject({ met: false, explainCaseReview: true, incidentIds: [] });
  });

  it('says so when there are no reports at all', () => {
    expect(checkCaseReviewThreshold([], now, rule)).toEqual({
      met: false,
      reason:
        'Does not meet the ASB Case Review threshold: no qualifying incidents as victim or complainant in the last 6 months (3 needed, or one hate incident)',
      incidentIds: [],
      explainCaseReview: false,
    });
  });
});

describe('qualifying complaints: reported within one month of the behaviour', () => {
  it('counts a complaint made on the same date a month after the behaviour, not the day after', () => {
    expect(isQualifyingComplaint(complaint('a', '2026-02-10 23:59', '2026-01-10 00:01'), 1)).toBe(true);
    expect(isQualifyingComplaint(complaint('a', '2026-02-11 00:00', '2026-01-10 23:59'), 1)).toBe(false);
  });

  it('uses London dates: behaviour at 00:30 BST on 1 April may be reported up to 1 May', () => {
    const behaviour = new Date('2026-03-31T23:30:00Z');
    expect(isQualifyingComplaint(aFact({ occurredFrom: behaviour, reportedAt: london('2026-05-01 23:00') }), 1)).toBe(true);
    expect(isQualifyingComplaint(aFact({ occurredFrom: behaviour, reportedAt: london('2026-05-02 00:10') }), 1)).toBe(false);
  });

  it('uses London dates at the autumn change: behaviour at 00:30 GMT on 1 November may be reported up to 1 December', () => {
    const behaviour = new Date('2026-11-01T00:30:00Z');
    expect(isQualifyingComplaint(aFact({ occurredFrom: behaviour, reportedAt: london('2026-12-01 18:00') }), 1)).toBe(true);
    expect(isQualifyingComplaint(aFact({ occurredFrom: behaviour, reportedAt: london('2026-12-02 09:00') }), 1)).toBe(false);
  });

  it('takes the end of a shorter month: behaviour on 31 January may be reported up to 28 February', () => {
    expect(isQualifyingComplaint(complaint('a', '2026-02-28', '2026-01-31'), 1)).toBe(true);
    expect(isQualifyingComplaint(complaint('a', '2026-03-01', '2026-01-31'), 1)).toBe(false);
  });

  it('treats the report date as the behaviour date when the behaviour date is not known', () => {
    expect(isQualifyingComplaint(complaint('a', '2026-02-28', null), 1)).toBe(true);
  });

  it('does not count complaints made more than a month after the behaviour, and says why', () => {
    const flag = checkCaseReviewThreshold(
      [
        complaint('a', '2026-01-05', '2026-01-04'),
        complaint('late', '2026-02-20', '2026-01-10', CITY),
        theCurrentReport({ reportedAt: now }),
      ],
      now,
      rule,
    );
    expect(flag.met).toBe(false);
    expect(flag.incidentIds).toEqual(['a']);
    expect(flag.reason).toContain(
      'Not counted: LATE (Leicester City Council, reported 20 February 2026), made more than 1 month after the behaviour on 10 January 2026',
    );
  });
});

describe('one incident reported to several agencies counts once', () => {
  it('counts reports of the same night to the police and the council once', () => {
    const flag = checkCaseReviewThreshold(
      [
        complaint('p', '2026-02-01 08:00', '2026-01-31 23:00'),
        complaint('c', '2026-02-02 09:30', '2026-02-01 01:00', CITY),
        theCurrentReport({ reportedAt: now }),
      ],
      now,
      rule,
    );
    expect(flag.met).toBe(false);
    expect(flag.incidentIds).toEqual(['p', 'c']);
    expect(flag.reason).toMatch(/^Does not meet the ASB Case Review threshold: 2 separate qualifying incidents/);
    expect(flag.reason).toContain('Not counted: C (Leicester City Council, reported 2 February 2026), the same incident as P');
  });

  it('counts a chain of reports to alternate agencies 20 hours apart as two incidents, not one', () => {
    const flag = checkCaseReviewThreshold(
      [
        complaint('p1', '2026-02-01 09:00', '2026-02-01 00:00'),
        complaint('c', '2026-02-01 21:00', '2026-02-01 20:00', CITY),
        complaint('p2', '2026-02-02 17:00', '2026-02-02 16:00'),
      ],
      now,
      rule,
    );
    expect(flag.reason).toMatch(/2 separate qualifying incidents/);
    expect(flag.reason).toContain('C (Leicester City Council, reported 1 February 2026), the same incident as P1');
  });

  it('counts two reports to the same agency as separate incidents', () => {
    const flag = checkCaseReviewThreshold(
      [complaint('p1', '2026-02-01 09:00'), complaint('p2', '2026-02-01 21:00'), complaint('p3', '2026-02-02 09:00')],
      now,
      rule,
    );
    expect(flag.met).toBe(true);
  });

  it('counts the incident when only one of its reports was made in time', () => {
    const flag = checkCaseReviewThreshold(
      [complaint('p', '2026-02-01', '2026-01-31', POLICE), complaint('h', '2026-03-05', '2026-02-01', HOUSING)],
      now,
      rule,
    );
    expect(flag.incidentIds).toEqual(['p']);
    expect(flag.reason).toContain(
      'Counted: P (Leicestershire Police, reported 1 February 2026). Not counted: H (Leicester Housing, reported 5 March 2026), the same incident as P',
    );
  });

  it('says "the same incident as this report" when an earlier report duplicates the one being made', () => {
    const flag = checkCaseReviewThreshold(
      [
        complaint('p', '2026-03-14 22:00', '2026-03-14 21:00'),
        theCurrentReport({ ...CITY, reportedAt: now, occurredFrom: london('2026-03-14 20:30') }),
      ],
      now,
      rule,
    );
    expect(flag.reason).toContain(
      'Counted: this report. Not counted: P (Leicestershire Police, reported 14 March 2026), the same incident as this report',
    );
    expect(flag.incidentIds).toEqual(['p']);
  });
});

describe('a hate incident alone', () => {
  it('meets the threshold under the LLR rule', () => {
    const flag = checkCaseReviewThreshold([theCurrentReport({ reportedAt: now, hateRelated: true })], now, rule);
    expect(flag).toEqual({
      met: true,
      reason:
        'Meets the ASB Case Review threshold: a hate incident (this report) in the last 6 months; under the local procedure one is enough. ' +
        'Counted: this report, a hate incident',
      incidentIds: [],
      explainCaseReview: false,
    });
  });

  it('is recognised by its type as well as its flag', () => {
    expect(
      checkCaseReviewThreshold([complaint('h', '2026-03-01', '2026-03-01', { incidentTypeCode: 'hate-related' })], now, rule).met,
    ).toBe(true);
  });

  it('does not meet the threshold where the local procedure does not say so', () => {
    const flag = checkCaseReviewThreshold([complaint('h', '2026-03-01', '2026-03-01', { hateRelated: true })], now, {
      ...rule,
      hateIncidentAlone: false,
    });
    expect(flag.met).toBe(false);
    expect(flag.reason).toContain('(3 needed)');
  });

  it('must itself be reported within a month of the behaviour', () => {
    expect(checkCaseReviewThreshold([complaint('h', '2026-03-01', '2026-01-01', { hateRelated: true })], now, rule).met).toBe(false);
  });
});

describe('the six-month window', () => {
  it('counts a report made on the same London date six months ago, and not the day before', () => {
    const two = [complaint('b', '2026-01-10'), theCurrentReport({ reportedAt: now })];
    expect(checkCaseReviewThreshold([complaint('edge', '2025-09-15 00:00'), ...two], now, rule).met).toBe(true);
    expect(checkCaseReviewThreshold([complaint('old', '2025-09-14 23:59'), ...two], now, rule).met).toBe(false);
  });

  it('runs from 28 February when today is 31 August', () => {
    const aug31 = london('2026-08-31 12:00');
    const two = [complaint('b', '2026-05-10'), theCurrentReport({ reportedAt: aug31 })];
    expect(checkCaseReviewThreshold([complaint('edge', '2026-02-28 08:00'), ...two], aug31, rule).met).toBe(true);
    expect(checkCaseReviewThreshold([complaint('old', '2026-02-27 23:00'), ...two], aug31, rule).met).toBe(false);
  });

  it('counts only reports the person made as victim or complainant', () => {
    const flag = checkCaseReviewThreshold(
      [
        complaint('w', '2026-02-01', '2026-02-01', { role: 'witness' }),
        complaint('x', '2026-02-05', '2026-02-05', { role: 'perpetrator' }),
        complaint('c', '2026-02-10', '2026-02-10', { role: 'complainant' }),
        theCurrentReport({ reportedAt: now }),
      ],
      now,
      rule,
    );
    expect(flag).toMatchObject({ met: false, incidentIds: ['c'] });
  });

  it('follows a lower local number of incidents', () => {
    const flag = checkCaseReviewThreshold([complaint('a', '2026-02-01'), theCurrentReport({ reportedAt: now })], now, {
      ...rule,
      minIncidents: 2,
    });
    expect(flag.met).toBe(true);
  });
});
