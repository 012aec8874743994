/**
 * The call handler's "I have told the caller" confirmation: the caller was told of their right to
 * request an ASB Case Review (s.104 of the 2014 Act; DOMAIN.md §3.6: explain it to every victim
 * on a second report within six months; LLR action plan §2.55). Sets
 * incidents.case_review_explained_at/by once — a second confirmation keeps the first — and is
 * audited ('incident.case_review_explained', ids only).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { lockVisibleIncidentCaseReview, setCaseReviewExplained } from '../../db/repositories/incidents.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { ReportForbiddenError, ReportNotFoundError } from './errors.js';
import { isUuid } from '../../domain/ids.js';

/**
 * @returns when it was first recorded as explained, and whether this call recorded it.
 * @throws ReportForbiddenError without 'incidents:record'; ReportNotFoundError when the incident
 *   does not exist or the actor may not see it (visibleIncidents).
 */
export async function markCaseReviewExplained(
  db: Kysely<Database>,
  actor: Actor,
  incidentId: string,
  opts: { now?: Date; ip?: string | null } = {},
): Promise<{ explainedAt: Date; recordedNow: boolean }> {
  if (!can(actor, 'incidents:record')) throw new ReportForbiddenError();
  if (!isUuid(incidentId)) throw new ReportNotFoundError();
  return db.transaction().execute(async (trx) => {
    const incident = await lockVisibleIncidentCaseReview(trx, actor, incidentId);
    if (!incident) throw new ReportNotFoundError();
    if (incident.explainedAt) return { explainedAt: incident.explainedAt, recordedNow: false };
    const explainedAt = opts.now ?? new Date();
    await setCaseReviewExplained(trx, incidentId, explainedAt, actor.userId);
    await writeAudit(trx, actor, {
      action: 'incident.case_review_explained',
      entityType: 'incident',
      entityId: incidentId,
      ip: opts.ip ?? null,
    });
    return { explainedAt, recordedNow: true };
  });
}
