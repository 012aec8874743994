/**
 * The risk questionnaires' versions for the administration pages: every version of each kind
 * with who published it and how many assessments use it, and one version's definition.
 * Reference data, no personal data; pages check 'admin:reference'.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import type { RiskKind } from '../../db/schema.js';
import { isRiskKind, storedQuestionnaire } from '../../domain/risk/questionnaire.js';
import type { StoredQuestionnaire } from './risk-records.js';

export interface QuestionnaireVersionRow {
  id: string;
  kind: RiskKind;
  version: number;
  title: string;
  publishedAt: Date;
  /** Null for the version Concord ships. */
  publishedByName: string | null;
  assessments: number;
}

/** Every version, by kind (victim, perpetrator, case) then newest first. */
export async function listQuestionnaireVersions(db: Executor): Promise<QuestionnaireVersionRow[]> {
  const rows = await db
    .selectFrom('risk_questionnaires as rq')
    .leftJoin('users as u', 'u.id', 'rq.published_by')
    .select((eb) => [
      'rq.id',
      'rq.kind',
      'rq.version',
      'rq.definition',
      'rq.published_at',
      'u.name',
      eb
        .selectFrom('risk_assessments as ra')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('ra.questionnaire_id', '=', 'rq.id')
        .as('assessments'),
    ])
    .orderBy('rq.version', 'desc')
    .execute();
  const order: RiskKind[] = ['victim', 'perpetrator', 'case'];
  return rows
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      version: r.version,
      title: storedQuestionnaire(r.definition).title,
      publishedAt: r.published_at,
      publishedByName: r.name,
      assessments: Number(r.assessments ?? 0),
    }))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || b.version - a.version);
}

/** One version (the newest when `version` is omitted), or undefined. */
export async function findQuestionnaireVersion(db: Executor, kind: string, version?: number): Promise<StoredQuestionnaire | undefined> {
  if (!isRiskKind(kind) || (version !== undefined && !(Number.isInteger(version) && version >= 1 && version <= 1_000_000)))
    return undefined;
  let query = db.selectFrom('risk_questionnaires').select(['id', 'kind', 'version', 'definition', 'published_at']).where('kind', '=', kind);
  query = version === undefined ? query.orderBy('version', 'desc').limit(1) : query.where('version', '=', version);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    definition: storedQuestionnaire(row.definition),
    publishedAt: row.published_at,
  };
}
