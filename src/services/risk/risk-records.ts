/**
 * Reads the risk services share: the questionnaire in force for a kind, a case the actor may
 * work on, and an assessment on a case the actor may see, always read through visibleCases
 * (db/repositories/risk-cases.ts, risk-assessments.ts), so a case the actor may not see is "not found".
 */
import type { RiskKind, RiskLevel } from '../../db/schema.js';
import type { Executor } from '../../db/repositories/audit-log.js';
import { findAssessmentRow } from '../../db/repositories/risk-assessments.js';
import { caseForRisk } from '../../db/repositories/risk-cases.js';
import { findQuestionnaireRow } from '../../db/repositories/risk-questionnaires.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { storedQuestionnaire, type RiskQuestionnaire } from '../../domain/risk/questionnaire.js';
import { RiskForbiddenError, RiskNotFoundError, RiskRuleError } from './errors.js';
import { isUuid } from '../../domain/ids.js';

export interface StoredQuestionnaire {
  id: string;
  kind: RiskKind;
  version: number;
  definition: RiskQuestionnaire;
  publishedAt: Date;
}

/** The newest version of the kind's questionnaire. @throws RiskNotFoundError when none is stored. */
export async function newestQuestionnaire(db: Executor, kind: RiskKind): Promise<StoredQuestionnaire> {
  const row = await findQuestionnaireRow(db, kind);
  if (!row) throw new RiskNotFoundError(`No ${kind} risk questionnaire has been published`);
  return { ...row, definition: storedQuestionnaire(row.definition) };
}

export interface WorkableCase {
  id: string;
  reference: string;
  leadOrganisationId: string;
  npaCode: string | null;
  districtCode: string | null;
}

/**
 * The case, when the actor may work on it: 'cases:work', the case visible to them, and not closed.
 * @throws RiskForbiddenError, RiskNotFoundError, RiskRuleError ('form') for a closed case.
 */
export async function workableCase(db: Executor, actor: Actor, caseId: string): Promise<WorkableCase> {
  if (!can(actor, 'cases:work')) throw new RiskForbiddenError('Your role does not allow changes to cases');
  if (!isUuid(caseId)) throw new RiskNotFoundError('Case not found');
  const row = await caseForRisk(db, actor, caseId);
  if (!row) throw new RiskNotFoundError('Case not found');
  if (row.status === 'closed') throw new RiskRuleError('form', 'This case is closed: reopen it to change its risk assessments');
  return {
    id: row.id,
    reference: row.reference,
    leadOrganisationId: row.leadOrganisationId,
    npaCode: row.npaCode,
    districtCode: row.districtCode,
  };
}

export interface AssessmentRecord {
  id: string;
  caseId: string;
  kind: RiskKind;
  personId: string | null;
  /** 'Forename Surname' of the victim or perpetrator; null for the case assessment. */
  personName: string | null;
  status: 'in_progress' | 'completed';
  answers: Record<string, string>;
  questionnaireId: string;
  questionnaireVersion: number;
  definition: RiskQuestionnaire;
  score: number | null;
  scoredLevel: RiskLevel | null;
  overrideLevel: RiskLevel | null;
  overrideReason: string | null;
  level: RiskLevel | null;
  startedAt: Date;
  startedByName: string | null;
  completedAt: Date | null;
  completedByName: string | null;
}

/** A jsonb value as an object (pg parses jsonb; a driver may hand back text). */
export function jsonObject<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/**
 * The assessment `assessmentId` on case `caseId`, when the actor may see the case; undefined
 * otherwise (not a UUID, another case's assessment, or a case not visible). `forUpdate` locks the
 * assessment row for the caller's transaction.
 */
export async function findAssessmentRecord(
  db: Executor,
  actor: Actor,
  caseId: string,
  assessmentId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<AssessmentRecord | undefined> {
  const row = await findAssessmentRow(db, actor, caseId, assessmentId, opts);
  if (!row) return undefined;
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind,
    personId: row.personId,
    personName: row.forename === null ? null : `${row.forename} ${row.surname}`,
    status: row.status,
    answers: jsonObject<Record<string, string>>(row.answers) ?? {},
    questionnaireId: row.questionnaireId,
    questionnaireVersion: row.questionnaireVersion,
    definition: storedQuestionnaire(row.definition),
    score: row.score,
    scoredLevel: row.scoredLevel,
    overrideLevel: row.overrideLevel,
    overrideReason: row.overrideReason,
    level: row.level,
    startedAt: row.startedAt,
    startedByName: row.startedByName,
    completedAt: row.completedAt ? new Date(row.completedAt) : null,
    completedByName: row.completedByName,
  };
}
