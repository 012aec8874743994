/** Deletes the user's report draft, once the report is saved (or abandoned). */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/roles.js';
import { hasDrafts, isDraftId, REPORT_DRAFT_KIND } from './report-draft.js';

/** @returns false when there was no such draft of the actor's. */
export async function deleteReportDraft(db: Kysely<Database>, actor: Actor, id: string): Promise<boolean> {
  if (!hasDrafts(actor) || !isDraftId(id)) return false;
  const result = await db
    .deleteFrom('form_drafts')
    .where('id', '=', id)
    .where('kind', '=', REPORT_DRAFT_KIND)
    .where('user_id', '=', actor.userId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
