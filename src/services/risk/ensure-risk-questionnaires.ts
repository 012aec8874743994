/**
 * Seeds version 1 of the victim, perpetrator and case risk questionnaires
 * (domain/risk/default-questionnaires.ts) when a kind has none. Idempotent; never overwrites a
 * stored version, so versions an administrator published survive restarts. Called on startup
 * from ensureReferenceData inside its transaction. Reference data: not audited.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { insertFirstQuestionnaires } from '../../db/repositories/risk-questionnaires.js';
import type { RiskKind } from '../../db/schema.js';
import { DEFAULT_RISK_QUESTIONNAIRES } from '../../domain/risk/default-questionnaires.js';

/** @returns the kinds seeded now (empty when every kind already had a version). */
export async function ensureRiskQuestionnaires(db: Executor): Promise<RiskKind[]> {
  const definitions = (Object.entries(DEFAULT_RISK_QUESTIONNAIRES) as [RiskKind, unknown][]).map(([kind, definition]) => ({
    kind,
    definition,
  }));
  return insertFirstQuestionnaires(db, definitions);
}
