import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRepeatLocation } from './repeat-location.js';
import { aFact, arbScenario, london, theCurrentReport } from './test-facts.js';
import { DEFAULT_CHECK_RULES, type IncidentFact } from './types.js';

const rule = DEFAULT_CHECK_RULES.repeatLocation;
const point = { easting: 400_000, northing: 300_000, lsoa21Code: 'E01025631' };
const now = london('2026-03-29 12:00'); // the day the clocks go forward
const at = (dx: number, dy: number, over: Partial<IncidentFact> = {}) =>
  aFact({ role: undefined, easting: point.easting + dx, northing: point.northing + dy, reportedAt: london('2026-03-01'), ...over });

describe('repeat location', () => {
  it('is met by three incidents within 100 metres in the last 90 days, including this report', () => {
    const flag = checkRepeatLocation(
      [theCurrentReport(), at(10, 10, { incidentId: 'a' }), at(-50, 20, { incidentId: 'b', reportedAt: london('2026-02-01') })],
      point,
      now,
      rule,
    );
    expect(flag).toEqual({
      met: true,
      reason: '3 ASB incidents within 100 metres or in the same LSOA (E01025631) in the last 90 days, including this report',
      incidentIds: ['a', 'b'],
    });
  });

  it('counts an incident exactly 100 metres away', () => {
    const flag = checkRepeatLocation([at(60, 80, { incidentId: 'edge', lsoa21Code: 'E01999999' })], point, now, {
      ...rule,
      minIncidents: 1,
    });
    expect(flag.incidentIds).toEqual(['edge']);
  });

  it('does not count an incident just over 100 metres away in another LSOA', () => {
    const flag = checkRepeatLocation([at(100, 0.5, { lsoa21Code: 'E01999999' })], point, now, rule);
    expect(flag.incidentIds).toEqual([]);
  });

  it('counts an incident in the same LSOA however far away, unless the rule says not to', () => {
    const far = at(900, 0, { incidentId: 'far', lsoa21Code: 'E01025631' });
    expect(checkRepeatLocation([far], point, now, rule).incidentIds).toEqual(['far']);
    expect(checkRepeatLocation([far], point, now, { ...rule, sameLsoa: false }).incidentIds).toEqual([]);
  });

  it('does not match an unknown LSOA with another unknown LSOA', () => {
    const unplaced = aFact({ role: undefined, lsoa21Code: null, reportedAt: london('2026-03-01') });
    expect(checkRepeatLocation([unplaced], { ...point, lsoa21Code: null }, now, rule).incidentIds).toEqual([]);
  });

  it('counts an incident on the London date 90 days ago, not the day before', () => {
    const edge = at(0, 0, { incidentId: 'edge', reportedAt: london('2025-12-29 00:00') });
    const before = at(0, 0, { incidentId: 'before', reportedAt: london('2025-12-28 23:59') });
    expect(checkRepeatLocation([edge, before], point, now, rule).incidentIds).toEqual(['edge']);
  });

  it('says how many make a repeat location when not met, and names only the radius without an LSOA', () => {
    const flag = checkRepeatLocation([at(0, 0)], { ...point, lsoa21Code: null }, now, rule);
    expect(flag.reason).toBe('1 ASB incident within 100 metres in the last 90 days; 3 make a repeat location');
    expect(checkRepeatLocation([], point, now, rule).reason).toBe(
      'No ASB incidents within 100 metres or in the same LSOA (E01025631) in the last 90 days',
    );
  });
});

describe('repeat location, for any incidents nearby', () => {
  const point0 = { easting: 400_000, northing: 300_000, lsoa21Code: 'E01000001' };

  it('never counts fewer incidents with a wider radius', () => {
    fc.assert(
      fc.property(arbScenario(120), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 }), ([t, facts], r, more) => {
        const narrow = checkRepeatLocation(facts, point0, t, { ...rule, radiusMetres: r });
        const wide = checkRepeatLocation(facts, point0, t, { ...rule, radiusMetres: r + more });
        expect(wide.incidentIds).toEqual(expect.arrayContaining(narrow.incidentIds));
        if (narrow.met) expect(wide.met).toBe(true);
      }),
    );
  });

  it('never changes when an older incident is added, and does not depend on order', () => {
    fc.assert(
      fc.property(arbScenario(120), ([t, facts]) => {
        const flag = checkRepeatLocation(facts, point0, t, rule);
        const old = at(0, 0, { reportedAt: new Date(t.getTime() - 92 * 86_400_000), lsoa21Code: 'E01000001' });
        expect(checkRepeatLocation([...facts, old], point0, t, rule)).toEqual(flag);
        expect(checkRepeatLocation([...facts].reverse(), point0, t, rule)).toEqual(flag);
      }),
    );
  });
});
