/** Starts a report draft for the signed-in user in their current organisation. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/roles.js';
import { hasDrafts, REPORT_DRAFT_KIND } from './report-draft.js';

/**
 * @returns the new draft's id.
 * @throws Error when the actor is an API token (drafts belong to users).
 */
export async function createReportDraft(db: Kysely<Database>, actor: Actor): Promise<{ id: string }> {
  if (!hasDrafts(actor)) throw new Error('Only a signed-in user can start a report draft');
  return db
    .insertInto('form_drafts')
    .values({ kind: REPORT_DRAFT_KIND, user_id: actor.userId, organisation_id: actor.organisationId, data: JSON.stringify({}) })
    .returning('id')
    .executeTakeFirstOrThrow();
}
