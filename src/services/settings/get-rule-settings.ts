/** Gets one group of rule settings for its form: the values in force and the history of changes. */
import type { Executor } from '../../db/repositories/audit-log.js';
import { findSettingGroup } from '../../domain/settings/registry.js';
import { settingGroupState, type SettingGroupState } from './group-state.js';

/** @returns the group's state, or null for a key that is not in the registry. */
export async function getRuleSettings(db: Executor, key: string): Promise<SettingGroupState | null> {
  const group = findSettingGroup(key);
  return group ? settingGroupState(db, group) : null;
}
