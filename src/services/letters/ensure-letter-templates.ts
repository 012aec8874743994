/**
 * Seeds version 1 of the six pro-forma letters (domain/letters/default-templates.ts) when a code
 * has no version yet. Idempotent; never overwrites a stored version, so versions an
 * administrator published survive restarts. Called on startup from ensureReferenceData inside its
 * transaction. Reference data: not audited.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { insertFirstLetterTemplates } from '../../db/repositories/letter-templates.js';
import { DEFAULT_LETTER_TEMPLATES } from '../../domain/letters/default-templates.js';

/** @returns the codes seeded now (empty when every template already had a version). */
export async function ensureLetterTemplates(db: Executor): Promise<string[]> {
  return insertFirstLetterTemplates(db, DEFAULT_LETTER_TEMPLATES);
}
