import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidCheckRulesError, mergeCheckRules } from './merge-check-rules.js';
import { DEFAULT_CHECK_RULES } from './types.js';

describe('merging the partnership’s check rules over the defaults', () => {
  it('gives the defaults when nothing is stored, as a fresh copy', () => {
    for (const none of [undefined, null, {}]) {
      const rules = mergeCheckRules(none);
      expect(rules).toEqual(DEFAULT_CHECK_RULES);
      expect(rules.repeatVictim.roles).not.toBe(DEFAULT_CHECK_RULES.repeatVictim.roles);
    }
  });

  it('overrides only the settings given, section by section', () => {
    const rules = mergeCheckRules({ repeatLocation: { radiusMetres: 250 }, caseReview: { minIncidents: 2, hateIncidentAlone: false } });
    expect(rules.repeatLocation).toEqual({ ...DEFAULT_CHECK_RULES.repeatLocation, radiusMetres: 250 });
    expect(rules.caseReview).toEqual({ ...DEFAULT_CHECK_RULES.caseReview, minIncidents: 2, hateIncidentAlone: false });
    expect(rules.repeatVictim).toEqual(DEFAULT_CHECK_RULES.repeatVictim);
  });

  it('treats a setting given as undefined as not given', () => {
    expect(mergeCheckRules({ caseReview: { minIncidents: undefined } }).caseReview.minIncidents).toBe(3);
  });

  it('refuses a Case Review threshold above three, citing s.104(4)', () => {
    expect(() => mergeCheckRules({ caseReview: { minIncidents: 4 } })).toThrow(InvalidCheckRulesError);
    expect(() => mergeCheckRules({ caseReview: { minIncidents: 4 } })).toThrow(
      'Check rules are not valid: caseReview.minIncidents: The ASB Case Review number of qualifying complaints ' +
        '(s.104(4) of the 2014 Act allows no more than 3) must be at most 3',
    );
  });

  it('refuses settings that would hide complaints the Act says qualify', () => {
    expect(() => mergeCheckRules({ caseReview: { windowMonths: 5 } })).toThrow(/caseReview\.windowMonths: .* must be at least 6/);
    expect(() => mergeCheckRules({ caseReview: { reportedWithinMonths: 0 } })).toThrow(/caseReview\.reportedWithinMonths/);
    expect(() => mergeCheckRules({ caseReview: { minIncidents: 0 } })).toThrow(/must be at least 1/);
  });

  it('refuses a repeat-victim rule that would flag everyone or count perpetrators', () => {
    expect(() => mergeCheckRules({ repeatVictim: { minIncidents: 1 } })).toThrow(/repeatVictim\.minIncidents: .* must be at least 2/);
    expect(() => mergeCheckRules({ repeatVictim: { roles: ['victim', 'perpetrator'] } })).toThrow(/repeatVictim\.roles\.1/);
    expect(() => mergeCheckRules({ repeatVictim: { roles: [] } })).toThrow(/must name at least one role/);
  });

  it('keeps each role once', () => {
    expect(mergeCheckRules({ repeatVictim: { roles: ['victim', 'victim'] } }).repeatVictim.roles).toEqual(['victim']);
  });

  it('refuses fractions, wrong types and unknown settings, naming each', () => {
    expect(() => mergeCheckRules({ repeatLocation: { windowDays: 90.5 } })).toThrow(
      /repeatLocation\.windowDays: .* must be a whole number/,
    );
    expect(() => mergeCheckRules({ repeatLocation: { sameLsoa: 'yes' } })).toThrow(/repeatLocation\.sameLsoa: .* must be true or false/);
    expect(() => mergeCheckRules({ caseReview: { minIncident: 2 } })).toThrow(/caseReview: unknown setting 'minIncident'/);
    expect(() => mergeCheckRules({ repeatVictm: {} })).toThrow(/unknown setting 'repeatVictm'/);
    expect(() => mergeCheckRules({ caseReview: { minIncidents: null } })).toThrow(/must be a number/);
  });

  it('refuses something that is not an object', () => {
    expect(() => mergeCheckRules('strict')).toThrow(InvalidCheckRulesError);
    expect(() => mergeCheckRules([1, 2])).toThrow(InvalidCheckRulesError);
  });

  it('never accepts a Case Review threshold above three, and always keeps accepted values within the limits', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 50 }), fc.integer({ min: 0, max: 24 }), (min, months) => {
        const attempt = () => mergeCheckRules({ caseReview: { minIncidents: min, windowMonths: months } });
        if (min >= 1 && min <= 3 && months >= 6 && months <= 12) {
          expect(attempt().caseReview).toMatchObject({ minIncidents: min, windowMonths: months });
        } else {
          expect(attempt).toThrow(InvalidCheckRulesError);
        }
      }),
    );
  });
});
