/**
 * Revokes a case's share with another organisation (issue 4 "Sharing a case … and revoking
 * it"): from then on the case is "not found" to that organisation (case-scope.ts). The share row
 * is kept with who revoked it, when and why, so the history of disclosure stays (DOMAIN.md §6.2,
 * DPA 2018 s.62). Only case officers ('cases:work') of the lead organisation may revoke. Writes a
 * case event 'share_revoked' and an audit record 'case.share.revoke' with detail
 * { organisationId, shareId }.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { findCurrentShare, markShareRevoked } from '../../db/repositories/case-shares.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { TEXT_LIMITS, textProblem } from '../../domain/cases/oversight.js';
import { lockCase } from './case-change.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from './errors.js';
import { isUuid } from '../../domain/ids.js';

/**
 * @param reason why the share ends (1–1,000 characters).
 * @throws CaseForbiddenError without 'cases:work' or when the actor's organisation does not lead
 *   the case; CaseNotFoundError when the case is not visible or the share is not a current share
 *   of this case; CaseRuleError (field 'reason').
 */
export async function revokeShare(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  shareId: string,
  reason: string,
  opts: { now?: Date; ip?: string | null } = {},
): Promise<void> {
  if (!can(actor, 'cases:work')) throw new CaseForbiddenError();
  if (!isUuid(caseId) || !isUuid(shareId)) throw new CaseNotFoundError();
  await db.transaction().execute(async (trx) => {
    const found = await lockCase(trx, actor, caseId);
    if (!found.isLead) throw new CaseForbiddenError('Only the lead organisation can stop sharing this case');
    const share = await findCurrentShare(trx, caseId, shareId);
    if (!share) throw new CaseNotFoundError('This case is not shared with that organisation');
    const problem = textProblem(reason, 'Reason', TEXT_LIMITS.revokeReason, true, 'Enter the reason for stopping sharing');
    if (problem) throw new CaseRuleError('reason', problem);

    await markShareRevoked(trx, share.id, { revokedAt: opts.now ?? new Date(), revokedBy: actor.userId, reason: reason.trim() });
    await appendCaseEvent(trx, actor, caseId, {
      kind: 'share_revoked',
      summary: `Sharing with ${share.organisationName} stopped`,
      body: reason.trim(),
      detail: { shareId: share.id, organisationId: share.organisationId },
    });
    await writeAudit(trx, actor, {
      action: 'case.share.revoke',
      entityType: 'case',
      entityId: caseId,
      detail: { organisationId: share.organisationId, shareId: share.id },
      ip: opts.ip ?? null,
    });
  });
}
