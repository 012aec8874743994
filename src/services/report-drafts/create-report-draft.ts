/** Starts a report draft for the signed-in user in their current organisation. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/roles.js';
import { insertDraft } from '../../db/repositories/report-drafts.js';
import { hasDrafts, reportDraftOwner } from './report-draft.js';

/**
 * @returns the new draft's id.
 * @throws Error when the actor is an API token (drafts belong to users).
 */
export async function createReportDraft(db: Kysely<Database>, actor: Actor): Promise<{ id: string }> {
  if (!hasDrafts(actor)) throw new Error('Only a signed-in user can start a report draft');
  return insertDraft(db, reportDraftOwner(actor));
}
