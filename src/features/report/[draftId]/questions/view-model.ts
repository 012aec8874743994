/**
 * The call-handling questions page's view model: one entry per question with the GOV.UK macro
 * parameters (radios with the answer checked, factor checkboxes, a character count).
 */
import type { FormErrors } from '../../../../platform/forms.js';
import type { CallHandlingQuestion, CallHandlingQuestionnaire } from '../../../../services/report/call-handling-questions.js';
import { stepPath } from '../../_shared/report-page.js';
import { anyField } from './schema.js';

const YES_NO = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];
const YES_NO_NOT_KNOWN = [...YES_NO, { value: 'not-known', text: 'Not known' }];

/** Shown under a "yes" answer: what the call handler must do now. */
const YES_WARNING: Record<string, string> = {
  immediateDanger: 'Follow the emergency procedure now: pass the call to the control room or call 999.',
  hateRelated: 'Record it as a hate incident. The caller can ask for an ASB Case Review after a single hate incident.',
};

function radios(q: CallHandlingQuestion, options: { value: string; text: string }[], value: unknown) {
  return options.map((o) => ({ ...o, checked: o.value === value }));
}

function question(q: CallHandlingQuestion, values: Record<string, unknown>, errors?: FormErrors) {
  const base = {
    code: q.code,
    kind: q.kind,
    text: q.text,
    hint: q.hint ? { text: q.hint } : undefined,
    errorMessage: errors?.fields[q.code],
  };
  switch (q.kind) {
    case 'yes-no':
      return { ...base, items: radios(q, YES_NO, values[q.code]), yesWarning: YES_WARNING[q.code] };
    case 'yes-no-not-known':
      return { ...base, items: radios(q, YES_NO_NOT_KNOWN, values[q.code]) };
    case 'factors':
      return {
        ...base,
        anyName: anyField(q.code),
        anyChecked: values[anyField(q.code)],
        anyError: errors?.fields[anyField(q.code)],
        factorItems: (q.options ?? []).map((o) => ({ value: o.code, text: o.label })),
        factorValues: values[q.code] ?? [],
      };
    case 'text':
      return { ...base, value: values[q.code], maxLength: q.maxLength ?? 1000 };
  }
}

/** The page's template context. */
export function questionsPage(
  draftId: string,
  questionnaire: CallHandlingQuestionnaire,
  values: Record<string, unknown>,
  errors?: FormErrors,
) {
  return {
    title: 'Call-handling questions',
    action: stepPath(draftId, 'questions'),
    backHref: stepPath(draftId, 'who'),
    version: questionnaire.version,
    questions: questionnaire.questions.map((q) => question(q, values, errors)),
    errors,
  };
}
