/**
 * The versioned call-handling questionnaire (`call_handling_questionnaires`, migration 002):
 * reference data with no personal data, readable by every signed-in user, so not scoped.
 * `questions` is JSON as stored (pg and PGlite parse jsonb; a string is possible): the caller
 * checks its shape. Versions are normalised by the caller with Number().
 */
import type { Executor } from './audit-log.js';

/** Inserts the version unless it is stored already (a stored version is never overwritten). */
export async function insertQuestionnaireIfMissing(db: Executor, version: number, questions: unknown): Promise<void> {
  await db
    .insertInto('call_handling_questionnaires')
    .values({ version, questions: JSON.stringify(questions) })
    .onConflict((oc) => oc.column('version').doNothing())
    .execute();
}

/** The newest stored version and its questions as stored, or undefined when none is. */
export async function newestQuestionnaire(db: Executor): Promise<{ version: number; questions: unknown } | undefined> {
  return db
    .selectFrom('call_handling_questionnaires')
    .select(['version', 'questions'])
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** True when this questionnaire version is stored. */
export async function questionnaireVersionExists(db: Executor, version: number): Promise<boolean> {
  const row = await db.selectFrom('call_handling_questionnaires').select('version').where('version', '=', version).executeTakeFirst();
  return row !== undefined;
}
