/** Deletes the user's report draft, once the report is saved (or abandoned). */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/roles.js';
import { deleteDraft } from '../../db/repositories/report-drafts.js';
import { hasDrafts, isDraftId, reportDraftOwner } from './report-draft.js';

/** @returns false when there was no such draft of the actor's. */
export async function deleteReportDraft(db: Kysely<Database>, actor: Actor, id: string): Promise<boolean> {
  if (!hasDrafts(actor) || !isDraftId(id)) return false;
  return deleteDraft(db, reportDraftOwner(actor), id);
}
