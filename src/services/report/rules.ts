/**
 * The partnership's point-of-report check rules in force: the newest `rule_settings` row with
 * scope 'partnership' and key 'checks' (migration 002; history is kept, the newest row wins),
 * merged over DEFAULT_CHECK_RULES by mergeCheckRules (domain/checks/merge-check-rules.ts, which
 * holds the statutory limits). No row means the defaults (LLR action plan §2.51, DOMAIN.md §3.4).
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { ruleSettingValue } from '../../db/repositories/rule-settings.js';
import { mergeCheckRules } from '../../domain/checks/merge-check-rules.js';
import type { CheckRules } from '../../domain/checks/types.js';

export const CHECK_RULES_KEY = 'checks';
export const PARTNERSHIP_SCOPE = 'partnership';

/**
 * @returns the rules in force (a fresh object).
 * @throws InvalidCheckRulesError when the stored setting breaks a limit; a bad setting must be
 *   fixed rather than silently ignored, as it decides who is told about the Case Review.
 */
export async function loadCheckRules(db: Executor): Promise<CheckRules> {
  return mergeCheckRules(await ruleSettingValue(db, CHECK_RULES_KEY));
}
