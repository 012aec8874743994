/**
 * The use-of-powers report's settings (rule_settings key 'use_of_powers_report'): the LOCAL
 * small-count threshold merged by mergeUseOfPowersSettings (domain/powers/use-of-powers-settings.ts
 * holds the limits; domain/analysis/small-counts.ts the method).
 */
import {
  DEFAULT_USE_OF_POWERS_SETTINGS,
  mergeUseOfPowersSettings,
  USE_OF_POWERS_SETTINGS_KEY,
} from '../../powers/use-of-powers-settings.js';
import type { SettingGroup } from '../types.js';

export const useOfPowersReportGroup: SettingGroup = {
  key: USE_OF_POWERS_SETTINGS_KEY,
  title: 'Use-of-powers report',
  description: 'Small counts withheld from the report and its CSV so that no one can be identified.',
  defaults: DEFAULT_USE_OF_POWERS_SETTINGS,
  merge: mergeUseOfPowersSettings,
  fields: [
    {
      path: 'suppressionThreshold',
      label: 'Smallest count shown',
      hint: 'Interventions. Counts from 1 to one below this are shown as [c], with secondary suppression so a total cannot give them away. LOCAL: a partnership choice under GSS/ONS disclosure-control practice (default 5). From 1 (nothing withheld) to 20.',
      kind: { type: 'whole', unit: 'interventions' },
    },
  ],
};
