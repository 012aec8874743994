import { describe, expect, it } from 'vitest';
import { fieldName, parseSettingsForm, settingsFormValues } from './form.js';
import { caseManagementGroup } from './groups/case-management.js';
import { checksGroup } from './groups/checks.js';
import { powersGroup } from './groups/powers.js';
import { DEFAULT_POWERS_SETTINGS } from '../powers/settings.js';
import { DEFAULT_CHECK_RULES } from '../checks/types.js';

const defaultsForm = (group: typeof powersGroup) => settingsFormValues(group, group.defaults);

describe('the rule-settings form', () => {
  it('fills in every field from the settings, with input names made from the paths', () => {
    const values = settingsFormValues(powersGroup, DEFAULT_POWERS_SETTINGS);
    expect(values).toEqual({
      'cbo-adultMinYears': '2',
      'cbo-youthMinYears': '1',
      'cbo-youthMaxYears': '3',
      possessionNoticeMonths: '12',
      pspoMinAge: '',
    });
    expect(settingsFormValues(checksGroup, DEFAULT_CHECK_RULES)).toMatchObject({
      'repeatVictim-roles': ['victim', 'complainant'],
      'repeatLocation-sameLsoa': 'yes',
    });
    expect(fieldName('riskReviewDays.high')).toBe('riskReviewDays-high');
  });

  it('stores nothing for a form left at the defaults', () => {
    for (const group of [checksGroup, caseManagementGroup, powersGroup]) {
      expect(parseSettingsForm(group, defaultsForm(group))).toEqual({ ok: true, overrides: {} });
    }
  });

  it('stores only the values that differ from the defaults, typed as the rules read them', () => {
    const input = { ...defaultsForm(powersGroup), 'cbo-adultMinYears': ' 3 ', pspoMinAge: '16' };
    expect(parseSettingsForm(powersGroup, input)).toEqual({ ok: true, overrides: { cbo: { adultMinYears: 3 }, pspoMinAge: 16 } });
    const checks = {
      ...defaultsForm(checksGroup),
      'repeatLocation-radiusMetres': '150.5',
      'caseReview-hateIncidentAlone': 'no',
      'repeatVictim-roles': 'victim',
    };
    expect(parseSettingsForm(checksGroup, checks)).toEqual({
      ok: true,
      overrides: { repeatVictim: { roles: ['victim'] }, repeatLocation: { radiusMetres: 150.5 }, caseReview: { hateIncidentAlone: false } },
    });
  });

  it('asks for a value, a whole number and a choice in GOV.UK words', () => {
    const result = parseSettingsForm(checksGroup, {
      ...defaultsForm(checksGroup),
      'repeatVictim-windowMonths': '',
      'repeatVictim-minIncidents': '2.5',
      'repeatVictim-roles': [],
      'repeatLocation-sameLsoa': 'maybe',
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { name: 'repeatVictim-windowMonths', message: 'Enter the repeat victim look-back' },
        { name: 'repeatVictim-minIncidents', message: 'The incidents that make a repeat victim must be a whole number of incidents' },
        { name: 'repeatVictim-roles', message: 'Select at least one of the roles that count towards a repeat victim' },
        { name: 'repeatLocation-sameLsoa', message: 'Select yes if incidents in the same LSOA count' },
      ],
    });
  });

  it('puts each limit the group’s own rules set beside its field', () => {
    const result = parseSettingsForm(checksGroup, {
      ...defaultsForm(checksGroup),
      'caseReview-minIncidents': '4',
      'repeatLocation-radiusMetres': '9000',
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { name: 'repeatLocation-radiusMetres', message: 'The repeat location radius in metres must be at most 5000' },
        {
          name: 'caseReview-minIncidents',
          message: 'The ASB Case Review number of qualifying complaints (s.104(4) of the 2014 Act allows no more than 3) must be at most 3',
        },
      ],
    });
    const powers = parseSettingsForm(powersGroup, { ...defaultsForm(powersGroup), possessionNoticeMonths: '30', pspoMinAge: '8' });
    expect(powers).toEqual({
      ok: false,
      errors: [
        {
          name: 'possessionNoticeMonths',
          message: 'The time to give a possession notice after the trigger event must be at most 24 months',
        },
        { name: 'pspoMinAge', message: 'The minimum age for a Public Spaces Protection Order fixed penalty must be at least 10 years' },
      ],
    });
  });

  it('puts a rule across fields beside the field that breaks it, and accepts values that agree', () => {
    const input = { ...defaultsForm(powersGroup), 'cbo-youthMinYears': '4', 'cbo-youthMaxYears': '2' };
    expect(parseSettingsForm(powersGroup, input)).toEqual({
      ok: false,
      errors: [
        {
          name: 'cbo-youthMinYears',
          message: 'The minimum length of an under-18 Criminal Behaviour Order must not be more than the maximum',
        },
      ],
    });
    const agree = { ...defaultsForm(powersGroup), 'cbo-youthMinYears': '4', 'cbo-youthMaxYears': '5' };
    expect(parseSettingsForm(powersGroup, agree)).toEqual({ ok: true, overrides: { cbo: { youthMinYears: 4, youthMaxYears: 5 } } });
  });

  it('refuses text that is too long', () => {
    const result = parseSettingsForm(caseManagementGroup, { ...defaultsForm(caseManagementGroup), victimSupportService: 'x'.repeat(101) });
    expect(result).toEqual({
      ok: false,
      errors: [{ name: 'victimSupportService', message: 'The victim support service must be 100 characters or fewer' }],
    });
  });
});
