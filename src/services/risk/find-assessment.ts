/**
 * One risk assessment as its pages show it: the record (risk-records.ts), each section's task
 * list status and the score so far (domain/risk/score.ts). Found only on a case the actor may
 * see; the page has already audited the view with viewCase.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import type { Actor } from '../../domain/access/roles.js';
import type { RiskSection } from '../../domain/risk/questionnaire.js';
import { scoreAssessment, sectionStatus, type ScoredAssessment, type SectionStatus } from '../../domain/risk/score.js';
import { findAssessmentRecord, type AssessmentRecord } from './risk-records.js';

export interface AssessmentView extends AssessmentRecord {
  sections: (RiskSection & { status: SectionStatus })[];
  /** The score and level of the answers so far (the final ones once completed are on the record). */
  scored: ScoredAssessment;
}

/** @returns undefined when the case is not visible or the assessment is not on it. */
export async function findAssessment(
  db: Executor,
  actor: Actor,
  caseId: string,
  assessmentId: string,
): Promise<AssessmentView | undefined> {
  const record = await findAssessmentRecord(db, actor, caseId, assessmentId);
  if (!record) return undefined;
  return {
    ...record,
    sections: record.definition.sections.map((s) => ({ ...s, status: sectionStatus(s, record.answers) })),
    scored: scoreAssessment(record.definition, record.answers),
  };
}
