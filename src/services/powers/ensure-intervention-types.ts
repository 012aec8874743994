/**
 * Seeds the register of intervention types (domain/powers/default-types.ts: the LLR Incremental
 * Approach ladder, DOMAIN.md §2.3, and the statutory powers of §2.1) where a code is missing.
 * Idempotent; never overwrites a stored row, so an administrator's edits (names, tiers, retired
 * types) survive restarts, and types they added without code stay. Called on startup from
 * ensureReferenceData inside its transaction. Reference data: not audited.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { insertMissingInterventionTypes } from '../../db/repositories/intervention-types.js';
import { DEFAULT_INTERVENTION_TYPES } from '../../domain/powers/default-types.js';

/** @returns the codes inserted now (empty when every default type was already there). */
export async function ensureInterventionTypes(db: Executor): Promise<string[]> {
  const rows = DEFAULT_INTERVENTION_TYPES.map((t, i) => ({
    code: t.code,
    name: t.name,
    tier: t.tier,
    statutory: t.statutory,
    subject_kinds: [...t.subjectKinds],
    legal_source: t.legalSource,
    description: t.description,
    sort_order: (i + 1) * 10,
  }));
  return insertMissingInterventionTypes(db, rows);
}
