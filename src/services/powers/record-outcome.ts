/**
 * Records the outcome of an intervention (issue 5: complied, breached, varied, discharged,
 * appealed; also expired and withdrawn) with its date and notes, in ONE transaction with the
 * 'intervention_outcome' case event and the audit record (ids only). A later outcome replaces an
 * earlier one on the intervention; the timeline keeps both.
 */
import type { Kysely } from 'kysely';
import type { Database, InterventionOutcome } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { setInterventionOutcome } from '../../db/repositories/intervention-recording.js';
import type { Actor } from '../../domain/access/roles.js';
import { londonDate } from '../../domain/checks/calendar.js';
import { lockCase, requireCaseWork, requireOpenCase, text } from '../cases/case-change.js';
import { CaseRuleError } from '../cases/errors.js';
import { checkDateSinceIssue, interventionOnCase } from './intervention-change.js';

/** Outcomes in the order the form offers them, with their names. */
export const INTERVENTION_OUTCOMES: readonly { code: InterventionOutcome; name: string }[] = [
  { code: 'complied', name: 'Complied' },
  { code: 'breached', name: 'Breached' },
  { code: 'varied', name: 'Varied' },
  { code: 'discharged', name: 'Discharged' },
  { code: 'appealed', name: 'Appealed' },
  { code: 'expired', name: 'Expired' },
  { code: 'withdrawn', name: 'Withdrawn' },
];

export interface RecordOutcomeInput {
  outcome: string;
  /** London date 'YYYY-MM-DD'. */
  outcomeOn: string;
  notes?: string | null;
}

/**
 * @throws CaseForbiddenError without 'cases:work'; CaseNotFoundError when the case or the
 *   intervention on it is not visible; CaseRuleError naming the field when the case is closed,
 *   the outcome is not one of the list, or the date is in the future or before the issue date.
 */
export async function recordOutcome(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  interventionId: string,
  input: RecordOutcomeInput,
  opts: { ip?: string | null; now?: Date } = {},
): Promise<void> {
  requireCaseWork(actor);
  const outcome = INTERVENTION_OUTCOMES.find((o) => o.code === input.outcome);
  if (!outcome) throw new CaseRuleError('outcome', 'Select the outcome');
  const today = londonDate(opts.now ?? new Date());
  await db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, actor, caseId);
    requireOpenCase(c, 'form');
    const i = await interventionOnCase(trx, c.id, interventionId);
    checkDateSinceIssue(input.outcomeOn, i.issuedOn, today, 'outcomeOn', 'Date of the outcome');
    await setInterventionOutcome(trx, i.id, { outcome: outcome.code, outcomeOn: input.outcomeOn, notes: text(input.notes) });
    await appendCaseEvent(trx, actor, c.id, {
      kind: 'intervention_outcome',
      summary: `${i.typeName} (${i.subjectName}): ${outcome.name.toLowerCase()}`,
      body: text(input.notes),
      detail: { interventionId: i.id, outcome: outcome.code, outcomeOn: input.outcomeOn },
    });
    await writeAudit(trx, actor, {
      action: 'intervention.outcome',
      entityType: 'case',
      entityId: c.id,
      detail: { interventionId: i.id, outcome: outcome.code },
      ip: opts.ip ?? null,
    });
  });
}
