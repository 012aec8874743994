/**
 * The call-handling questionnaire in force: the newest version in `call_handling_questionnaires`
 * (migration 002), seeded with version 1 (domain/report/call-handling-questions.ts) by
 * ensureReferenceData. Reference data: no personal data, not audited.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { insertQuestionnaireIfMissing, newestQuestionnaire } from '../../db/repositories/call-handling-questionnaires.js';
import {
  CALL_HANDLING_QUESTIONNAIRE_V1,
  isQuestionList,
  type CallHandlingQuestionnaire,
} from '../../domain/report/call-handling-questions.js';

export type { CallHandlingQuestionnaire, CallHandlingQuestion, CallAnswers } from '../../domain/report/call-handling-questions.js';

/**
 * Writes version 1 when it is missing; never overwrites a stored version. Idempotent; called
 * from ensureReferenceData inside its transaction.
 */
export async function ensureCallHandlingQuestionnaire(db: Executor): Promise<void> {
  await insertQuestionnaireIfMissing(db, CALL_HANDLING_QUESTIONNAIRE_V1.version, CALL_HANDLING_QUESTIONNAIRE_V1.questions);
}

/**
 * The newest questionnaire version. Falls back to the built-in version 1 when none is stored
 * (reference data not loaded yet).
 * @throws Error when the newest stored version is not a valid question list.
 */
export async function currentQuestionnaire(db: Executor): Promise<CallHandlingQuestionnaire> {
  const row = await newestQuestionnaire(db);
  if (!row) return CALL_HANDLING_QUESTIONNAIRE_V1;
  const questions = typeof row.questions === 'string' ? (JSON.parse(row.questions) as unknown) : row.questions;
  if (!isQuestionList(questions)) throw new Error(`Call-handling questionnaire version ${row.version} is not a valid question list`);
  return { version: Number(row.version), questions };
}
