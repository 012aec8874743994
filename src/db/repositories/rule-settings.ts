/**
 * LOCAL and UNVERIFIED rules as configuration with history (migration 002 `rule_settings`): the
 * newest row for a (scope, key) is in force. Callers merge the value over their defaults with
 * the domain's validating merge (checks, case_management, powers). Rows are only ever added:
 * a change is a new row, so the history stays. The settings are the partnership's, not any
 * organisation's records: who may read and change them is the administrators' permission
 * ('admin:settings'), checked by the pages.
 */
import type { Executor } from './audit-log.js';

/** JSON columns come back parsed from pg and as text from some PGlite paths. */
function parsed(value: unknown): unknown {
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
}

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
  return parsed(row?.value) ?? null;
}

export interface RuleSettingRow {
  id: string;
  value: unknown;
  changedAt: Date;
  /** The user's name; null for a row written without one (a migration or seed). */
  changedByName: string | null;
}

/** Every stored value of `key` at `scope`, newest first. */
export async function ruleSettingHistory(db: Executor, key: string, scope = 'partnership'): Promise<RuleSettingRow[]> {
  const rows = await db
    .selectFrom('rule_settings as s')
    .leftJoin('users as u', 'u.id', 's.changed_by')
    .select(['s.id', 's.value', 's.changed_at', 'u.name'])
    .where('s.scope', '=', scope)
    .where('s.key', '=', key)
    .orderBy('s.id', 'desc')
    .execute();
  return rows.map((r) => ({ id: String(r.id), value: parsed(r.value), changedAt: r.changed_at, changedByName: r.name }));
}

/** Stores `value` as the newest setting of `key` (never updates a row). @returns the new row's id. */
export async function insertRuleSetting(
  db: Executor,
  entry: { key: string; value: unknown; changedBy: string | null; scope?: string },
): Promise<string> {
  const row = await db
    .insertInto('rule_settings')
    .values({ scope: entry.scope ?? 'partnership', key: entry.key, value: JSON.stringify(entry.value), changed_by: entry.changedBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return String(row.id);
}

/** The id of the newest partnership `rule_settings` row for `key` (the version of the settings in force), or undefined when none is stored. */
export async function newestSettingsId(db: Executor, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('rule_settings')
    .select('id')
    .where('scope', '=', 'partnership')
    .where('key', '=', key)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : String(row.id);
}
