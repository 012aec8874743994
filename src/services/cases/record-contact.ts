/**
 * Logs a contact with a victim, made or attempted (issue 4 "Victim contact": a log of contacts
 * with a short summary). Only contacts made count towards the contact plan (domain/cases/due.ts).
 * Any case officer ('cases:work') of an organisation that may see the case may log one. Writes
 * the contact, a case event 'contact' and an audit record 'case.contact' (ids only).
 */
import { visibleVictim } from '../../db/repositories/case-oversight.js';
import type { Kysely } from 'kysely';
import type { ContactMethod, Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { insertVictimContact } from '../../db/repositories/case-oversight-writes.js';
import { can, type Actor } from '../../domain/access/roles.js';
import {
  CONTACT_METHODS,
  contactedAtProblem,
  isContactMethod,
  TEXT_LIMITS,
  textProblem,
  type ContactOutcome,
} from '../../domain/cases/oversight.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from './errors.js';
import { refreshCaseDue } from './refresh-case-due.js';
import { isUuid } from '../../domain/ids.js';

export interface ContactInput {
  /** When the contact was made or tried (an instant; entered as a Europe/London date and time). Not in the future. */
  contactedAt: Date;
  method: ContactMethod;
  outcome: ContactOutcome;
  /** At most 500 characters. */
  summary: string;
}

/**
 * @returns the new contact's id.
 * @throws CaseForbiddenError without 'cases:work'; CaseNotFoundError when the case is not visible
 *   or the person is not a current victim on it; CaseRuleError (field: contactedAt, method,
 *   outcome, summary).
 */
export async function recordContact(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  personId: string,
  input: ContactInput,
  opts: { now?: Date; ip?: string | null } = {},
): Promise<{ id: string }> {
  if (!can(actor, 'cases:work')) throw new CaseForbiddenError();
  if (!isUuid(caseId) || !isUuid(personId)) throw new CaseNotFoundError();
  const now = opts.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const victim = await visibleVictim(trx, actor, caseId, personId);
    if (!victim) throw new CaseNotFoundError('Victim not found on this case');

    const problems: [string, string | null][] = [
      [
        'contactedAt',
        Number.isNaN(input.contactedAt.getTime()) ? 'Enter the date of the contact' : contactedAtProblem(input.contactedAt, now),
      ],
      ['method', isContactMethod(input.method) ? null : 'Select how the contact was made or tried'],
      ['outcome', input.outcome === 'made' || input.outcome === 'attempted' ? null : 'Select whether contact was made'],
      ['summary', textProblem(input.summary, 'Summary', TEXT_LIMITS.contactSummary, true, 'Enter a summary of the contact')],
    ];
    const problem = problems.find(([, p]) => p !== null);
    if (problem) throw new CaseRuleError(problem[0], problem[1]!);

    const contactId = await insertVictimContact(trx, {
      case_id: caseId,
      person_id: personId,
      contacted_at: input.contactedAt,
      method: input.method,
      outcome: input.outcome,
      summary: input.summary.trim(),
      recorded_by: actor.userId,
    });
    const by = CONTACT_METHODS.find((m) => m.code === input.method)!.by;
    await appendCaseEvent(trx, actor, caseId, {
      kind: 'contact',
      summary: `${input.outcome === 'made' ? 'Contact made with' : 'Contact attempted with'} ${victim.forename} ${victim.surname} ${by}`,
      detail: { contactId, personId, method: input.method, outcome: input.outcome },
    });
    await writeAudit(trx, actor, {
      action: 'case.contact',
      entityType: 'case',
      entityId: caseId,
      detail: { contactId, personId },
      ip: opts.ip ?? null,
    });
    await refreshCaseDue(trx, [caseId]);
    return { id: contactId };
  });
}
