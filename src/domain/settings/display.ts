/**
 * Settings in words for the settings pages: a value with its unit ("28 days"), and what each
 * stored change altered. Pure.
 */
import { isDeepStrictEqual } from 'node:util';
import { getPath } from './paths.js';
import type { SettingField, SettingGroup } from './types.js';

/** A value as the settings pages show it: "1 month", "100 metres", "Yes", "Victim, Complainant", "No minimum age". */
export function formatSettingValue(field: SettingField, value: unknown): string {
  const kind = field.kind;
  switch (kind.type) {
    case 'whole':
    case 'number':
      return withUnit(value, kind.unit);
    case 'optionalWhole':
      return value === null || value === undefined ? kind.none : withUnit(value, kind.unit);
    case 'yesNo':
      return value ? 'Yes' : 'No';
    case 'text':
      return String(value ?? '');
    case 'choices':
      return (Array.isArray(value) ? value : []).map((v) => kind.options.find((o) => o.value === v)?.text ?? String(v)).join(', ');
  }
}

function withUnit(value: unknown, unit: string): string {
  const n = Number(value);
  return `${n.toLocaleString('en-GB')} ${n === 1 ? unit.replace(/s$/, '') : unit}`;
}

/** One stored row of a group's history (newest first when given as a list). */
export interface StoredSetting {
  id: string;
  /** The overrides stored (null or {} for none). */
  value: unknown;
  changedAt: Date;
  changedByName: string | null;
}

export interface SettingChange {
  path: string;
  label: string;
  from: string;
  to: string;
}

export interface SettingsRevision extends Omit<StoredSetting, 'value'> {
  /** The fields this row changed from the row before it (or from the defaults, for the first). */
  changes: SettingChange[];
}

/**
 * What each row of `history` (newest first) changed, newest first. A field's value in a row is the
 * stored override, or the default when the row has none.
 */
export function settingsRevisions(group: SettingGroup, history: readonly StoredSetting[]): SettingsRevision[] {
  const oldestFirst = [...history].reverse();
  const valueIn = (stored: unknown, field: SettingField) => {
    const own = getPath(stored, field.path);
    return own === undefined ? getPath(group.defaults, field.path) : own;
  };
  const revisions = oldestFirst.map((row, i) => {
    const before = i ? oldestFirst[i - 1]!.value : null;
    const changes = group.fields
      .filter((f) => !isDeepStrictEqual(valueIn(before, f), valueIn(row.value, f)))
      .map((f) => ({
        path: f.path,
        label: f.label,
        from: formatSettingValue(f, valueIn(before, f)),
        to: formatSettingValue(f, valueIn(row.value, f)),
      }));
    return { id: row.id, changedAt: row.changedAt, changedByName: row.changedByName, changes };
  });
  return revisions.reverse();
}

export interface SettingSummary {
  path: string;
  label: string;
  hint: string;
  /** The value in force, in words. */
  value: string;
  /** The default in words when the value in force differs from it; null when they are the same. */
  defaultValue: string | null;
  /** The newest row that changed this setting; null when it has never been changed. */
  lastChanged: { at: Date; byName: string | null } | null;
}

/** Each field of `group`: its value in `settings` (merged, in force), its default and its last change. */
export function settingSummaries(group: SettingGroup, settings: object, revisions: readonly SettingsRevision[]): SettingSummary[] {
  return group.fields.map((f) => {
    const value = getPath(settings, f.path);
    const fallback = getPath(group.defaults, f.path);
    const last = revisions.find((r) => r.changes.some((c) => c.path === f.path));
    return {
      path: f.path,
      label: f.label,
      hint: f.hint,
      value: formatSettingValue(f, value),
      defaultValue: isDeepStrictEqual(value, fallback) ? null : formatSettingValue(f, fallback),
      lastChanged: last ? { at: last.changedAt, byName: last.changedByName } : null,
    };
  });
}
