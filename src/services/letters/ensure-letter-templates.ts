/**
 * Seeds version 1 of the six pro-forma letters (domain/letters/default-templates.ts) when a code
 * has no version yet. Idempotent; never overwrites a stored version, so versions an
 * administrator published survive restarts. Called on startup from ensureReferenceData inside its
 * transaction. Reference data: not audited.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { DEFAULT_LETTER_TEMPLATES } from '../../domain/letters/default-templates.js';

/** @returns the codes seeded now (empty when every template already had a version). */
export async function ensureLetterTemplates(db: Executor): Promise<string[]> {
  const added = await db
    .insertInto('letter_templates')
    .values(
      DEFAULT_LETTER_TEMPLATES.map((t) => ({
        code: t.code,
        version: 1,
        name: t.name,
        recipient: t.recipient,
        subject: t.subject,
        body: t.body,
      })),
    )
    .onConflict((oc) => oc.columns(['code', 'version']).doNothing())
    .returning('code')
    .execute();
  return added.map((a) => a.code);
}
