/** Saves one or more pages' sections into the user's report draft. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/roles.js';
import { lockDraft, setDraftData } from '../../db/repositories/report-drafts.js';
import { getReportDraft } from './get-report-draft.js';
import { REPORT_DRAFT_KIND, type ReportDraftData } from './report-draft.js';

/**
 * Replaces the given sections (others are kept), in one transaction that locks the row so two
 * tabs saving at once do not lose each other's pages.
 * @returns false when the draft is not the actor's (nothing is written).
 */
export async function updateReportDraft(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  sections: Partial<ReportDraftData>,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const draft = await getReportDraft(trx, actor, id);
    if (!draft) return false;
    await lockDraft(trx, id);
    const data: ReportDraftData = { ...draft.data, ...sections };
    await setDraftData(trx, REPORT_DRAFT_KIND, id, data, new Date());
    return true;
  });
}
