import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { behaviourStart, groupDuplicateReports } from './duplicate-reports.js';
import { aFact, arbScenario, CITY, HOUSING, POLICE } from './test-facts.js';
import type { IncidentFact } from './types.js';

const H = 3_600_000;
const t0 = new Date('2026-02-10T20:00:00Z');
const report = (id: string, org: { organisationId: string | null; organisationName: string | null }, hoursAfter: number) =>
  aFact({
    incidentId: id,
    ...org,
    occurredFrom: new Date(t0.getTime() + hoursAfter * H),
    reportedAt: new Date(t0.getTime() + (hoursAfter + 1) * H),
  });
const ids = (groups: IncidentFact[][]) => groups.map((g) => g.map((f) => f.incidentId));

describe('reports of one incident to several agencies', () => {
  it('are one incident when made to two agencies within 24 hours of the behaviour', () => {
    expect(ids(groupDuplicateReports([report('p', POLICE, 0), report('c', CITY, 23)], 24))).toEqual([['p', 'c']]);
  });

  it('are one incident at exactly 24 hours apart, and two at a moment more', () => {
    expect(ids(groupDuplicateReports([report('p', POLICE, 0), report('c', CITY, 24)], 24))).toEqual([['p', 'c']]);
    const later = aFact({ incidentId: 'c', ...CITY, occurredFrom: new Date(t0.getTime() + 24 * H + 1) });
    expect(ids(groupDuplicateReports([report('p', POLICE, 0), later], 24))).toEqual([['p'], ['c']]);
  });

  it('are separate incidents when both were made to the same agency', () => {
    expect(ids(groupDuplicateReports([report('p1', POLICE, 0), report('p2', POLICE, 2)], 24))).toEqual([['p1'], ['p2']]);
  });

  it('break a chain: police at 0h, council at 20h and police again at 40h are two incidents', () => {
    const groups = groupDuplicateReports([report('p2', POLICE, 40), report('c', CITY, 20), report('p1', POLICE, 0)], 24);
    expect(ids(groups)).toEqual([['p1', 'c'], ['p2']]);
  });

  it('break a chain across three agencies at 0h, 20h and 40h into two incidents', () => {
    const groups = groupDuplicateReports([report('a', POLICE, 0), report('b', CITY, 20), report('c', HOUSING, 40)], 24);
    expect(ids(groups)).toEqual([['a', 'b'], ['c']]);
  });

  it('let a report join the earliest incident that can take it', () => {
    // p1 at 0h; p2 (same agency) starts its own incident at 10h; the council at 20h joins p1's.
    const groups = groupDuplicateReports([report('p1', POLICE, 0), report('p2', POLICE, 10), report('c', CITY, 20)], 24);
    expect(ids(groups)).toEqual([['p1', 'c'], ['p2']]);
  });

  it('never merge reports whose agency is not known (open data)', () => {
    const unknown = { organisationId: null, organisationName: null };
    expect(ids(groupDuplicateReports([report('x', unknown, 0), report('p', POLICE, 1), report('y', unknown, 2)], 24))).toEqual([
      ['x'],
      ['p'],
      ['y'],
    ]);
  });

  it('use the report time when the behaviour time is not known', () => {
    const noBehaviour = aFact({ incidentId: 'c', ...CITY, occurredFrom: null, reportedAt: new Date(t0.getTime() + 30 * H) });
    expect(ids(groupDuplicateReports([report('p', POLICE, 0), noBehaviour], 24))).toEqual([['p'], ['c']]);
    expect(ids(groupDuplicateReports([report('p', POLICE, 0), noBehaviour], 30))).toEqual([['p', 'c']]);
  });
});

describe('grouping duplicate reports, for any reports', () => {
  it('puts every report in exactly one group, one per agency, spanning no more than the limit, whatever the order', () => {
    fc.assert(
      fc.property(arbScenario(30), fc.integer({ min: 0, max: 72 }), ([, facts], hours) => {
        const groups = groupDuplicateReports(facts, hours);
        expect(
          groups
            .flat()
            .map((f) => f.incidentId)
            .sort(),
        ).toEqual(facts.map((f) => f.incidentId).sort());
        for (const g of groups) {
          const orgs = g.map((f) => f.organisationId);
          expect(new Set(orgs).size).toBe(orgs.length);
          if (g.length > 1) expect(orgs).not.toContain(null);
          const starts = g.map((f) => behaviourStart(f).getTime());
          expect(Math.max(...starts) - Math.min(...starts)).toBeLessThanOrEqual(hours * H);
        }
        expect(ids(groupDuplicateReports([...facts].reverse(), hours))).toEqual(ids(groups));
      }),
    );
  });

  it('never makes fewer incidents when a report is added', () => {
    fc.assert(
      fc.property(arbScenario(10), fc.integer({ min: 0, max: 72 }), ([, facts], hours) => {
        const all = groupDuplicateReports(facts, hours).length;
        const fewer = groupDuplicateReports(facts.slice(1), hours).length;
        expect(all).toBeGreaterThanOrEqual(fewer);
      }),
      { numRuns: 2000 },
    );
  });
});
