/**
 * Changes one group of rule settings from its form. The change is a new `rule_settings` row
 * (never an update: the history stays), with who and when, audited ('rule_settings.change') in the
 * same transaction. The values are validated by the field kinds and the group's own merge
 * (domain/settings/form.ts), so nothing stored can be refused later by the rules that read it.
 * A new 'case_management' row makes the next scheduler tick recompute every case's due dates
 * (its 'settings-<id>' run, services/cases/refresh-case-due.ts).
 */
import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { insertRuleSetting, ruleSettingValue } from '../../db/repositories/rule-settings.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { findSettingGroup } from '../../domain/settings/registry.js';
import { parseSettingsForm, type SettingFieldError, type SettingsFormInput } from '../../domain/settings/form.js';
import { getPath } from '../../domain/settings/paths.js';

export class RuleSettingsForbiddenError extends Error {
  override name = 'RuleSettingsForbiddenError';
}

export class UnknownRuleSettingsError extends Error {
  override name = 'UnknownRuleSettingsError';
}

export type ChangeRuleSettingsResult =
  { ok: true; changed: false } | { ok: true; changed: true; id: string; fields: string[] } | { ok: false; errors: SettingFieldError[] };

/**
 * @param input what was typed, by input name (domain/settings/form.ts fieldName).
 * @returns the new row's id and the fields changed; `changed: false` (nothing written) when the
 *   values are those in force; or the errors by field, nothing written.
 * @throws RuleSettingsForbiddenError without 'admin:settings'; UnknownRuleSettingsError for a key
 *   not in the registry.
 */
export async function changeRuleSettings(
  db: Kysely<Database>,
  key: string,
  input: SettingsFormInput,
  actor: Actor,
  ip: string | null = null,
): Promise<ChangeRuleSettingsResult> {
  if (!can(actor, 'admin:settings')) throw new RuleSettingsForbiddenError('Only administrators may change the rule settings');
  const group = findSettingGroup(key);
  if (!group) throw new UnknownRuleSettingsError(`No rule settings group ${key}`);
  return db.transaction().execute(async (trx) => {
    const previous = await ruleSettingValue(trx, key);
    const parsed = parseSettingsForm(group, input);
    if (!parsed.ok) return parsed;
    if (isDeepStrictEqual(parsed.overrides, previous ?? {})) return { ok: true, changed: false };
    const fields = group.fields
      .filter((f) => !isDeepStrictEqual(getPath(parsed.overrides, f.path), getPath(previous, f.path)))
      .map((f) => f.path);
    const id = await insertRuleSetting(trx, { key, value: parsed.overrides, changedBy: actor.userId });
    await writeAudit(trx, actor, {
      action: 'rule_settings.change',
      entityType: 'rule_settings',
      entityId: key,
      detail: { id, fields },
      ip,
    });
    return { ok: true, changed: true, id, fields };
  });
}
