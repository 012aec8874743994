/**
 * The point-of-report check rules (rule_settings key 'checks'): LOCAL rules with statutory limits,
 * merged by mergeCheckRules (domain/checks/merge-check-rules.ts holds the limits and sources).
 */
import { mergeCheckRules } from '../../checks/merge-check-rules.js';
import { DEFAULT_CHECK_RULES } from '../../checks/types.js';
import type { SettingGroup } from '../types.js';

export const checksGroup: SettingGroup = {
  key: 'checks',
  title: 'Point-of-report checks',
  description: 'When a report flags a repeat victim, a repeat location or a met ASB Case Review threshold.',
  defaults: DEFAULT_CHECK_RULES,
  merge: mergeCheckRules,
  // "Check rules are not valid: a.b: The … must be at most 3; c.d: …" → the part about `path`.
  fieldMessage: (message, path) => {
    const parts = message.replace(/^Check rules are not valid: /, '').split('; ');
    const own = parts.find((p) => p.startsWith(`${path}: `));
    return own ? own.slice(path.length + 2) : parts.join('; ');
  },
  fields: [
    {
      path: 'repeatVictim.windowMonths',
      label: 'Repeat victim look-back',
      hint: 'Calendar months (Europe/London) counted back from the report. LOCAL: the LLR action plan §2.51 uses 12 months. From 1 to 60.',
      kind: { type: 'whole', unit: 'months' },
    },
    {
      path: 'repeatVictim.minIncidents',
      label: 'Incidents that make a repeat victim',
      hint: 'Incidents in the look-back, including this report. LOCAL: “more than once” in the LLR action plan §2.51, so 2. From 2 to 20.',
      kind: { type: 'whole', unit: 'incidents' },
    },
    {
      path: 'repeatVictim.roles',
      label: 'Roles that count towards a repeat victim',
      hint: 'The person’s role in the earlier incidents. LOCAL: the LLR action plan §2.51 counts victims and complainants. A perpetrator never counts.',
      kind: {
        type: 'choices',
        options: [
          { value: 'victim', text: 'Victim' },
          { value: 'complainant', text: 'Complainant' },
          { value: 'witness', text: 'Witness' },
          { value: 'subject', text: 'Subject' },
        ],
      },
    },
    {
      path: 'repeatLocation.minIncidents',
      label: 'Incidents that make a repeat location',
      hint: 'Incidents near the place in the look-back, including this report. LOCAL: no national definition. From 2 to 100.',
      kind: { type: 'whole', unit: 'incidents' },
    },
    {
      path: 'repeatLocation.radiusMetres',
      label: 'Repeat location radius',
      hint: 'Metres on the British National Grid around the place. LOCAL: no national definition. From 1 to 5,000.',
      kind: { type: 'number', unit: 'metres' },
    },
    {
      path: 'repeatLocation.windowDays',
      label: 'Repeat location look-back',
      hint: 'Days counted back from the report. LOCAL: no national definition. From 1 to 1,826 (5 years).',
      kind: { type: 'whole', unit: 'days' },
    },
    {
      path: 'repeatLocation.sameLsoa',
      label: 'Incidents in the same LSOA count',
      hint: 'Also count incidents in the same 2021 Lower Layer Super Output Area, however far. LOCAL.',
      kind: { type: 'yesNo' },
    },
    {
      path: 'caseReview.windowMonths',
      label: 'ASB Case Review look-back',
      hint: 'Calendar months counted back from the report. s.104(11) of the 2014 Act: six months; a longer period is a more generous LOCAL choice (DOMAIN.md §3.4). From 6 to 12.',
      kind: { type: 'whole', unit: 'months' },
    },
    {
      path: 'caseReview.minIncidents',
      label: 'Qualifying complaints that meet the ASB Case Review threshold',
      hint: 'Separate qualifying complaints in the look-back. s.104(4) of the 2014 Act: the threshold must be met at 3; a LOCAL procedure may set fewer (DOMAIN.md §3.4). From 1 to 3.',
      kind: { type: 'whole', unit: 'complaints' },
    },
    {
      path: 'caseReview.reportedWithinMonths',
      label: 'Time within which a complaint qualifies',
      hint: 'Calendar months between the behaviour and the complaint. s.104(11) of the 2014 Act: one month; longer is a LOCAL choice (DOMAIN.md §3.4). From 1 to 12.',
      kind: { type: 'whole', unit: 'months' },
    },
    {
      path: 'caseReview.hateIncidentAlone',
      label: 'A single hate incident meets the ASB Case Review threshold',
      hint: 'LOCAL: the LLR Case Review pages accept one hate incident (DOMAIN.md §3.4).',
      kind: { type: 'yesNo' },
    },
    {
      path: 'caseReview.duplicateWithinHours',
      label: 'Time within which reports to different agencies are one incident',
      hint: 'Hours between the behaviour dates of reports to different agencies. LOCAL counting rule (DOMAIN.md §3.4). From 0 to 168 (a week).',
      kind: { type: 'number', unit: 'hours' },
    },
  ],
};
