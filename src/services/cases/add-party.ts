/**
 * Adds a person to a case in a role (issue 4: victims, complainants, perpetrators, witnesses,
 * parents/guardians, professionals) in ONE transaction: someone already known (found with the
 * people search, services/people/search-people.ts) or a new person recorded with their matching
 * keys (db/repositories/people.ts insertPerson, the same insert the report uses); then the
 * 'party_added' case event and the audit record (ids only). A person removed earlier in the
 * same role is put back. Any organisation that may see the case may add people to it.
 */
import type { Kysely } from 'kysely';
import type { CasePartyRole, Database } from '../../db/schema.js';
import { refreshCaseDue } from './refresh-case-due.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { findCaseParty, insertCaseParties, personToAdd, restoreCaseParty } from '../../db/repositories/case-parties.js';
import { insertPerson, type NewPerson } from '../../db/repositories/people.js';
import type { Actor } from '../../domain/access/roles.js';
import { casePartyRoleName, isCasePartyRole } from '../../domain/cases/parties.js';
import { lockCase, requireCaseWork, requireOpenCase, text } from './case-change.js';
import { CaseRuleError } from './errors.js';
import { isUuid } from '../../domain/ids.js';

export type AddPartyInput = { role: CasePartyRole; personId: string } | { role: CasePartyRole; person: NewPerson };

export interface AddPartyResult {
  personId: string;
  role: CasePartyRole;
  /** True when a new person was recorded. */
  newPerson: boolean;
}

/** @throws CaseRuleError for a new person without names, or with a date of birth that is not a real past date. */
function checkNewPerson(p: NewPerson, now: Date): void {
  if (!text(p.forename)) throw new CaseRuleError('forename', 'Enter their first name');
  if (!text(p.surname)) throw new CaseRuleError('surname', 'Enter their last name');
  const dob = text(p.dateOfBirth);
  if (!dob) return;
  const d = new Date(`${dob}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dob) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== dob) {
    throw new CaseRuleError('dateOfBirth', 'Date of birth must be a real date');
  }
  if (d.getTime() > now.getTime()) throw new CaseRuleError('dateOfBirth', 'Date of birth must be in the past');
}

/**
 * @returns the person's id (new or given) and role.
 * @throws CaseForbiddenError without 'cases:work'; CaseNotFoundError when the actor may not see
 *   the case; CaseRuleError naming the field when the case is closed, the role is not a case
 *   role, the person is unknown or already on the case in that role, or a new person's details
 *   are not valid.
 */
export async function addParty(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: AddPartyInput,
  opts: { ip?: string | null; now?: Date } = {},
): Promise<AddPartyResult> {
  requireCaseWork(actor);
  const now = opts.now ?? new Date();
  if (!isCasePartyRole(input.role)) throw new CaseRuleError('role', 'Select their role in the case');
  if ('person' in input) checkNewPerson(input.person, now);
  return db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, actor, caseId);
    requireOpenCase(c, 'person');
    let personId: string;
    let name: string;
    if ('person' in input) {
      personId = await insertPerson(trx, input.person, actor.organisationId);
      name = `${input.person.forename.trim()} ${input.person.surname.trim()}`;
    } else {
      const known = isUuid(input.personId) ? await personToAdd(trx, input.personId) : undefined;
      if (!known) throw new CaseRuleError('person', 'Select the person from the search results, or record a new person');
      personId = known.id;
      name = `${known.forename} ${known.surname}`;
    }
    const roleName = casePartyRoleName(input.role).toLowerCase();
    const existing = await findCaseParty(trx, c.id, personId, input.role);
    if (existing && existing.removedAt === null) throw new CaseRuleError('role', `${name} is already on this case as a ${roleName}`);
    const party = { caseId: c.id, personId, role: input.role, addedAt: now, addedBy: actor.userId };
    if (existing) await restoreCaseParty(trx, party);
    else await insertCaseParties(trx, [party]);
    const newPerson = 'person' in input;
    await appendCaseEvent(trx, actor, c.id, {
      kind: 'party_added',
      summary: `${name} added as ${roleName}${newPerson ? ' (new person recorded)' : ''}`,
      detail: { personId, role: input.role, newPerson },
    });
    await refreshCaseDue(trx, [c.id]);
    await writeAudit(trx, actor, {
      action: 'case.party_add',
      entityType: 'case',
      entityId: c.id,
      detail: { personId, role: input.role, newPerson },
      ip: opts.ip ?? null,
    });
    return { personId, role: input.role, newPerson };
  });
}
