import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastMonths, londonDate } from './calendar.js';
import { checkCaseReviewThreshold } from './case-review-threshold.js';
import { aFact, arbNow, arbScenario, CITY, HOUSING, POLICE, theCurrentReport } from './test-facts.js';
import { DEFAULT_CHECK_RULES, type IncidentFact } from './types.js';

const rule = DEFAULT_CHECK_RULES.caseReview;
const HOUR = 3_600_000;

/** Many reports close together, to several agencies: the hard case for counting duplicates once. */
const arbCrowded = arbNow.chain((now) =>
  fc.tuple(
    fc.constant(now),
    fc.uniqueArray(
      fc
        .record({
          id: fc.uuid(),
          reportedHoursAgo: fc.integer({ min: 0, max: 240 }),
          behaviourHoursBefore: fc.integer({ min: 0, max: 60 }),
          org: fc.constantFrom(POLICE, CITY, HOUSING),
          hateRelated: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
        })
        .map((r): IncidentFact => {
          const reportedAt = new Date(now.getTime() - r.reportedHoursAgo * HOUR);
          return aFact({
            incidentId: r.id,
            ...r.org,
            reportedAt,
            occurredFrom: new Date(reportedAt.getTime() - r.behaviourHoursBefore * HOUR),
            hateRelated: r.hateRelated,
          });
        }),
      { maxLength: 10, selector: (f) => f.incidentId },
    ),
  ),
);

/** A victim's complaint made in the window, within a month of the behaviour. */
const qualifyingAt = (now: Date) =>
  fc
    .record({
      id: fc.uuid(),
      daysAgo: fc.integer({ min: 0, max: 170 }),
      behaviourHours: fc.integer({ min: 0, max: 27 * 24 }),
      org: fc.constantFrom(POLICE, CITY, HOUSING),
      hate: fc.boolean(),
    })
    .map((r) => {
      const reportedAt = new Date(now.getTime() - r.daysAgo * 24 * HOUR);
      return aFact({
        incidentId: r.id,
        ...r.org,
        reportedAt,
        occurredFrom: new Date(reportedAt.getTime() - r.behaviourHours * HOUR),
        hateRelated: r.hate,
      });
    });

describe('the ASB Case Review threshold, for any history', () => {
  it('never changes when a report from before the six months is added', () => {
    fc.assert(
      fc.property(arbScenario(220), fc.integer({ min: 1, max: 3000 }), fc.boolean(), ([now, facts], days, hate) => {
        const before = new Date(now.getTime() - (185 + days) * 24 * HOUR);
        expect(londonDate(before) < lastMonths(now, rule.windowMonths).from).toBe(true);
        const old = aFact({ reportedAt: before, occurredFrom: before, hateRelated: hate });
        expect(checkCaseReviewThreshold([...facts, old], now, rule)).toEqual(checkCaseReviewThreshold(facts, now, rule));
      }),
    );
  });

  it('never stops being met, or stops prompting, when a qualifying report is added', () => {
    const scenario = fc
      .oneof(arbScenario(220, ['victim', 'complainant', 'witness']), arbCrowded)
      .chain(([now, facts]) => fc.tuple(fc.constant(now), fc.constant(facts), qualifyingAt(now)));
    fc.assert(
      fc.property(scenario, ([now, facts, extra]) => {
        const before = checkCaseReviewThreshold(facts, now, rule);
        const after = checkCaseReviewThreshold([...facts, extra], now, rule);
        if (before.met) expect(after.met).toBe(true);
        if (before.explainCaseReview) expect(after.explainCaseReview).toBe(true);
        expect(after.incidentIds).toEqual(expect.arrayContaining(before.incidentIds));
      }),
      { numRuns: 1000 },
    );
  });

  it('never stops being met when a report is added to a crowded history, whatever its timing', () => {
    fc.assert(
      fc.property(arbCrowded, fc.nat(9), ([now, facts], k) => {
        const without = facts.filter((_, i) => i !== k);
        if (checkCaseReviewThreshold(without, now, rule).met) expect(checkCaseReviewThreshold(facts, now, rule).met).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('does not depend on the order of the reports, and never lists the current report', () => {
    fc.assert(
      fc.property(fc.oneof(arbScenario(220), arbCrowded), fc.boolean(), ([now, facts], withCurrent) => {
        const all = withCurrent ? [...facts, theCurrentReport({ reportedAt: now })] : facts;
        const flag = checkCaseReviewThreshold(all, now, rule);
        expect(checkCaseReviewThreshold([...all].reverse(), now, rule)).toEqual(flag);
        expect(flag.incidentIds).not.toContain('current');
      }),
    );
  });

  it('prompts exactly when the person has made two or more reports as victim or complainant in six months', () => {
    fc.assert(
      fc.property(arbScenario(220), ([now, facts]) => {
        const window = lastMonths(now, 6);
        const reports = facts.filter(
          (f) =>
            (f.role === 'victim' || f.role === 'complainant') &&
            londonDate(f.reportedAt) >= window.from &&
            londonDate(f.reportedAt) <= window.to,
        );
        expect(checkCaseReviewThreshold(facts, now, rule).explainCaseReview).toBe(reports.length >= 2);
      }),
    );
  });

  it('counts every qualifying report to a single agency as a separate incident', () => {
    fc.assert(
      fc.property(
        arbNow.chain((now) =>
          fc.tuple(fc.constant(now), fc.uniqueArray(qualifyingAt(now), { maxLength: 6, selector: (f) => f.incidentId })),
        ),
        ([now, facts]) => {
          const police = facts.map((f) => ({ ...f, ...POLICE }));
          const flag = checkCaseReviewThreshold(police, now, rule);
          expect(flag.incidentIds.length).toBe(police.length);
          expect(flag.met).toBe(police.length >= 3 || police.some((f) => f.hateRelated));
        },
      ),
    );
  });

  it('is never met without at least one qualifying report', () => {
    fc.assert(
      fc.property(arbScenario(220), ([now, facts]) => {
        const flag = checkCaseReviewThreshold(facts, now, rule);
        if (flag.met) expect(flag.incidentIds.length).toBeGreaterThan(0);
      }),
    );
  });
});
