/**
 * The shape of the rule-settings registry: each group of LOCAL or UNVERIFIED rules (DOMAIN.md
 * conventions) stored in `rule_settings` under one key, with the fields an administrator may
 * change. Pure types.
 */

/** How a field is typed into the form, shown and stored. */
export type SettingKind =
  /** A whole number of `unit` (plural, e.g. 'days'); stored as a JSON integer. */
  | { type: 'whole'; unit: string }
  /** A number of `unit` that may have decimals (e.g. metres, hours). */
  | { type: 'number'; unit: string }
  /** A whole number of `unit`, or empty for none (stored as null, shown as `none`). */
  | { type: 'optionalWhole'; unit: string; none: string }
  /** Yes or no; stored as a JSON boolean. */
  | { type: 'yesNo' }
  /** Free text of at most `maxLength` characters. */
  | { type: 'text'; maxLength: number }
  /** One or more of `options` (checkboxes); stored as a JSON array of the option values. */
  | { type: 'choices'; options: readonly { value: string; text: string }[] };

/** One setting an administrator may change. */
export interface SettingField {
  /** Dotted path in the group's settings object, e.g. 'cbo.adultMinYears'. */
  path: string;
  /** What the setting is, as a noun phrase: "Supervisory review interval". */
  label: string;
  /** What it means, its unit, whether it is LOCAL or UNVERIFIED, and the source of its default. */
  hint: string;
  kind: SettingKind;
}

/** A group of settings stored as one JSON value under `key` in `rule_settings`. */
export interface SettingGroup {
  /** The rule_settings key, e.g. 'case_management'. */
  key: string;
  title: string;
  /** One sentence on what the group decides. */
  description: string;
  /** The group's settings when nothing is stored. */
  defaults: object;
  /**
   * The domain's validating merge: the stored overrides (null for none) over the defaults.
   * @throws an Error whose message is in GOV.UK wording when a setting breaks a limit.
   */
  merge: (overrides: unknown) => object;
  /** Turns a merge error's message into a message beside the field at `path` (default: as is). */
  fieldMessage?: (message: string, path: string) => string;
  fields: readonly SettingField[];
}
