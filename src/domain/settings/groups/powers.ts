/**
 * The tools-and-powers settings (rule_settings key 'powers'): UNVERIFIED statutory figures and
 * LOCAL choices merged by mergePowersSettings (domain/powers/settings.ts holds the limits and sources).
 */
import { DEFAULT_POWERS_SETTINGS, mergePowersSettings } from '../../powers/settings.js';
import type { SettingGroup } from '../types.js';

const years = { type: 'whole', unit: 'years' } as const;

export const powersGroup: SettingGroup = {
  key: 'powers',
  title: 'Tools and powers',
  description: 'The lengths of Criminal Behaviour Orders, possession notice timing and the PSPO minimum age.',
  defaults: DEFAULT_POWERS_SETTINGS,
  merge: mergePowersSettings,
  fields: [
    {
      path: 'cbo.adultMinYears',
      label: 'Minimum length of an adult Criminal Behaviour Order',
      hint: 'Years; an adult order may also be indefinite. UNVERIFIED primary text: Sentencing Code s.334 per CPS guidance [S120] says 2 years (DOMAIN.md §2.1). From 1 to 10.',
      kind: years,
    },
    {
      path: 'cbo.youthMinYears',
      label: 'Minimum length of an under-18 Criminal Behaviour Order',
      hint: 'Years. UNVERIFIED primary text: 1 year [S23][S151]. From 1 to 5, and not more than the maximum.',
      kind: years,
    },
    {
      path: 'cbo.youthMaxYears',
      label: 'Maximum length of an under-18 Criminal Behaviour Order',
      hint: 'Years. UNVERIFIED primary text: 3 years [S23][S151]; [S121] and [S23b] say 2. From 1 to 5.',
      kind: years,
    },
    {
      path: 'possessionNoticeMonths',
      label: 'Time to give an absolute-ground possession notice',
      hint: 'Calendar months after the conviction or court finding. UNVERIFIED (DOMAIN.md §2.1); the closure-order condition is 3 months, s.83ZA(7) [S130]. From 1 to 24.',
      kind: { type: 'whole', unit: 'months' },
    },
    {
      path: 'pspoMinAge',
      label: 'Minimum age for a Public Spaces Protection Order fixed penalty',
      hint: 'Years of age. LOCAL: there is no statutory minimum (ss.67–68 [S30]); leave empty for none. From 10 to 18 when set.',
      kind: { type: 'optionalWhole', unit: 'years', none: 'No minimum age' },
    },
  ],
};
