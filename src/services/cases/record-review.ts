/**
 * Records a supervisory review of a case (issue 4 "Supervisory reviews"; LLR action plan action
 * 2c: every open case reviewed by a supervisor at least every 28 days, the interval being
 * CaseSettings.supervisoryReviewDays). Only supervisors and ASB coordinators ('cases:review') of
 * the case's lead organisation may review it; a partner organisation the case is shared with
 * reads reviews but does not record them. Writes the review, a case event 'review' and an audit
 * record 'case.review' (ids only) in one transaction.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { insertSupervisoryReview } from '../../db/repositories/case-oversight-writes.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { formatDate, londonDate } from '../../domain/checks/calendar.js';
import { nextReviewProblem, TEXT_LIMITS, textProblem } from '../../domain/cases/oversight.js';
import { lockCase, requireOpenCase } from './case-change.js';
import { CaseForbiddenError, CaseRuleError } from './errors.js';
import { loadCaseSettings } from './settings.js';
import { refreshCaseDue } from './refresh-case-due.js';

export interface SupervisoryReviewInput {
  /** Progress since the last review. */
  progress: string;
  /** Is the case's risk level still right? */
  riskStillRight: boolean;
  /** Required when riskStillRight is false: what should change. */
  riskComment?: string | null | undefined;
  actionsAgreed: string;
  /** Europe/London date 'YYYY-MM-DD': after today, no later than today + supervisoryReviewDays. */
  nextReviewOn: string;
  comments?: string | null | undefined;
}

/**
 * @param opts.now the review's time (default now); its London date is the review's day.
 * @returns the new review's id.
 * @throws CaseForbiddenError without 'cases:review', when not signed in as a user, or when the
 *   actor's organisation does not lead the case; CaseNotFoundError when the case does not exist or
 *   the actor may not see it; CaseRuleError (field: progress, riskStillRight, riskComment,
 *   actionsAgreed, nextReviewOn, comments, or 'form' for a closed case).
 */
export async function recordSupervisoryReview(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: SupervisoryReviewInput,
  opts: { now?: Date; ip?: string | null } = {},
): Promise<{ id: string }> {
  if (!can(actor, 'cases:review') || !actor.userId) throw new CaseForbiddenError('Only a supervisor can record a supervisory review');
  const now = opts.now ?? new Date();
  const today = londonDate(now);
  return db.transaction().execute(async (trx) => {
    const found = await lockCase(trx, actor, caseId);
    if (!found.isLead) throw new CaseForbiddenError('Only a supervisor in the lead organisation can review this case');
    requireOpenCase(found, 'form');

    const settings = await loadCaseSettings(trx);
    const problems: [string, string | null][] = [
      ['progress', textProblem(input.progress, 'Progress', TEXT_LIMITS.progress, true, 'Enter the progress made since the last review')],
      [
        'riskComment',
        input.riskStillRight
          ? null
          : textProblem(
              input.riskComment,
              'Why the risk is not right',
              TEXT_LIMITS.riskComment,
              true,
              'Enter why the risk is not right and what should change',
            ),
      ],
      ['actionsAgreed', textProblem(input.actionsAgreed, 'Actions agreed', TEXT_LIMITS.actionsAgreed, true, 'Enter the actions agreed')],
      [
        'nextReviewOn',
        /^\d{4}-\d{2}-\d{2}$/.test(input.nextReviewOn)
          ? nextReviewProblem(input.nextReviewOn, today, settings.supervisoryReviewDays)
          : 'Enter the next review date',
      ],
      ['comments', textProblem(input.comments, 'Comments', TEXT_LIMITS.comments, false)],
    ];
    const problem = problems.find(([, p]) => p !== null);
    if (problem) throw new CaseRuleError(problem[0], problem[1]!);

    const reviewId = await insertSupervisoryReview(trx, {
      case_id: caseId,
      reviewed_by: actor.userId!,
      reviewed_at: now,
      progress: input.progress.trim(),
      risk_still_right: input.riskStillRight,
      risk_comment: input.riskStillRight ? null : input.riskComment!.trim(),
      actions_agreed: input.actionsAgreed.trim(),
      next_review_on: input.nextReviewOn,
      comments: input.comments?.trim() || null,
    });
    await appendCaseEvent(trx, actor, caseId, {
      kind: 'review',
      summary: `Supervisory review recorded${input.riskStillRight ? '' : ' (risk not right)'}: next review by ${formatDate(input.nextReviewOn)}`,
      detail: { reviewId, riskStillRight: input.riskStillRight, nextReviewOn: input.nextReviewOn },
    });
    await writeAudit(trx, actor, {
      action: 'case.review',
      entityType: 'case',
      entityId: caseId,
      detail: { reviewId },
      ip: opts.ip ?? null,
    });
    await refreshCaseDue(trx, [caseId]);
    return { id: reviewId };
  });
}
