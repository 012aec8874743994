/**
 * What every case service that changes a case shares: the 'cases:work' check, finding and
 * locking the case through the actor's scope (a case they may not see is "not found"), the
 * lead-organisation and closed-case rules, checking a lead officer and a classification, and
 * copying an incident's people onto the case. All run inside the caller's transaction.
 */
import type { Transaction } from 'kysely';
import type { CasePartyRole, CaseStatus, Database } from '../../db/schema.js';
import { isActiveCaseOfficer, isIncidentTypeInUse, lockVisibleCase } from '../../db/repositories/case-changes.js';
import { casePartyRoles, insertCaseParties, partiesOfIncidents } from '../../db/repositories/case-parties.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { caseRoleForIncidentRole } from '../../domain/cases/parties.js';
import { CLOSED_CASE_MESSAGE, isOpenCase } from '../../domain/cases/workflow.js';
import { isCategory } from '../../domain/classification/categories.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from './errors.js';
import { isUuid } from '../../domain/ids.js';

/** @throws CaseForbiddenError unless the actor's roles hold 'cases:work'. */
export function requireCaseWork(actor: Actor): void {
  if (!can(actor, 'cases:work')) throw new CaseForbiddenError();
}

export interface LockedCase {
  id: string;
  reference: string;
  status: CaseStatus;
  leadOrganisationId: string;
  /** True when the actor is in the lead organisation. */
  isLead: boolean;
}

/**
 * The case, locked for the rest of the transaction (so two changes never interleave), when the
 * actor may see it.
 * @throws CaseNotFoundError when it does not exist, the id is not a UUID, or it is not visible.
 */
export async function lockCase(trx: Transaction<Database>, actor: Actor, caseId: string): Promise<LockedCase> {
  if (!isUuid(caseId)) throw new CaseNotFoundError();
  const row = await lockVisibleCase(trx, actor, caseId);
  if (!row) throw new CaseNotFoundError();
  return { ...row, isLead: row.leadOrganisationId === actor.organisationId };
}

/** @throws CaseRuleError on `field` when the case is closed (only reopening changes a closed case). */
export function requireOpenCase(c: LockedCase, field: string): void {
  if (!isOpenCase(c.status)) throw new CaseRuleError(field, CLOSED_CASE_MESSAGE);
}

/** @throws CaseRuleError when the actor is not in the case's lead organisation (shared cases are worked on, not re-led). */
export function requireLeadOrganisation(c: LockedCase, what: string): void {
  if (!c.isLead) throw new CaseRuleError('form', `Only the lead organisation can ${what}`);
}

/**
 * @throws CaseRuleError('leadOfficer') unless `userId` is an active user whose roles in
 *   `organisationId` hold 'cases:work'.
 */
export async function checkLeadOfficer(trx: Transaction<Database>, organisationId: string, userId: string): Promise<void> {
  const ok = isUuid(userId) && (await isActiveCaseOfficer(trx, organisationId, userId));
  if (!ok) throw new CaseRuleError('leadOfficer', 'Select a lead officer from the list');
}

/** @throws CaseRuleError for a category that is not one of the three, or a type not in use. */
export async function checkClassification(
  trx: Transaction<Database>,
  category: string | null,
  typeCode: string | null,
  previousType: string | null = null,
): Promise<void> {
  if (category !== null && !isCategory(category)) throw new CaseRuleError('category', 'Select a category');
  // A type no longer in use may stay on a case that already has it.
  if (typeCode !== null && typeCode !== previousType) {
    if (!(await isIncidentTypeInUse(trx, typeCode))) throw new CaseRuleError('incidentType', 'Select a type of incident from the list');
  }
}

/**
 * Adds the people on `incidentIds` to the case in their case roles (domain/cases/parties.ts:
 * subjects are not copied), leaving out anyone already holding that role on the case, and
 * anyone staff removed from it in that role (a removal is a decision, not an omission).
 * @returns the parties added, in incident order.
 */
export async function copyIncidentParties(
  trx: Transaction<Database>,
  actor: Actor,
  caseId: string,
  incidentIds: readonly string[],
): Promise<{ personId: string; role: CasePartyRole }[]> {
  if (!incidentIds.length) return [];
  const [fromIncidents, onCase] = await Promise.all([partiesOfIncidents(trx, incidentIds), casePartyRoles(trx, caseId)]);
  const seen = new Set(onCase.map((p) => `${p.person_id}|${p.role}`));
  const order = new Map(incidentIds.map((id, i) => [id, i]));
  const added: { personId: string; role: CasePartyRole }[] = [];
  for (const p of [...fromIncidents].sort((a, b) => order.get(a.incident_id)! - order.get(b.incident_id)!)) {
    const role = caseRoleForIncidentRole(p.role);
    if (!role || seen.has(`${p.person_id}|${role}`)) continue;
    seen.add(`${p.person_id}|${role}`);
    added.push({ personId: p.person_id, role });
  }
  if (added.length) {
    await insertCaseParties(
      trx,
      added.map((p) => ({ caseId, personId: p.personId, role: p.role, addedBy: actor.userId })),
    );
  }
  return added;
}

/** Trimmed text, or null when blank. */
export function text(s: string | null | undefined): string | null {
  return s && s.trim() !== '' ? s.trim() : null;
}
