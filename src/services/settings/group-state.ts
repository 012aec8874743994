/**
 * A settings group as stored now: the overrides in force, the merged settings and what each
 * earlier change altered. Shared by the settings services; reads only.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { ruleSettingHistory } from '../../db/repositories/rule-settings.js';
import { settingsRevisions, type SettingsRevision } from '../../domain/settings/display.js';
import type { SettingGroup } from '../../domain/settings/types.js';

export interface SettingGroupState {
  group: SettingGroup;
  /** The newest stored overrides (null for none). */
  stored: unknown;
  /** The settings in force: the stored overrides merged over the defaults, or the defaults when they are refused. */
  settings: object;
  /** The merge's refusal of the stored overrides (someone stored a bad value without this page); null when valid. */
  problem: string | null;
  /** Every stored change, newest first. */
  revisions: SettingsRevision[];
}

/** The state of `group` at partnership scope. */
export async function settingGroupState(db: Executor, group: SettingGroup): Promise<SettingGroupState> {
  const history = await ruleSettingHistory(db, group.key);
  const stored = history[0]?.value ?? null;
  let settings: object;
  let problem: string | null = null;
  try {
    settings = group.merge(stored);
  } catch (e) {
    settings = group.merge(null);
    problem = e instanceof Error ? e.message : String(e);
  }
  return { group, stored, settings, problem, revisions: settingsRevisions(group, history) };
}
