import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRepeatVictim } from './repeat-victim.js';
import { aFact, arbFactNear, arbScenario, CITY, london, theCurrentReport } from './test-facts.js';
import { DEFAULT_CHECK_RULES } from './types.js';

const rule = DEFAULT_CHECK_RULES.repeatVictim;
const now = london('2026-03-15 10:00');

describe('repeat victim', () => {
  it('is met by two incidents as victim or complainant in the last 12 months, across partners', () => {
    const flag = checkRepeatVictim(
      [
        aFact({ incidentId: 'a', reportedAt: london('2025-11-02 14:00') }),
        aFact({ incidentId: 'b', role: 'complainant', ...CITY, reportedAt: london('2026-02-20 09:00') }),
      ],
      now,
      rule,
    );
    expect(flag).toEqual({
      met: true,
      reason: 'Victim or complainant in 2 ASB incidents in the last 12 months, across all partners',
      incidentIds: ['b', 'a'],
    });
  });

  it('counts the report being made now but never lists it', () => {
    const flag = checkRepeatVictim(
      [theCurrentReport({ reportedAt: now }), aFact({ incidentId: 'a', reportedAt: london('2025-06-01') })],
      now,
      rule,
    );
    expect(flag.met).toBe(true);
    expect(flag.incidentIds).toEqual(['a']);
    expect(flag.reason).toBe('Victim or complainant in 2 ASB incidents in the last 12 months, across all partners (including this report)');
  });

  it('is not met by one incident, and says how many make a repeat victim', () => {
    const flag = checkRepeatVictim([theCurrentReport({ reportedAt: now })], now, rule);
    expect(flag).toEqual({
      met: false,
      reason:
        'Victim or complainant in 1 ASB incident in the last 12 months, across all partners (including this report); 2 make a repeat victim',
      incidentIds: [],
    });
  });

  it('says so when there are no incidents at all', () => {
    expect(checkRepeatVictim([], now, rule)).toEqual({
      met: false,
      reason: 'No ASB incidents as victim or complainant in the last 12 months, across all partners',
      incidentIds: [],
    });
  });

  it('counts an incident reported on the same London date exactly 12 months ago, even at midnight', () => {
    const flag = checkRepeatVictim([theCurrentReport(), aFact({ incidentId: 'edge', reportedAt: london('2025-03-15 00:00') })], now, rule);
    expect(flag.met).toBe(true);
    expect(flag.incidentIds).toEqual(['edge']);
  });

  it('does not count an incident reported one day more than 12 months ago', () => {
    const flag = checkRepeatVictim([theCurrentReport(), aFact({ incidentId: 'old', reportedAt: london('2025-03-14 23:59') })], now, rule);
    expect(flag.met).toBe(false);
    expect(flag.incidentIds).toEqual([]);
  });

  it('uses London dates across the spring clock change: 00:30 BST on 1 April is 1 April', () => {
    const justAfterMidnight = new Date('2026-03-31T23:30:00Z'); // 00:30 BST, 1 April 2026
    const earlier = aFact({ incidentId: 'x', reportedAt: new Date('2025-03-31T23:30:00Z') }); // 00:30 BST, 1 April 2025
    const dayBefore = aFact({ incidentId: 'y', reportedAt: new Date('2025-03-31T22:59:00Z') }); // 23:59 BST, 31 March 2025
    expect(checkRepeatVictim([theCurrentReport(), earlier], justAfterMidnight, rule).met).toBe(true);
    expect(checkRepeatVictim([theCurrentReport(), dayBefore], justAfterMidnight, rule).met).toBe(false);
  });

  it('uses London dates across the autumn clock change', () => {
    const afterChange = new Date('2026-10-26T00:30:00Z'); // 00:30 GMT, 26 October 2026
    const edge = aFact({ incidentId: 'x', reportedAt: new Date('2025-10-25T23:30:00Z') }); // 00:30 BST, 26 October 2025
    const dayBefore = aFact({ incidentId: 'y', reportedAt: new Date('2025-10-25T22:59:00Z') }); // 23:59 BST, 25 October 2025
    expect(checkRepeatVictim([theCurrentReport(), edge], afterChange, rule).met).toBe(true);
    expect(checkRepeatVictim([theCurrentReport(), dayBefore], afterChange, rule).met).toBe(false);
  });

  it('does not count incidents where the person was a witness or the perpetrator', () => {
    const flag = checkRepeatVictim(
      [theCurrentReport(), aFact({ role: 'witness' }), aFact({ role: 'perpetrator' }), aFact({ role: undefined })],
      now,
      rule,
    );
    expect(flag.met).toBe(false);
  });

  it('counts only the configured roles', () => {
    const facts = [aFact({ incidentId: 'a', role: 'complainant' }), aFact({ incidentId: 'b' })];
    expect(checkRepeatVictim(facts, now, { ...rule, roles: ['victim'] })).toMatchObject({
      met: false,
      reason: expect.stringMatching(/^Victim in 1 ASB incident/),
    });
  });

  it('counts an incident once when the person was both victim and complainant in it', () => {
    const flag = checkRepeatVictim([aFact({ incidentId: 'a' }), aFact({ incidentId: 'a', role: 'complainant' })], now, rule);
    expect(flag).toMatchObject({ met: false, incidentIds: ['a'] });
  });

  it('does not count an incident dated after today', () => {
    const flag = checkRepeatVictim(
      [aFact({ incidentId: 'a' }), aFact({ incidentId: 'b', reportedAt: london('2026-03-16 00:01') })],
      now,
      rule,
    );
    expect(flag.incidentIds).toEqual(['a']);
  });

  it('follows a local rule of three incidents', () => {
    const facts = [theCurrentReport(), aFact(), aFact()];
    expect(checkRepeatVictim(facts, now, { ...rule, minIncidents: 3 }).met).toBe(true);
    expect(checkRepeatVictim(facts.slice(1), now, { ...rule, minIncidents: 3 }).met).toBe(false);
  });
});

describe('repeat victim, for any history', () => {
  it('never changes when an incident from before the window is added', () => {
    fc.assert(
      fc.property(arbScenario(), fc.integer({ min: 1, max: 5000 }), ([at, facts], daysBefore) => {
        const old = aFact({ reportedAt: new Date(at.getTime() - (366 + daysBefore) * 86_400_000) });
        expect(checkRepeatVictim([...facts, old], at, rule)).toEqual(checkRepeatVictim(facts, at, rule));
      }),
    );
  });

  it('never stops being met when a qualifying incident is added', () => {
    fc.assert(
      fc.property(
        arbScenario().chain(([at, facts]) => fc.tuple(fc.constant(at), fc.constant(facts), arbFactNear(at, 360, ['victim']))),
        ([at, facts, extra]) => {
          const before = checkRepeatVictim(facts, at, rule);
          const after = checkRepeatVictim([...facts.filter((f) => f.incidentId !== extra.incidentId), extra], at, rule);
          if (before.met) expect(after.met).toBe(true);
          expect(after.incidentIds.length).toBeGreaterThanOrEqual(before.incidentIds.length);
        },
      ),
    );
  });

  it('does not depend on the order of the facts, and never lists the current report', () => {
    fc.assert(
      fc.property(arbScenario(), fc.boolean(), ([at, facts], withCurrent) => {
        const all = withCurrent ? [theCurrentReport({ reportedAt: at }), ...facts] : facts;
        const flag = checkRepeatVictim(all, at, rule);
        expect(checkRepeatVictim([...all].reverse(), at, rule)).toEqual(flag);
        expect(flag.incidentIds).not.toContain('current');
        expect(flag.met).toBe(flag.incidentIds.length + (withCurrent ? 1 : 0) >= rule.minIncidents);
      }),
    );
  });
});
