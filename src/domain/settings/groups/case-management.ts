/**
 * The case-management intervals (rule_settings key 'case_management'): LOCAL or UNVERIFIED rules
 * merged by mergeCaseSettings (domain/cases/settings.ts holds the limits and sources). A change is
 * picked up by the next case due-date refresh ('settings-<id>' runs, services/cases/refresh-case-due.ts).
 */
import { DEFAULT_CASE_SETTINGS, mergeCaseSettings } from '../../cases/settings.js';
import type { SettingGroup } from '../types.js';

const days = { type: 'whole', unit: 'days' } as const;

export const caseManagementGroup: SettingGroup = {
  key: 'case_management',
  title: 'Case management',
  description: 'When supervisory reviews, risk assessments and victim contact fall due on a case.',
  defaults: DEFAULT_CASE_SETTINGS,
  merge: mergeCaseSettings,
  fields: [
    {
      path: 'supervisoryReviewDays',
      label: 'Supervisory review interval',
      hint: 'Calendar days (Europe/London) between supervisory reviews. LOCAL: the LLR ASB action plan, action 2c, measures 28-day review compliance. From 1 to 28.',
      kind: days,
    },
    {
      path: 'riskAssessmentDueDays',
      label: 'Time to complete a risk assessment',
      hint: 'Calendar days after the case opens or an incident is linked. UNVERIFIED nationally: LBHF assesses priority-1 cases within 2 working days [S76] (DOMAIN.md §4.2). From 0 to 28.',
      kind: days,
    },
    {
      path: 'riskReviewDays.high',
      label: 'High-risk review interval',
      hint: 'Calendar days between reassessments of a high-risk victim. UNVERIFIED: DOMAIN.md §4.2 asks for a configurable interval per band. From 1 to 90.',
      kind: days,
    },
    {
      path: 'riskReviewDays.medium',
      label: 'Medium-risk review interval',
      hint: 'Calendar days between reassessments of a medium-risk victim. UNVERIFIED (DOMAIN.md §4.2). From 1 to 180.',
      kind: days,
    },
    {
      path: 'riskReviewDays.standard',
      label: 'Standard-risk review interval',
      hint: 'Calendar days between reassessments of a standard-risk victim. UNVERIFIED (DOMAIN.md §4.2). From 1 to 365.',
      kind: days,
    },
    {
      path: 'defaultContactDays',
      label: 'Default victim contact interval',
      hint: 'Calendar days between updates to a victim without an agreed contact plan. LOCAL: LBHF updates every 10 working days [S76]; the Victims’ Code leaves it to agreement (DOMAIN.md §5.1). From 1 to 90.',
      kind: days,
    },
    {
      path: 'dueSoonDays',
      label: 'Due-soon window',
      hint: 'Calendar days ahead that work queues show something as due soon. LOCAL. From 0 to 28.',
      kind: days,
    },
    {
      path: 'victimSupportService',
      label: 'Victim support service',
      hint: 'Where high-risk victims are offered referral. LOCAL: Victim First in LLR (DOMAIN.md §5.2).',
      kind: { type: 'text', maxLength: 100 },
    },
  ],
};
