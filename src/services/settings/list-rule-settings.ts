/**
 * Lists every group of rule settings (domain/settings/registry.ts) with each setting's value in
 * force, its default when different and its last change, for the settings index page.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { SETTING_GROUPS } from '../../domain/settings/registry.js';
import { settingSummaries, type SettingSummary } from '../../domain/settings/display.js';
import { settingGroupState } from './group-state.js';

export interface RuleSettingsGroupSummary {
  key: string;
  title: string;
  description: string;
  /** The refusal of a stored value (the defaults are shown instead); null when valid. */
  problem: string | null;
  settings: SettingSummary[];
}

/** Every group in registry order. */
export async function listRuleSettings(db: Executor): Promise<RuleSettingsGroupSummary[]> {
  const out: RuleSettingsGroupSummary[] = [];
  for (const group of SETTING_GROUPS) {
    const state = await settingGroupState(db, group);
    out.push({
      key: group.key,
      title: group.title,
      description: group.description,
      problem: state.problem,
      settings: settingSummaries(group, state.settings, state.revisions),
    });
  }
  return out;
}
