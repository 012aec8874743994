/**
 * Saves the answers to one section of a risk assessment in progress (issue 4: "the GOV.UK task
 * list pattern for multi-section assessments; save and come back"). Answers given replace the
 * section's earlier ones; questions left blank keep what they had. With `requireAll` (the officer
 * pressed "Save and continue") every question in the section must be answered; without it
 * ("Save and come back later") a partial section is kept. Only this section's questions are read
 * from the input. Needs 'cases:work' on a visible case that is not closed. A change writes a case
 * event 'risk_assessment' and an audit record 'risk_assessment.save' (ids only); saving the same
 * answers again writes nothing.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { saveAssessmentAnswers } from '../../db/repositories/risk-assessments.js';
import type { Actor } from '../../domain/access/roles.js';
import { riskAssessmentName } from '../../domain/risk/questionnaire.js';
import { scoreAssessment, sectionStatus, unansweredMessage, type SectionStatus } from '../../domain/risk/score.js';
import { RiskAnswersError, RiskNotFoundError, RiskRuleError } from './errors.js';
import { findAssessmentRecord, workableCase } from './risk-records.js';

/**
 * @param answers `{ [questionId]: optionValue }` for the section's questions ('' or absent: no answer).
 * @returns the section's status after saving, whether every section is now complete, and
 *   whether anything changed.
 * @throws RiskForbiddenError; RiskNotFoundError (case, assessment or section); RiskRuleError
 *   ('form') when the case is closed or the assessment completed; RiskAnswersError for an option
 *   value the question does not have, or (with requireAll) an unanswered question.
 */
export async function saveSection(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  assessmentId: string,
  sectionId: string,
  answers: Readonly<Record<string, string | undefined>>,
  opts: { requireAll: boolean; ip?: string | null },
): Promise<{ status: SectionStatus; allComplete: boolean; changed: boolean }> {
  return db.transaction().execute(async (trx) => {
    await workableCase(trx, actor, caseId);
    const assessment = await findAssessmentRecord(trx, actor, caseId, assessmentId, { forUpdate: true });
    if (!assessment) throw new RiskNotFoundError('Risk assessment not found');
    const section = assessment.definition.sections.find((s) => s.id === sectionId);
    if (!section) throw new RiskNotFoundError('No such section in this risk assessment');
    if (assessment.status === 'completed')
      throw new RiskRuleError('form', 'This risk assessment has been completed: start a new one to reassess');

    const next = { ...assessment.answers };
    const issues: { field: string; message: string }[] = [];
    for (const question of section.questions) {
      const value = answers[question.id]?.trim() ?? '';
      if (value && !question.options.some((o) => o.value === value))
        issues.push({ field: question.id, message: unansweredMessage(question) });
      else if (value) next[question.id] = value;
      else if (opts.requireAll && !next[question.id]) issues.push({ field: question.id, message: unansweredMessage(question) });
    }
    if (issues.length) throw new RiskAnswersError(issues);

    const status = sectionStatus(section, next);
    const allComplete = scoreAssessment(assessment.definition, next).complete;
    const changed = section.questions.some((q) => next[q.id] !== assessment.answers[q.id]);
    if (!changed) return { status, allComplete, changed };

    await saveAssessmentAnswers(trx, assessment.id, next);
    await appendCaseEvent(trx, actor, caseId, {
      kind: 'risk_assessment',
      summary: `${riskAssessmentName(assessment.kind)}: “${section.title}” saved`,
      detail: { assessmentId: assessment.id, sectionId, status },
    });
    await writeAudit(trx, actor, {
      action: 'risk_assessment.save',
      entityType: 'case',
      entityId: caseId,
      detail: { assessmentId: assessment.id, sectionId },
      ip: opts.ip ?? null,
    });
    return { status, allComplete, changed };
  });
}
