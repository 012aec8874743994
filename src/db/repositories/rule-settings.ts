/**
 * LOCAL and UNVERIFIED rules as configuration with history (migration 002 `rule_settings`): the
 * newest row for a (scope, key) is in force. Callers merge the value over their defaults with
 * the domain's validating merge (checks, case_management, powers).
 */
import type { Executor } from './audit-log.js';

/** The stored JSON value in force for `key` at partnership scope, or null when none is stored. */
export async function ruleSettingValue(db: Executor, key: string, scope = 'partnership'): Promise<unknown> {
  const row = await db
    .selectFrom('rule_settings')
    .select('value')
    .where('scope', '=', scope)
    .where('key', '=', key)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const value = typeof row?.value === 'string' ? (JSON.parse(row.value) as unknown) : row?.value;
  return value ?? null;
}
