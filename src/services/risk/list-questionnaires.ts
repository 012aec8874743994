/**
 * The risk questionnaires' versions for the administration pages: every version of each kind
 * with who published it and how many assessments use it, and one version's definition.
 * Reference data, no personal data; pages check 'admin:reference'.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { findQuestionnaireRow, questionnaireVersions } from '../../db/repositories/risk-questionnaires.js';
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
  const rows = await questionnaireVersions(db);
  const order: RiskKind[] = ['victim', 'perpetrator', 'case'];
  return rows
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      version: r.version,
      title: storedQuestionnaire(r.definition).title,
      publishedAt: r.publishedAt,
      publishedByName: r.publishedByName,
      assessments: r.assessments,
    }))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || b.version - a.version);
}

/** One version (the newest when `version` is omitted), or undefined. */
export async function findQuestionnaireVersion(db: Executor, kind: string, version?: number): Promise<StoredQuestionnaire | undefined> {
  if (!isRiskKind(kind) || (version !== undefined && !(Number.isInteger(version) && version >= 1 && version <= 1_000_000)))
    return undefined;
  const row = await findQuestionnaireRow(db, kind, version);
  return row && { ...row, definition: storedQuestionnaire(row.definition) };
}
