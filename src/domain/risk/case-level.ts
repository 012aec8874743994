/**
 * The case's risk level as the identity bar and the queues show it (migration 004
 * `cases.risk_level`): the highest level among the latest completed assessment of each subject
 * (the case itself, each victim, each perpetrator still on the case). An older assessment of a
 * subject no longer counts once a newer one is completed, so a victim reassessed from high to
 * medium lowers the case. Pure.
 */
import type { RiskKind, RiskLevel } from '../../db/schema.js';
import { higherLevel } from './questionnaire.js';

export interface CompletedAssessment {
  kind: RiskKind;
  /** The victim or perpetrator; null for the case assessment. */
  personId: string | null;
  completedAt: Date;
  level: RiskLevel;
}

/**
 * @param current subjects still on the case as `${kind}:${personId}` keys (the case assessment
 *   always counts); assessments of anyone else are ignored.
 * @returns null when no subject has a completed assessment.
 */
export function caseRiskLevel(assessments: readonly CompletedAssessment[], current: ReadonlySet<string>): RiskLevel | null {
  const latest = new Map<string, CompletedAssessment>();
  for (const a of assessments) {
    const key = subjectKey(a.kind, a.personId);
    if (a.kind !== 'case' && !current.has(key)) continue;
    const seen = latest.get(key);
    if (!seen || a.completedAt.getTime() > seen.completedAt.getTime()) latest.set(key, a);
  }
  let level: RiskLevel | null = null;
  for (const a of latest.values()) level = higherLevel(level, a.level);
  return level;
}

/** 'case', 'victim:<id>', 'perpetrator:<id>'. */
export function subjectKey(kind: RiskKind, personId: string | null): string {
  return kind === 'case' ? 'case' : `${kind}:${personId}`;
}
