/**
 * Records a breach of an intervention (issue 5: "breaches with dates and actions taken") in ONE
 * transaction with the 'intervention_breach' case event and the audit record (ids only). It sets
 * nothing else: whether the outcome becomes "breached" is the officer's separate decision.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { insertInterventionBreach } from '../../db/repositories/intervention-recording.js';
import type { Actor } from '../../domain/access/roles.js';
import { londonDate } from '../../domain/checks/calendar.js';
import { lockCase, requireCaseWork, requireOpenCase, text } from '../cases/case-change.js';
import { CaseRuleError } from '../cases/errors.js';
import { checkDateSinceIssue, interventionOnCase } from './intervention-change.js';

export interface RecordBreachInput {
  /** London date 'YYYY-MM-DD'. */
  breachedOn: string;
  details: string;
  actionTaken?: string | null;
}

/**
 * @returns the breach's id.
 * @throws CaseForbiddenError without 'cases:work'; CaseNotFoundError when the case or the
 *   intervention on it is not visible; CaseRuleError naming the field when the case is closed,
 *   the details are blank, or the date is in the future or before the issue date.
 */
export async function recordBreach(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  interventionId: string,
  input: RecordBreachInput,
  opts: { ip?: string | null; now?: Date } = {},
): Promise<string> {
  requireCaseWork(actor);
  const details = text(input.details);
  if (!details) throw new CaseRuleError('details', 'Enter what happened');
  const today = londonDate(opts.now ?? new Date());
  return db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, actor, caseId);
    requireOpenCase(c, 'form');
    const i = await interventionOnCase(trx, c.id, interventionId);
    checkDateSinceIssue(input.breachedOn, i.issuedOn, today, 'breachedOn', 'Date of the breach');
    const breachId = await insertInterventionBreach(trx, {
      intervention_id: i.id,
      breached_on: input.breachedOn,
      details,
      action_taken: text(input.actionTaken),
      recorded_by: actor.userId,
    });
    await appendCaseEvent(trx, actor, c.id, {
      kind: 'intervention_breach',
      summary: `Breach of ${i.typeName} (${i.subjectName}) recorded`,
      body: details,
      detail: { interventionId: i.id, breachId, breachedOn: input.breachedOn },
    });
    await writeAudit(trx, actor, {
      action: 'intervention.breach',
      entityType: 'case',
      entityId: c.id,
      detail: { interventionId: i.id, breachId },
      ip: opts.ip ?? null,
    });
    return breachId;
  });
}
