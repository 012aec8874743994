/**
 * The risk questionnaires' versions (issue 4 "Risk assessments"; DOMAIN.md §4.2): reading the
 * version in force or a given one, listing every version for the administration pages, and
 * storing a new version. Reference data, the same for every organisation and holding no personal
 * data, so no read here is scoped to the actor: the services check 'admin:reference' for writes.
 * Definitions come back as stored (jsonb); services parse them with storedQuestionnaire.
 */
import type { RiskKind } from '../schema.js';
import type { Executor } from './audit-log.js';

/** A stored questionnaire version; `definition` is the jsonb value, not yet checked. */
export interface QuestionnaireRow {
  id: string;
  kind: RiskKind;
  version: number;
  definition: unknown;
  publishedAt: Date;
}

/** The version `version` of the kind's questionnaire, or the newest when it is omitted; undefined when none. */
export async function findQuestionnaireRow(db: Executor, kind: RiskKind, version?: number): Promise<QuestionnaireRow | undefined> {
  let query = db
    .selectFrom('risk_questionnaires')
    .select(['id', 'kind', 'version', 'definition', 'published_at as publishedAt'])
    .where('kind', '=', kind);
  query = version === undefined ? query.orderBy('version', 'desc').limit(1) : query.where('version', '=', version);
  return query.executeTakeFirst();
}

/** A version as the administration list shows it, with its publisher's name and how many assessments use it. */
export interface QuestionnaireVersionListing extends QuestionnaireRow {
  /** Null for the version Concord ships. */
  publishedByName: string | null;
  assessments: number;
}

/** Every version of every kind, newest version first (callers order the kinds). */
export async function questionnaireVersions(db: Executor): Promise<QuestionnaireVersionListing[]> {
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
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    version: r.version,
    definition: r.definition,
    publishedAt: r.published_at,
    publishedByName: r.name,
    assessments: Number(r.assessments ?? 0),
  }));
}

/** The newest version number of the kind, 0 when none is stored. Takes no lock. */
export async function newestQuestionnaireVersion(db: Executor, kind: RiskKind): Promise<number> {
  const newest = await db
    .selectFrom('risk_questionnaires')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('kind', '=', kind)
    .executeTakeFirst();
  return Number(newest?.version ?? 0);
}

/**
 * Stores a questionnaire version (`definition` is stored as jsonb) published by `publishedBy`.
 * @returns its id. @throws the database's unique violation when the kind already has that version.
 */
export async function insertQuestionnaire(
  db: Executor,
  row: { kind: RiskKind; version: number; definition: unknown; publishedBy: string | null },
): Promise<string> {
  const inserted = await db
    .insertInto('risk_questionnaires')
    .values({ kind: row.kind, version: row.version, definition: JSON.stringify(row.definition), published_by: row.publishedBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/**
 * Stores version 1 of each kind's questionnaire, skipping a kind that already has a version 1.
 * @returns the kinds stored now.
 */
export async function insertFirstQuestionnaires(
  db: Executor,
  definitions: readonly { kind: RiskKind; definition: unknown }[],
): Promise<RiskKind[]> {
  const added = await db
    .insertInto('risk_questionnaires')
    .values(definitions.map((d) => ({ kind: d.kind, version: 1, definition: JSON.stringify(d.definition) })))
    .onConflict((oc) => oc.columns(['kind', 'version']).doNothing())
    .returning('kind')
    .execute();
  return added.map((a) => a.kind);
}
