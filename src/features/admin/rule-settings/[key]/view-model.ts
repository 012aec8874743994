/** The rule-settings form page's view model: each field ready for its GOV.UK macro, and the history. */
import { fieldName, type SettingFieldError } from '../../../../domain/settings/form.js';
import type { SettingsRevision } from '../../../../domain/settings/display.js';
import type { SettingGroup } from '../../../../domain/settings/types.js';
import type { FormErrors } from '../../../../platform/forms.js';

export interface FormField {
  name: string;
  label: string;
  hint: string;
  type: 'input' | 'radios' | 'checkboxes';
  /** For inputs: the unit shown after the box, and the keyboard to offer. */
  suffix?: string;
  inputmode?: 'numeric' | 'decimal' | 'text';
  width?: string;
  items?: { value: string; text: string }[];
}

/** The group's fields for the form. */
export function formFields(group: SettingGroup): FormField[] {
  return group.fields.map((f): FormField => {
    const base = { name: fieldName(f.path), label: f.label, hint: f.hint };
    const kind = f.kind;
    switch (kind.type) {
      case 'yesNo':
        return {
          ...base,
          type: 'radios',
          items: [
            { value: 'yes', text: 'Yes' },
            { value: 'no', text: 'No' },
          ],
        };
      case 'choices':
        return { ...base, type: 'checkboxes', items: [...kind.options] };
      case 'text':
        return { ...base, type: 'input', inputmode: 'text', width: 'govuk-!-width-one-half' };
      case 'number':
        return { ...base, type: 'input', inputmode: 'decimal', suffix: kind.unit, width: 'govuk-input--width-5' };
      case 'whole':
      case 'optionalWhole':
        return { ...base, type: 'input', inputmode: 'numeric', suffix: kind.unit, width: 'govuk-input--width-4' };
    }
  });
}

/** The domain's errors by field as the GOV.UK macros take them. */
export function formErrors(errors: readonly SettingFieldError[]): FormErrors {
  return {
    list: errors.map((e) => ({ text: e.message, href: `#${e.name}` })),
    fields: Object.fromEntries(errors.map((e) => [e.name, { text: e.message }])),
  };
}

/** The history table's rows: when, who and what changed in words. */
export function historyRows(revisions: readonly SettingsRevision[]) {
  return revisions.map((r) => ({
    changedAt: r.changedAt,
    changedByName: r.changedByName ?? 'Concord',
    changes: r.changes.length ? r.changes.map((c) => `${c.label}: ${c.from} to ${c.to}`) : ['No change to these settings'],
  }));
}
