/**
 * The tools-and-powers settings in force: the newest `rule_settings` row with scope
 * 'partnership' and key 'powers', merged over the defaults by mergePowersSettings
 * (domain/powers/settings.ts, which holds the limits and sources of the LOCAL and UNVERIFIED
 * rules). No row means the defaults.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { ruleSettingValue } from '../../db/repositories/rule-settings.js';
import { mergePowersSettings } from '../../domain/powers/settings.js';
import type { PowersSettings } from '../../domain/powers/types.js';

export const POWERS_SETTINGS_KEY = 'powers';

/** @throws the domain's settings error when the stored setting breaks a limit. */
export async function loadPowersSettings(db: Executor): Promise<PowersSettings> {
  return mergePowersSettings(await ruleSettingValue(db, POWERS_SETTINGS_KEY));
}
