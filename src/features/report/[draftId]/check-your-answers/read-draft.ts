/**
 * Reads a finished report draft into typed answers — the caller, the call-handling answers and
 * what happened where — by checking each page's saved values again with that page's schema.
 * A page that is missing, or no longer valid (say an incident type was withdrawn meanwhile), is
 * named so the user is sent back to it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.js';
import type { CallAnswers, CallHandlingQuestionnaire } from '../../../../services/report/call-handling-questions.js';
import { currentQuestionnaire } from '../../../../services/report/call-handling-questions.js';
import type { ChosenPerson, ReportDraft } from '../../../../services/report-drafts/report-draft.js';
import type { Step } from '../../_shared/report-page.js';
import { questionsSchema } from '../questions/schema.js';
import { whatAndWhereSchema, type WhatAndWhere } from '../what-and-where/schema.js';
import { formContext } from '../what-and-where/view-model.js';
import { choiceSchema, type ChoiceValue } from '../who/schema.js';

export interface ReadReport {
  chosen: ChosenPerson;
  choice: ChoiceValue;
  questionnaire: CallHandlingQuestionnaire;
  answers: CallAnswers;
  what: WhatAndWhere;
}

/** The typed report, or the first step to go back to. */
export async function readDraft(
  db: Kysely<Database>,
  draft: ReportDraft,
  now = new Date(),
): Promise<{ ok: true; report: ReadReport } | { ok: false; step: Step }> {
  const { who, questions, whatAndWhere } = draft.data;
  const choice = who && choiceSchema(now).safeParse(who.values);
  if (!who || !choice?.success) return { ok: false, step: 'who' };
  const questionnaire = await currentQuestionnaire(db);
  const answers = questions?.version === questionnaire.version ? questionsSchema(questionnaire).safeParse(questions.values) : undefined;
  if (!answers?.success) return { ok: false, step: 'questions' };
  const what = whatAndWhere && whatAndWhereSchema((await formContext(db, now)).context).safeParse(whatAndWhere.values);
  if (!what?.success) return { ok: false, step: 'what-and-where' };
  return { ok: true, report: { chosen: who.chosen, choice: choice.data, questionnaire, answers: answers.data, what: what.data } };
}
