import { describe, expect, it } from 'vitest';
import { checkKnownPerpetrator } from './known-perpetrator.js';
import { aFact, anOpenCase, CITY, london, theCurrentReport } from './test-facts.js';

const now = london('2026-03-15 10:00');

describe('known perpetrator', () => {
  it('is not met for a person with no history and no open case', () => {
    expect(checkKnownPerpetrator([theCurrentReport({ role: 'perpetrator' })], [], now)).toEqual({
      met: false,
      reason: 'No earlier ASB incidents or open cases for the named perpetrator',
      incidentIds: [],
    });
  });

  it('counts earlier incidents as perpetrator, how many in the last 12 months, and the open cases', () => {
    const flag = checkKnownPerpetrator(
      [
        aFact({ incidentId: 'a', role: 'perpetrator', reportedAt: london('2023-06-01') }),
        aFact({ incidentId: 'b', role: 'perpetrator', ...CITY, reportedAt: london('2025-03-15 00:00') }),
        aFact({ incidentId: 'c', role: 'perpetrator', reportedAt: london('2026-01-20') }),
        theCurrentReport({ role: 'perpetrator' }),
      ],
      [anOpenCase()],
      now,
    );
    expect(flag).toEqual({
      met: true,
      reason:
        'Known perpetrator: perpetrator in 3 earlier ASB incidents (2 in the last 12 months), across all partners; ' +
        '1 open case: CASE-1 (led by Leicester City Council, officer Sam Patel)',
      incidentIds: ['c', 'b', 'a'],
    });
  });

  it('does not count incidents where the person was the victim or a witness', () => {
    const flag = checkKnownPerpetrator([aFact({ role: 'victim' }), aFact({ role: 'witness' })], [], now);
    expect(flag.met).toBe(false);
  });

  it('is met by an open case alone', () => {
    const flag = checkKnownPerpetrator([], [anOpenCase({ leadOfficerName: null })], now);
    expect(flag).toEqual({
      met: true,
      reason: 'Known perpetrator: no earlier ASB incidents as perpetrator; 1 open case: CASE-1 (led by Leicester City Council)',
      incidentIds: [],
    });
  });

  it('leaves out cases found through the place or where the person had another role, and counts each case once', () => {
    const flag = checkKnownPerpetrator(
      [],
      [
        anOpenCase({ caseId: 'p', via: 'place' }),
        anOpenCase({ caseId: 'v', partyRole: 'victim' }),
        anOpenCase({ caseId: 'x', reference: 'CASE-X', partyRole: undefined }),
        anOpenCase({ caseId: 'x', reference: 'CASE-X', partyRole: undefined }),
      ],
      now,
    );
    expect(flag.reason).toBe(
      'Known perpetrator: no earlier ASB incidents as perpetrator; 1 open case: CASE-X (led by Leicester City Council, officer Sam Patel)',
    );
  });

  it('does not count an incident dated after today as earlier', () => {
    expect(checkKnownPerpetrator([aFact({ role: 'perpetrator', reportedAt: london('2026-03-16 08:00') })], [], now).met).toBe(false);
  });
});
