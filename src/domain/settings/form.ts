/**
 * The settings form for one group: what each field shows, and turning what was typed into the
 * overrides to store. Validation is in two steps: the field's kind (a whole number, yes or no…)
 * with GOV.UK messages, then the group's own merge, which holds the limits and their sources, so
 * the form can never store a value the rest of Concord would refuse. Pure.
 */
import { isDeepStrictEqual } from 'node:util';
import { deletePath, getPath, setPath } from './paths.js';
import type { SettingField, SettingGroup } from './types.js';

/** The form input name (and element id) of a field: its path with dots as hyphens. */
export function fieldName(path: string): string {
  return path.replace(/\./g, '-');
}

/** What was typed, by input name: a string, or a list for checkboxes. */
export type SettingsFormInput = Record<string, string | string[]>;

export interface SettingFieldError {
  /** The field's input name (see fieldName). */
  name: string;
  message: string;
}

export type SettingsFormResult = { ok: true; overrides: Record<string, unknown> } | { ok: false; errors: SettingFieldError[] };

/** The form filled in from `settings` (the group's merged settings in force). */
export function settingsFormValues(group: SettingGroup, settings: object): SettingsFormInput {
  const values: SettingsFormInput = {};
  for (const field of group.fields) {
    const value = getPath(settings, field.path);
    const name = fieldName(field.path);
    if (field.kind.type === 'choices') values[name] = Array.isArray(value) ? value.map(String) : [];
    else if (field.kind.type === 'yesNo') values[name] = value ? 'yes' : 'no';
    else values[name] = value === null || value === undefined ? '' : String(value);
  }
  return values;
}

/**
 * The overrides to store for what was typed: every field's value that differs from its default.
 * Fields left at their default are not stored, so a later change of a default in code still
 * applies where the partnership made no choice. The registry covers every setting of a group
 * (registry.test.ts), so nothing stored before needs carrying over, and a stored value the rules
 * refuse (written without this form) is replaced whole.
 * @returns the overrides, or the errors by field (in field order) in GOV.UK wording: first the
 *   field's kind, then the group's merge, each of whose refusals is put beside the field that
 *   causes it (the first field whose default would change the refusal).
 */
export function parseSettingsForm(group: SettingGroup, input: SettingsFormInput): SettingsFormResult {
  const errors = new Map<string, string>();
  let overrides: Record<string, unknown> = {};
  for (const field of group.fields) {
    const typed = readField(field, input[fieldName(field.path)]);
    if (!typed.ok) errors.set(field.path, typed.message);
    else if (!isDeepStrictEqual(typed.value, getPath(group.defaults, field.path))) overrides = setPath(overrides, field.path, typed.value);
  }
  let checked = overrides;
  for (let refusal = mergeError(group, checked); refusal !== null; refusal = mergeError(group, checked)) {
    const message = refusal;
    const field = group.fields.find((f) => !errors.has(f.path) && mergeError(group, deletePath(checked, f.path)) !== message);
    const path = field?.path ?? group.fields[0]!.path;
    if (!errors.has(path)) errors.set(path, group.fieldMessage ? group.fieldMessage(message, path) : message);
    if (!field) break;
    checked = deletePath(checked, path);
  }
  if (!errors.size) return { ok: true, overrides };
  return {
    ok: false,
    errors: group.fields.filter((f) => errors.has(f.path)).map((f) => ({ name: fieldName(f.path), message: errors.get(f.path)! })),
  };
}

/** The merge's refusal of `overrides`, or null when it accepts them. */
function mergeError(group: SettingGroup, overrides: unknown): string | null {
  try {
    group.merge(overrides);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

type Typed = { ok: true; value: unknown } | { ok: false; message: string };

/** What the field's kind makes of the typed text, with GOV.UK messages. */
function readField(field: SettingField, raw: string | string[] | undefined): Typed {
  const what = theLabel(field.label);
  const kind = field.kind;
  if (kind.type === 'choices') {
    const list = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((v) => kind.options.some((o) => o.value === v));
    return list.length ? { ok: true, value: list } : { ok: false, message: `Select at least one of the ${lowerFirst(field.label)}` };
  }
  const text = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  switch (kind.type) {
    case 'yesNo':
      if (text === 'yes' || text === 'no') return { ok: true, value: text === 'yes' };
      return { ok: false, message: `Select yes if ${lowerFirst(field.label)}` };
    case 'text':
      if (!text) return { ok: false, message: `Enter the ${lowerFirst(field.label)}` };
      if (text.length > kind.maxLength) return { ok: false, message: `${what} must be ${kind.maxLength} characters or fewer` };
      return { ok: true, value: text };
    case 'optionalWhole':
      if (!text) return { ok: true, value: null };
      return /^-?\d+$/.test(text)
        ? { ok: true, value: Number(text) }
        : { ok: false, message: `${what} must be a whole number of ${kind.unit}` };
    case 'whole':
      if (!text) return { ok: false, message: `Enter the ${lowerFirst(field.label)}` };
      return /^-?\d+$/.test(text)
        ? { ok: true, value: Number(text) }
        : { ok: false, message: `${what} must be a whole number of ${kind.unit}` };
    case 'number':
      if (!text) return { ok: false, message: `Enter the ${lowerFirst(field.label)}` };
      return /^-?\d+(\.\d+)?$/.test(text)
        ? { ok: true, value: Number(text) }
        : { ok: false, message: `${what} must be a number of ${kind.unit}` };
  }
}

/** "Supervisory review interval" → "The supervisory review interval"; acronyms ("ASB …") keep their case. */
function theLabel(label: string): string {
  return `The ${lowerFirst(label)}`;
}

function lowerFirst(label: string): string {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
