/**
 * Completes a risk assessment (issue 4 "Risk assessments"; DOMAIN.md §4.2): every question
 * answered; scored into standard / medium / high by the questionnaire's bands
 * (domain/risk/score.ts); the officer's professional judgement may change the level with a
 * reason. Sets status completed, completed_at/by, and the case's risk level to the highest among
 * the latest completed assessment of each subject still on the case (domain/risk/case-level.ts).
 * A high result emails the case's supervisors (notify-supervisors.ts); the page then offers a
 * victim a referral to victim support. Needs 'cases:work' on a visible case that is not closed.
 * Writes a case event 'risk_assessment' ("Victim risk assessment completed: high (score 31)") and
 * an audit record 'risk_assessment.complete' (ids, score and levels only).
 */
import type { Kysely } from 'kysely';
import type { Database, RiskKind, RiskLevel } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import type { Executor } from '../../db/repositories/audit-log.js';
import { completedAssessmentLevels, recordAssessmentCompletion } from '../../db/repositories/risk-assessments.js';
import { currentRiskSubjects, setCaseRiskLevel } from '../../db/repositories/risk-cases.js';
import type { Actor } from '../../domain/access/roles.js';
import { caseRiskLevel, subjectKey } from '../../domain/risk/case-level.js';
import { riskAssessmentName, riskLevelName } from '../../domain/risk/questionnaire.js';
import { applyOverride, scoreAssessment } from '../../domain/risk/score.js';
import { RiskNotFoundError, RiskRuleError } from './errors.js';
import { findAssessmentRecord, workableCase } from './risk-records.js';
import { notifySupervisorsOfHighRisk } from './notify-supervisors.js';
import { refreshCaseDue } from '../cases/refresh-case-due.js';

export interface CompleteInput {
  /** The officer's level and reason when they change the scored level; absent to keep it. */
  override?: { level: string; reason?: string | null } | null;
}

export interface CompleteResult {
  kind: RiskKind;
  score: number;
  scoredLevel: RiskLevel;
  level: RiskLevel;
  /** The case's risk level after this assessment. */
  caseLevel: RiskLevel | null;
  /** Supervisors emailed (0 unless the level is high). */
  supervisorsNotified: number;
}

/**
 * @throws RiskForbiddenError; RiskNotFoundError (case or assessment); RiskRuleError ('form' when
 *   the case is closed, the assessment already completed or a question unanswered;
 *   'overrideLevel'/'overrideReason' from applyOverride).
 */
export async function completeAssessment(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  assessmentId: string,
  input: CompleteInput,
  ip: string | null = null,
): Promise<CompleteResult> {
  return db.transaction().execute(async (trx) => {
    const theCase = await workableCase(trx, actor, caseId);
    const assessment = await findAssessmentRecord(trx, actor, caseId, assessmentId, { forUpdate: true });
    if (!assessment) throw new RiskNotFoundError('Risk assessment not found');
    if (assessment.status === 'completed') throw new RiskRuleError('form', 'This risk assessment has already been completed');
    const scored = scoreAssessment(assessment.definition, assessment.answers);
    if (!scored.complete) throw new RiskRuleError('form', 'Answer every question before you complete the risk assessment');
    const final = applyOverride(scored, input.override);

    const completedAt = new Date();
    await recordAssessmentCompletion(trx, assessment.id, {
      score: scored.score,
      scoredLevel: final.scoredLevel,
      overrideLevel: final.override?.level ?? null,
      overrideReason: final.override?.reason ?? null,
      level: final.level,
      completedBy: actor.userId,
      completedAt,
    });
    const caseLevel = await refreshCaseRiskLevel(trx, caseId);
    const supervisorsNotified =
      final.level === 'high'
        ? await notifySupervisorsOfHighRisk(trx, theCase, { kind: assessment.kind, score: scored.score, completedByName: actor.name })
        : 0;

    const changed = final.override ? `, changed from ${riskLevelName(final.scoredLevel).toLowerCase()}` : '';
    await appendCaseEvent(trx, actor, caseId, {
      kind: 'risk_assessment',
      summary: `${riskAssessmentName(assessment.kind)} completed: ${final.level} (score ${scored.score}${changed})`,
      body: final.override ? `Reason for changing the risk level: ${final.override.reason}` : null,
      detail: {
        assessmentId: assessment.id,
        kind: assessment.kind,
        personId: assessment.personId,
        score: scored.score,
        scoredLevel: final.scoredLevel,
        level: final.level,
        supervisorsNotified,
      },
    });
    await writeAudit(trx, actor, {
      action: 'risk_assessment.complete',
      entityType: 'case',
      entityId: caseId,
      detail: {
        assessmentId: assessment.id,
        kind: assessment.kind,
        score: scored.score,
        scoredLevel: final.scoredLevel,
        level: final.level,
        overridden: !!final.override,
        supervisorsNotified,
      },
      ip,
    });
    await refreshCaseDue(trx, [caseId]);
    return {
      kind: assessment.kind,
      score: scored.score,
      scoredLevel: final.scoredLevel,
      level: final.level,
      caseLevel,
      supervisorsNotified,
    };
  });
}

/** Recomputes and stores cases.risk_level from the case's completed assessments. */
async function refreshCaseRiskLevel(db: Executor, caseId: string): Promise<RiskLevel | null> {
  const [done, parties] = await Promise.all([completedAssessmentLevels(db, caseId), currentRiskSubjects(db, caseId)]);
  const current = new Set(parties.map((p) => subjectKey(p.role, p.personId)));
  const level = caseRiskLevel(
    done
      .filter((a) => a.completedAt && a.level)
      .map((a) => ({ kind: a.kind, personId: a.personId, completedAt: new Date(a.completedAt!), level: a.level! })),
    current,
  );
  await setCaseRiskLevel(db, caseId, level);
  return level;
}
