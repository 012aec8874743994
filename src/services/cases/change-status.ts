/**
 * The only code that changes cases.status (CONVENTIONS.md habit 3). Looks the move up in the
 * workflow table (domain/cases/workflow.ts CASE_MOVES), checks it there (lead organisation,
 * status, role, reason, outcome), then in ONE transaction writes the status with closed_at (set
 * on closing, cleared on reopening) and, on closing, the outcome and the victim's view of it;
 * appends the 'status' case event with the reason, and the audit record (codes and ids only).
 * Reopening clears the closure fields: the closing event keeps them on the timeline.
 */
import type { Kysely } from 'kysely';
import type { CaseStatus, Database } from '../../db/schema.js';
import { refreshCaseDue } from './refresh-case-due.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { setCaseStatus } from '../../db/repositories/case-changes.js';
import type { Actor } from '../../domain/access/roles.js';
import { checkMove, findMove, outcomeName, statusName, victimViewName, type Move, type MoveRequest } from '../../domain/cases/workflow.js';
import { lockCase, requireCaseWork, text } from './case-change.js';
import { CaseNotFoundError, CaseRuleError } from './errors.js';

export interface ChangeStatusResult {
  from: CaseStatus;
  to: CaseStatus;
  move: Move;
}

/**
 * @param moveCode a CASE_MOVES code ('start', 'put_under_review', 'return_to_active', 'close', 'reopen').
 * @returns the statuses before and after, and the move (its banner is the success message).
 * @throws CaseForbiddenError without 'cases:work'; CaseNotFoundError for an unknown move or a case
 *   the actor may not see; CaseRuleError with checkMove's field and message when the table
 *   refuses the move.
 */
export async function changeStatus(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  moveCode: string,
  request: MoveRequest,
  opts: { ip?: string | null; now?: Date } = {},
): Promise<ChangeStatusResult> {
  requireCaseWork(actor);
  const move = findMove(moveCode);
  if (!move) throw new CaseNotFoundError('No such change of status');
  return db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, actor, caseId);
    const refusal = checkMove(move, c.status, actor.roles, c.isLead, request);
    if (refusal) throw new CaseRuleError(refusal.field, refusal.message);
    const now = opts.now ?? new Date();
    const reason = text(request.reason);
    const closing = move.to === 'closed';
    const closure = closing
      ? {
          outcome: request.outcome ?? null,
          outcome_notes: text(request.outcomeNotes),
          victim_view: request.victimView ?? null,
          victim_view_notes: request.victimView ? text(request.victimViewNotes) : null,
        }
      : { outcome: null, outcome_notes: null, victim_view: null, victim_view_notes: null };
    await setCaseStatus(trx, c.id, {
      status: move.to,
      closedAt: closing ? now : null,
      outcome: closure.outcome,
      outcomeNotes: closure.outcome_notes,
      victimView: closure.victim_view,
      victimViewNotes: closure.victim_view_notes,
    });
    const summary = closing
      ? `Case closed: ${outcomeName(request.outcome!)}${request.victimView ? `. Victim’s view: ${victimViewName(request.victimView).toLowerCase()}` : ''}`
      : `Status changed from ${statusName(c.status).toLowerCase()} to ${statusName(move.to).toLowerCase()}`;
    const body =
      [reason, closing ? closure.outcome_notes : null, closing ? closure.victim_view_notes : null].filter(Boolean).join('\n\n') || null;
    const detail = {
      move: move.code,
      from: c.status,
      to: move.to,
      ...(closing ? { outcome: closure.outcome, victimView: closure.victim_view } : {}),
    };
    await appendCaseEvent(trx, actor, c.id, { kind: 'status', summary, body, detail });
    await refreshCaseDue(trx, [c.id]);
    await writeAudit(trx, actor, { action: 'case.status', entityType: 'case', entityId: c.id, detail, ip: opts.ip ?? null });
    return { from: c.status, to: move.to, move };
  });
}
