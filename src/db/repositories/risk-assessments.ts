/**
 * Risk assessments on a case (issue 4 "Risk assessments"; DOMAIN.md §4.2): reading one through
 * the case scope, the case's assessments for its Risk tab and its risk level, and the writes of
 * starting, saving and completing one. The scoping rule: findAssessmentRow reads through
 * visibleCases(actor) (case-scope.ts), so an assessment on a case the actor may not see is not
 * found; the other functions take a case id the caller has already found visible (visibleCaseId
 * or a scoped read of the case) in the same transaction.
 */
import type { Actor } from '../../domain/access/roles.js';
import type { RiskKind, RiskLevel } from '../schema.js';
import type { Executor } from './audit-log.js';
import { visibleCases } from './case-scope.js';
import { isUuid } from '../../domain/ids.js';

/** One assessment with its questionnaire version and the names around it; jsonb values as stored. */
export interface AssessmentRow {
  id: string;
  caseId: string;
  kind: RiskKind;
  personId: string | null;
  forename: string | null;
  surname: string | null;
  status: 'in_progress' | 'completed';
  answers: unknown;
  questionnaireId: string;
  questionnaireVersion: number;
  definition: unknown;
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

/**
 * The assessment `assessmentId` on case `caseId` when the actor may see the case; undefined
 * otherwise (not a UUID, another case's assessment, a case not visible). `forUpdate` locks the
 * assessment row (FOR UPDATE OF ra) until the caller's transaction ends.
 */
export async function findAssessmentRow(
  db: Executor,
  actor: Actor,
  caseId: string,
  assessmentId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<AssessmentRow | undefined> {
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
      'ra.case_id as caseId',
      'ra.kind',
      'ra.person_id as personId',
      'ra.status',
      'ra.answers',
      'ra.questionnaire_id as questionnaireId',
      'rq.version as questionnaireVersion',
      'rq.definition',
      'ra.score',
      'ra.scored_level as scoredLevel',
      'ra.override_level as overrideLevel',
      'ra.override_reason as overrideReason',
      'ra.level',
      'ra.started_at as startedAt',
      'ra.completed_at as completedAt',
      'p.forename',
      'p.surname',
      'su.name as startedByName',
      'cu.name as completedByName',
    ])
    .where('ra.id', '=', assessmentId)
    .where('ra.case_id', '=', caseId)
    .where(visibleCases(actor));
  if (opts.forUpdate) query = query.forUpdate('ra');
  return query.executeTakeFirst();
}

/** The id of the subject's assessment in progress on the case (`personId` null: the case assessment), or undefined. */
export async function openAssessmentId(db: Executor, caseId: string, kind: RiskKind, personId: string | null): Promise<string | undefined> {
  const row = await db
    .selectFrom('risk_assessments')
    .select('id')
    .where('case_id', '=', caseId)
    .where('kind', '=', kind)
    .where('status', '=', 'in_progress')
    .where((eb) => (personId === null ? eb('person_id', 'is', null) : eb('person_id', '=', personId)))
    .executeTakeFirst();
  return row?.id;
}

/** Stores a new assessment in progress with no answers. @returns its id. */
export async function insertAssessment(
  db: Executor,
  row: { caseId: string; kind: RiskKind; personId: string | null; questionnaireId: string; startedBy: string | null },
): Promise<string> {
  const inserted = await db
    .insertInto('risk_assessments')
    .values({
      case_id: row.caseId,
      kind: row.kind,
      person_id: row.personId,
      questionnaire_id: row.questionnaireId,
      answers: '{}',
      started_by: row.startedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Replaces the assessment's answers (`{ [questionId]: optionValue }`, stored as jsonb). */
export async function saveAssessmentAnswers(db: Executor, assessmentId: string, answers: Record<string, string>): Promise<void> {
  await db
    .updateTable('risk_assessments')
    .set({ answers: JSON.stringify(answers) })
    .where('id', '=', assessmentId)
    .execute();
}

/** What completing an assessment stores: the score, the scored and final levels, any override. */
export interface AssessmentCompletion {
  score: number;
  scoredLevel: RiskLevel;
  overrideLevel: RiskLevel | null;
  overrideReason: string | null;
  level: RiskLevel;
  completedBy: string | null;
  completedAt: Date;
}

/** Marks the assessment completed with its result. */
export async function recordAssessmentCompletion(db: Executor, assessmentId: string, result: AssessmentCompletion): Promise<void> {
  await db
    .updateTable('risk_assessments')
    .set({
      status: 'completed',
      score: result.score,
      scored_level: result.scoredLevel,
      override_level: result.overrideLevel,
      override_reason: result.overrideReason,
      level: result.level,
      completed_by: result.completedBy,
      completed_at: result.completedAt,
    })
    .where('id', '=', assessmentId)
    .execute();
}

/** The case's completed assessments: subject, when and the level (unordered). */
export async function completedAssessmentLevels(
  db: Executor,
  caseId: string,
): Promise<{ kind: RiskKind; personId: string | null; completedAt: Date | null; level: RiskLevel | null }[]> {
  return db
    .selectFrom('risk_assessments')
    .select(['kind', 'person_id as personId', 'completed_at as completedAt', 'level'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'completed')
    .execute();
}

/** An assessment as the case's Risk tab lists it. */
export interface CaseAssessmentRow {
  id: string;
  kind: RiskKind;
  personId: string | null;
  forename: string | null;
  surname: string | null;
  status: 'in_progress' | 'completed';
  score: number | null;
  scoredLevel: RiskLevel | null;
  overrideLevel: RiskLevel | null;
  level: RiskLevel | null;
  startedAt: Date;
  completedAt: Date | null;
  completedByName: string | null;
  questionnaireVersion: number;
}

/** Every assessment on the case, the most recently completed first, then the most recently started. */
export async function assessmentsOnCase(db: Executor, caseId: string): Promise<CaseAssessmentRow[]> {
  return db
    .selectFrom('risk_assessments as ra')
    .innerJoin('risk_questionnaires as rq', 'rq.id', 'ra.questionnaire_id')
    .leftJoin('people as p', 'p.id', 'ra.person_id')
    .leftJoin('users as u', 'u.id', 'ra.completed_by')
    .select([
      'ra.id',
      'ra.kind',
      'ra.person_id as personId',
      'ra.status',
      'ra.score',
      'ra.scored_level as scoredLevel',
      'ra.override_level as overrideLevel',
      'ra.level',
      'ra.started_at as startedAt',
      'ra.completed_at as completedAt',
      'rq.version as questionnaireVersion',
      'p.forename',
      'p.surname',
      'u.name as completedByName',
    ])
    .where('ra.case_id', '=', caseId)
    .orderBy('ra.completed_at', 'desc')
    .orderBy('ra.started_at', 'desc')
    .execute();
}
