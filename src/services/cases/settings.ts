/**
 * The case-management settings in force: the newest `rule_settings` row with scope
 * 'partnership' and key 'case_management', merged over the defaults by mergeCaseSettings
 * (domain/cases/settings.ts, which holds the limits and sources). No row means the defaults.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { ruleSettingValue } from '../../db/repositories/rule-settings.js';
import { mergeCaseSettings, type CaseSettings } from '../../domain/cases/settings.js';

export const CASE_SETTINGS_KEY = 'case_management';

/** @throws InvalidCaseSettingsError when the stored setting breaks a limit. */
export async function loadCaseSettings(db: Executor): Promise<CaseSettings> {
  return mergeCaseSettings(await ruleSettingValue(db, CASE_SETTINGS_KEY));
}
