/**
 * Takes a person off a case in one role, with a reason, in ONE transaction: sets
 * case_parties.removed_at (the row stays, so the People tab and due rules stop counting them
 * while the record of their having been on the case remains), the 'party_removed' case event
 * carrying the reason, and the audit record (ids only). Only the lead organisation removes
 * people: a partner working on a shared case adds, but does not take away.
 */
import type { Kysely } from 'kysely';
import type { CasePartyRole, Database } from '../../db/schema.js';
import { refreshCaseDue } from './refresh-case-due.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { currentCasePartyName, markCasePartyRemoved } from '../../db/repositories/case-parties.js';
import type { Actor } from '../../domain/access/roles.js';
import { casePartyRoleName, isCasePartyRole } from '../../domain/cases/parties.js';
import { lockCase, requireCaseWork, requireLeadOrganisation, requireOpenCase, text } from './case-change.js';
import { CaseNotFoundError, CaseRuleError } from './errors.js';
import { isUuid } from '../../domain/ids.js';

export interface RemovePartyInput {
  personId: string;
  role: CasePartyRole;
  /** Why they are taken off the case. Required. */
  reason: string;
}

/**
 * @throws CaseForbiddenError without 'cases:work'; CaseNotFoundError when the actor may not see
 *   the case or the person is not on it in that role; CaseRuleError when the case is closed, the
 *   actor is not in the lead organisation, or the reason is blank.
 */
export async function removeParty(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: RemovePartyInput,
  opts: { ip?: string | null; now?: Date } = {},
): Promise<void> {
  requireCaseWork(actor);
  return db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, actor, caseId);
    requireOpenCase(c, 'reason');
    requireLeadOrganisation(c, 'take people off this case');
    const reason = text(input.reason);
    if (!reason) throw new CaseRuleError('reason', 'Enter why they are being taken off the case');
    const party =
      isUuid(input.personId) && isCasePartyRole(input.role) ? await currentCasePartyName(trx, c.id, input.personId, input.role) : undefined;
    if (!party) throw new CaseNotFoundError('This person is not on the case in that role');
    await markCasePartyRemoved(trx, c.id, input.personId, input.role, opts.now ?? new Date());
    await appendCaseEvent(trx, actor, c.id, {
      kind: 'party_removed',
      summary: `${party.forename} ${party.surname} removed as ${casePartyRoleName(input.role).toLowerCase()}`,
      body: reason,
      detail: { personId: input.personId, role: input.role },
    });
    await refreshCaseDue(trx, [c.id]);
    await writeAudit(trx, actor, {
      action: 'case.party_remove',
      entityType: 'case',
      entityId: c.id,
      detail: { personId: input.personId, role: input.role },
      ip: opts.ip ?? null,
    });
  });
}
