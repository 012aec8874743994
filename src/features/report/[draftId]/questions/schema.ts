/**
 * The call-handling questions form, built from the questionnaire in force (it is versioned
 * configuration, so the schema is made per version). GOV.UK wording for the standard
 * questions; a question added in a later version gets a plain "Answer …" message.
 *
 * Field names: a question's code; a 'factors' question also has `<code>-any` (yes/no), whose
 * "yes" reveals the factor checkboxes.
 */
import { z } from 'zod';
import type { CallAnswers, CallHandlingQuestion, CallHandlingQuestionnaire } from '../../../../services/report/call-handling-questions.js';
import { asList, asText } from '../../_shared/report-page.js';

/** The message when a question is not answered. */
const REQUIRED: Record<string, string> = {
  happenedBefore: 'Select whether this has happened to the caller before',
  vulnerabilityFactors: 'Select yes if the caller or anyone in their household is vulnerable',
  hateRelated: 'Select yes if the caller thinks they were targeted because of who they are',
  immediateDanger: 'Select yes if anyone is in immediate danger',
};

/** What a text answer is called in its length message. */
const TEXT_NAME: Record<string, string> = { callerWants: 'What the caller wants to happen' };

const required = (q: CallHandlingQuestion) => REQUIRED[q.code] ?? `Answer the question “${q.text}”`;

/** The field name of a factors question's yes/no. */
export const anyField = (code: string) => `${code}-any`;

function field(q: CallHandlingQuestion): [string, z.ZodType][] {
  switch (q.kind) {
    case 'yes-no':
      return [[q.code, z.enum(['yes', 'no'], { error: required(q) }).transform((v) => v === 'yes')]];
    case 'yes-no-not-known':
      return [[q.code, z.enum(['yes', 'no', 'not-known'], { error: required(q) })]];
    case 'factors': {
      const codes = (q.options ?? []).map((o) => o.code);
      return [
        [anyField(q.code), z.enum(['yes', 'no'], { error: required(q) })],
        [q.code, z.preprocess(asList, z.array(z.string().refine((c) => codes.includes(c), 'Select a factor from the list')))],
      ];
    }
    case 'text': {
      const max = q.maxLength ?? 1000;
      const name = TEXT_NAME[q.code] ?? 'Your answer';
      return [[q.code, z.preprocess(asText, z.string().max(max, `${name} must be ${max} characters or fewer`))]];
    }
  }
}

/** The schema for one questionnaire version; its output is the answers as kept with the incident. */
export function questionsSchema(questionnaire: CallHandlingQuestionnaire) {
  const shape = Object.fromEntries(questionnaire.questions.flatMap(field));
  return z
    .object(shape)
    .superRefine((v, ctx) => {
      for (const q of questionnaire.questions.filter((x) => x.kind === 'factors')) {
        if (v[anyField(q.code)] === 'yes' && !(v[q.code] as string[]).length) {
          ctx.addIssue({ code: 'custom', path: [q.code], message: 'Select how the caller or someone in their household is vulnerable' });
        }
      }
    })
    .transform((v) => {
      const answers: Record<string, unknown> = {};
      for (const q of questionnaire.questions) {
        if (q.kind === 'factors') answers[q.code] = v[anyField(q.code)] === 'yes' ? v[q.code] : [];
        else if (q.kind === 'text') answers[q.code] = (v[q.code] as string) || undefined;
        else answers[q.code] = v[q.code];
      }
      return answers as CallAnswers;
    });
}

/** The values to keep (and show back) from a posted form: only the questionnaire's fields. */
export function questionValues(body: Record<string, unknown>, questionnaire: CallHandlingQuestionnaire): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const q of questionnaire.questions) {
    if (q.kind === 'factors') {
      values[anyField(q.code)] = asText(body[anyField(q.code)]);
      values[q.code] = asList(body[q.code]);
    } else {
      values[q.code] = typeof body[q.code] === 'string' ? body[q.code] : '';
    }
  }
  return values;
}
