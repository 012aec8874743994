/**
 * Starts a victim, perpetrator or case risk assessment on a case (issue 4 "Risk assessments"),
 * with the newest questionnaire of the kind; the assessment keeps that version for good. A
 * victim or perpetrator assessment is about a person who is on the case in that role now. When
 * the same subject already has an assessment in progress, that one is returned instead of a
 * second ("save and come back"). Needs 'cases:work' on a case the actor may see that is not
 * closed. Writes the assessment, a case event 'risk_assessment' and an audit record
 * 'risk_assessment.start' (ids only).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { insertAssessment, openAssessmentId } from '../../db/repositories/risk-assessments.js';
import { isCurrentParty } from '../../db/repositories/risk-cases.js';
import type { Actor } from '../../domain/access/roles.js';
import { isRiskKind, riskAssessmentName } from '../../domain/risk/questionnaire.js';
import { RiskNotFoundError } from './errors.js';
import { newestQuestionnaire, workableCase } from './risk-records.js';
import { isUuid } from '../../domain/ids.js';

export interface StartInput {
  /** 'victim' | 'perpetrator' | 'case' (anything else is not found). */
  kind: string;
  /** The victim or perpetrator; ignored for 'case'. */
  personId?: string | null;
}

/**
 * @returns the assessment's id and whether it was created now (false: one in progress already).
 * @throws RiskForbiddenError without 'cases:work'; RiskNotFoundError when the case is not visible,
 *   the kind unknown, or the person not on the case in that role; RiskRuleError ('form') when the
 *   case is closed.
 */
export async function startAssessment(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: StartInput,
  ip: string | null = null,
): Promise<{ id: string; created: boolean }> {
  return db.transaction().execute(async (trx) => {
    const found = await workableCase(trx, actor, caseId);
    const kind = input.kind;
    if (!isRiskKind(kind)) throw new RiskNotFoundError('No such kind of risk assessment');
    const personId = kind === 'case' ? null : (input.personId ?? '');
    if (personId !== null) {
      const party = isUuid(personId) && (await isCurrentParty(trx, found.id, personId, kind as 'victim' | 'perpetrator'));
      if (!party) throw new RiskNotFoundError(`That person is not a ${kind} on this case`);
    }
    const open = await openAssessmentId(trx, found.id, kind, personId);
    if (open) return { id: open, created: false };

    const questionnaire = await newestQuestionnaire(trx, kind);
    const id = await insertAssessment(trx, {
      caseId: found.id,
      kind,
      personId,
      questionnaireId: questionnaire.id,
      startedBy: actor.userId,
    });
    await appendCaseEvent(trx, actor, found.id, {
      kind: 'risk_assessment',
      summary: `${riskAssessmentName(kind)} started`,
      detail: { assessmentId: id, kind, personId, questionnaireVersion: questionnaire.version },
    });
    await writeAudit(trx, actor, {
      action: 'risk_assessment.start',
      entityType: 'case',
      entityId: found.id,
      detail: { assessmentId: id, kind, personId, questionnaireId: questionnaire.id },
      ip,
    });
    return { id, created: true };
  });
}
