/**
 * Shares a case with another organisation of the partnership (issue 4 "Sharing a case"), so that
 * organisation's case officers can see and work on it (db/repositories/case-scope.ts). Every
 * share names its reason and legal gateway, e.g. s.115 Crime and Disorder Act 1998 or a clause of
 * the Information Sharing Agreement (DOMAIN.md §6.3; DPA 2018 s.62 logs disclosures, §6.2).
 * Only case officers ('cases:work') of the lead organisation may share. The organisation must be
 * active, not the lead, and not already hold a current share. Writes the share, a case event
 * 'shared' and an audit record 'case.share' with detail { organisationId, shareId }.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { currentShareWith, findShareOrganisation, insertShare } from '../../db/repositories/case-shares.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { TEXT_LIMITS, textProblem } from '../../domain/cases/oversight.js';
import { lockCase } from './case-change.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from './errors.js';
import { isUuid } from '../../domain/ids.js';

export interface ShareInput {
  organisationId: string;
  /** Why, and under which legal gateway (1–1,000 characters). */
  reason: string;
}

/**
 * @returns the share's id.
 * @throws CaseForbiddenError without 'cases:work' or when the actor's organisation does not lead
 *   the case; CaseNotFoundError when the case is not visible; CaseRuleError (field 'organisation'
 *   or 'reason').
 */
export async function shareCase(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: ShareInput,
  opts: { ip?: string | null } = {},
): Promise<{ id: string }> {
  if (!can(actor, 'cases:work')) throw new CaseForbiddenError();
  if (!isUuid(caseId)) throw new CaseNotFoundError();
  return db.transaction().execute(async (trx) => {
    const found = await lockCase(trx, actor, caseId);
    if (!found.isLead) throw new CaseForbiddenError('Only the lead organisation can share this case');

    const org = isUuid(input.organisationId) ? await findShareOrganisation(trx, input.organisationId) : undefined;
    if (!org || !org.active) throw new CaseRuleError('organisation', 'Select the organisation to share the case with');
    if (org.id === found.leadOrganisationId)
      throw new CaseRuleError('organisation', `${org.name} leads this case: select another organisation`);
    if (await currentShareWith(trx, caseId, org.id)) throw new CaseRuleError('organisation', `The case is already shared with ${org.name}`);
    const problem = textProblem(
      input.reason,
      'Reason',
      TEXT_LIMITS.shareReason,
      true,
      'Enter the reason for sharing and the legal gateway',
    );
    if (problem) throw new CaseRuleError('reason', problem);

    const shareId = await insertShare(trx, { caseId, organisationId: org.id, reason: input.reason.trim(), sharedBy: actor.userId });
    await appendCaseEvent(trx, actor, caseId, {
      kind: 'shared',
      summary: `Case shared with ${org.name}`,
      body: input.reason.trim(),
      detail: { shareId, organisationId: org.id },
    });
    await writeAudit(trx, actor, {
      action: 'case.share',
      entityType: 'case',
      entityId: caseId,
      detail: { organisationId: org.id, shareId },
      ip: opts.ip ?? null,
    });
    return { id: shareId };
  });
}
