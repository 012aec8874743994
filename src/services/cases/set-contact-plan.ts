/**
 * Records the contact plan agreed with a victim on a case (issue 4 "Victim contact"; Victims'
 * Code, DOMAIN.md §5.1: how and how often the victim is updated is agreed with them). A new plan
 * is a new row, so the history is kept and the newest is in force (domain/cases/due.ts).
 * Any case officer ('cases:work') of an organisation that may see the case may record it.
 * Writes the plan, a case event 'contact_plan' and an audit record 'case.contact_plan' (ids only).
 */
import { visibleVictim } from '../../db/repositories/case-oversight.js';
import type { Kysely } from 'kysely';
import type { ContactMethod, Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { insertContactPlan } from '../../db/repositories/case-oversight-writes.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { londonDate } from '../../domain/checks/calendar.js';
import {
  agreedOnProblem,
  CONTACT_METHODS,
  contactFrequencyProblem,
  isContactMethod,
  TEXT_LIMITS,
  textProblem,
} from '../../domain/cases/oversight.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from './errors.js';
import { refreshCaseDue } from './refresh-case-due.js';
import { isUuid } from '../../domain/ids.js';

export interface ContactPlanInput {
  method: ContactMethod;
  /** The named person contact goes through; required when method is 'via_named_person'. */
  viaName?: string | null | undefined;
  /** Every this many days, 1–365. */
  frequencyDays: number;
  timesToAvoid?: string | null | undefined;
  /** Europe/London date 'YYYY-MM-DD' the victim agreed the plan; not in the future. */
  agreedOn: string;
}

/**
 * @returns the new plan's id.
 * @throws CaseForbiddenError without 'cases:work'; CaseNotFoundError when the case is not visible
 *   or the person is not a current victim on it; CaseRuleError (field: method, viaName,
 *   frequencyDays, timesToAvoid, agreedOn).
 */
export async function setContactPlan(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  personId: string,
  input: ContactPlanInput,
  opts: { now?: Date; ip?: string | null } = {},
): Promise<{ id: string }> {
  if (!can(actor, 'cases:work')) throw new CaseForbiddenError();
  if (!isUuid(caseId) || !isUuid(personId)) throw new CaseNotFoundError();
  const today = londonDate(opts.now ?? new Date());
  return db.transaction().execute(async (trx) => {
    const victim = await visibleVictim(trx, actor, caseId, personId);
    if (!victim) throw new CaseNotFoundError('Victim not found on this case');

    const via = input.method === 'via_named_person';
    const problems: [string, string | null][] = [
      ['method', isContactMethod(input.method) ? null : 'Select how the victim wants to be contacted'],
      [
        'viaName',
        via
          ? textProblem(
              input.viaName,
              'Name of the person',
              TEXT_LIMITS.viaName,
              true,
              'Enter the name of the person to contact them through',
            )
          : null,
      ],
      ['frequencyDays', contactFrequencyProblem(input.frequencyDays)],
      ['timesToAvoid', textProblem(input.timesToAvoid, 'Times to avoid', TEXT_LIMITS.timesToAvoid, false)],
      [
        'agreedOn',
        /^\d{4}-\d{2}-\d{2}$/.test(input.agreedOn) ? agreedOnProblem(input.agreedOn, today) : 'Enter the date the plan was agreed',
      ],
    ];
    const problem = problems.find(([, p]) => p !== null);
    if (problem) throw new CaseRuleError(problem[0], problem[1]!);

    const planId = await insertContactPlan(trx, {
      case_id: caseId,
      person_id: personId,
      method: input.method,
      via_name: via ? input.viaName!.trim() : null,
      frequency_days: input.frequencyDays,
      times_to_avoid: input.timesToAvoid?.trim() || null,
      agreed_on: input.agreedOn,
      created_by: actor.userId,
    });
    const by = CONTACT_METHODS.find((m) => m.code === input.method)!.by;
    const every = input.frequencyDays === 1 ? 'every day' : `every ${input.frequencyDays} days`;
    await appendCaseEvent(trx, actor, caseId, {
      kind: 'contact_plan',
      summary: `Contact plan agreed with ${victim.forename} ${victim.surname}: ${by}, ${every}`,
      detail: { planId, personId, method: input.method, frequencyDays: input.frequencyDays },
    });
    await writeAudit(trx, actor, {
      action: 'case.contact_plan',
      entityType: 'case',
      entityId: caseId,
      detail: { planId, personId },
      ip: opts.ip ?? null,
    });
    await refreshCaseDue(trx, [caseId]);
    return { id: planId };
  });
}
