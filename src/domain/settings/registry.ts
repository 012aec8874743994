/**
 * Every group of rule settings an administrator may change, in the order the settings page shows
 * them. To add a group: describe it in groups/<name>.ts (key, defaults, the domain's validating
 * merge and its fields) and add it here; the pages, services and tests pick it up.
 */
import type { SettingGroup } from './types.js';
import { checksGroup } from './groups/checks.js';
import { caseManagementGroup } from './groups/case-management.js';
import { powersGroup } from './groups/powers.js';
import { useOfPowersReportGroup } from './groups/use-of-powers-report.js';

export const SETTING_GROUPS: readonly SettingGroup[] = [checksGroup, caseManagementGroup, powersGroup, useOfPowersReportGroup];

/** The group stored under `key`, or undefined for an unknown key. */
export function findSettingGroup(key: string): SettingGroup | undefined {
  return SETTING_GROUPS.find((g) => g.key === key);
}
