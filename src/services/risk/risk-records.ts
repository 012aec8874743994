/**
 * Reads the risk services share: the questionnaire in force for a kind, a case the actor may
 * work on, and an assessment on a case the actor may see, always through visibleCases
 * (db/repositories/case-scope.ts), so a case the actor may not see is "not found".
 */
import type { RiskKind, RiskLevel } from '../../db/schema.js';
import type { Executor } from '../../db/repositories/audit-log.js';
import { isUuid, visibleCases } from '../../db/repositories/case-scope.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { storedQuestionnaire, type RiskQuestionnaire } from '../../domain/risk/questionnaire.js';
import { RiskForbiddenError, RiskNotFoundError, RiskRuleError } from './errors.js';

export interface StoredQuestionnaire {
  id: string;
  kind: RiskKind;
  version: number;
  definition: RiskQuestionnaire;
  publishedAt: Date;
}

/** The newest version of the kind's questionnaire. @throws RiskNotFoundError when none is stored. */
export async function newestQuestionnaire(db: Executor, kind: RiskKind): Promise<StoredQuestionnaire> {
  const row = await db
    .selectFrom('risk_questionnaires')
    .select(['id', 'kind', 'version', 'definition', 'published_at'])
    .where('kind', '=', kind)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) throw new RiskNotFoundError(`No ${kind} risk questionnaire has been published`);
  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    definition: storedQuestionnaire(row.definition),
    publishedAt: row.published_at,
  };
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
  const row = await db
    .selectFrom('cases')
    .select(['id', 'reference', 'status', 'lead_organisation_id', 'npa_code', 'district_code'])
    .where('id', '=', caseId)
    .where(visibleCases(actor))
    .executeTakeFirst();
  if (!row) throw new RiskNotFoundError('Case not found');
  if (row.status === 'closed') throw new RiskRuleError('form', 'This case is closed: reopen it to change its risk assessments');
  return {
    id: row.id,
    reference: row.reference,
    leadOrganisationId: row.lead_organisation_id,
    npaCode: row.npa_code,
    districtCode: row.district_code,
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
  if (!isUuid(caseId) || !isUuid(assessmentId)) return undefined;
  let query = db
    .selectFrom('risk_assessments as ra')
    .innerJoin('cases', 'cases.id', 'ra.case_id')
    .innerJoin('risk_questionnaires as rq', 'rq.id', 'ra.questionnaire_id')
    .leftJoin('people as p', 'p.id', 'ra.person_id')
    .leftJoin('users as su', 'su.id', 'ra.started_by')
    .leftJoin('users as cu', 'cu.id', 'ra.completed_by')
    .select([
      'ra.id',
      'ra.case_id',
      'ra.kind',
      'ra.person_id',
      'ra.status',
      'ra.answers',
      'ra.questionnaire_id',
      'rq.version',
      'rq.definition',
      'ra.score',
      'ra.scored_level',
      'ra.override_level',
      'ra.override_reason',
      'ra.level',
      'ra.started_at',
      'ra.completed_at',
      'p.forename',
      'p.surname',
      'su.name as started_by_name',
      'cu.name as completed_by_name',
    ])
    .where('ra.id', '=', assessmentId)
    .where('ra.case_id', '=', caseId)
    .where(visibleCases(actor));
  if (opts.forUpdate) query = query.forUpdate('ra');
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind,
    personId: row.person_id,
    personName: row.forename === null ? null : `${row.forename} ${row.surname}`,
    status: row.status,
    answers: jsonObject<Record<string, string>>(row.answers) ?? {},
    questionnaireId: row.questionnaire_id,
    questionnaireVersion: row.version,
    definition: storedQuestionnaire(row.definition),
    score: row.score,
    scoredLevel: row.scored_level,
    overrideLevel: row.override_level,
    overrideReason: row.override_reason,
    level: row.level,
    startedAt: row.started_at,
    startedByName: row.started_by_name,
    completedAt: row.completed_at ? new Date(row.completed_at) : null,
    completedByName: row.completed_by_name,
  };
}
