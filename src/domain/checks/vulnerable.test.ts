import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aVulnerability, london, POLICE } from './test-facts.js';
import { checkVulnerable } from './vulnerable.js';

describe('vulnerable victim', () => {
  it('is not met when nothing is recorded now or before', () => {
    expect(checkVulnerable([], [])).toEqual({ met: false, reason: 'No vulnerability recorded now or before', incidentIds: [] });
  });

  it('is met by a vulnerability given in this report', () => {
    expect(checkVulnerable([], ['disability', 'social isolation'])).toEqual({
      met: true,
      reason: 'Vulnerability recorded: disability, social isolation (given in this report)',
      incidentIds: [],
    });
  });

  it('is met by an earlier record, saying what, on which London date and by whom', () => {
    const flag = checkVulnerable([aVulnerability({ recordedAt: new Date('2026-03-31T23:30:00Z'), incidentId: 'inc-9' })], []);
    expect(flag).toEqual({
      met: true,
      reason: 'Vulnerability recorded: mental health (recorded 1 April 2026 by Leicester City Council)',
      incidentIds: ['inc-9'],
    });
  });

  it('lists this report first, then records most recent first, each incident once', () => {
    const flag = checkVulnerable(
      [
        aVulnerability({ factors: ['age'], recordedAt: london('2024-05-01'), incidentId: 'a' }),
        aVulnerability({
          factors: ['mental health'],
          recordedAt: london('2025-09-12'),
          organisationName: POLICE.organisationName,
          incidentId: 'b',
        }),
        aVulnerability({ factors: ['learning disability'], recordedAt: london('2025-01-03'), incidentId: 'a' }),
      ],
      ['isolation'],
    );
    expect(flag.reason).toBe(
      'Vulnerability recorded: isolation (given in this report); ' +
        'mental health (recorded 12 September 2025 by Leicestershire Police); ' +
        'learning disability (recorded 3 January 2025 by Leicester City Council); ' +
        'age (recorded 1 May 2024 by Leicester City Council)',
    );
    expect(flag.incidentIds).toEqual(['b', 'a']);
  });

  it('ignores blank factors and records without any', () => {
    expect(checkVulnerable([aVulnerability({ factors: ['  '] }), aVulnerability({ factors: [] })], ['', ' ']).met).toBe(false);
  });

  it('gives the same reason whatever the order of records made at the same moment by the same organisation', () => {
    const at = new Date('2020-01-01T00:00:00.030Z');
    const age = aVulnerability({ factors: ['age'], recordedAt: at, organisationName: 'Leicester City Council', incidentId: 'a' });
    const health = aVulnerability({
      factors: ['mental health'],
      recordedAt: at,
      organisationName: 'Leicester City Council',
      incidentId: 'a',
    });
    expect(checkVulnerable([age, health], []).reason).toBe(checkVulnerable([health, age], []).reason);
    expect(checkVulnerable([health, age], []).reason).toBe(
      'Vulnerability recorded: age (recorded 1 January 2020 by Leicester City Council); ' +
        'mental health (recorded 1 January 2020 by Leicester City Council)',
    );
  });

  it('is met exactly when some non-blank factor is known, whatever the order of records', () => {
    const record = fc.record({
      factors: fc.array(fc.constantFrom('', ' ', 'age', 'disability', 'mental health')),
      recordedAt: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2027-01-01T00:00:00Z'), noInvalidDate: true }),
      organisationName: fc.constantFrom('Leicestershire Police', 'Leicester City Council'),
      incidentId: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.array(fc.constantFrom('', 'age')), (records, current) => {
        const flag = checkVulnerable(records, current);
        const any = [...current, ...records.flatMap((r) => r.factors)].some((f) => f.trim() !== '');
        expect(flag.met).toBe(any);
        expect(checkVulnerable([...records].reverse(), current)).toEqual(flag);
      }),
    );
  });
});
