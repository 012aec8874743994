/**
 * Adds a note to a case (issue 4 "Notes and documents"): a case event of kind 'note' carrying
 * the text, so notes sit on the append-only timeline and are never edited. Any case officer
 * ('cases:work') of an organisation that may see the case may add one. Audited 'case.note' (ids
 * only: the text is never copied into the audit log).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { visibleCaseId } from '../../db/repositories/case-scope.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { TEXT_LIMITS, textProblem } from '../../domain/cases/oversight.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from './errors.js';

/**
 * @param text the note, 1–5,000 characters after trimming.
 * @throws CaseForbiddenError without 'cases:work'; CaseNotFoundError when the case is not
 *   visible; CaseRuleError (field 'text') when the note is blank or too long.
 */
export async function addNote(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  text: string,
  opts: { ip?: string | null } = {},
): Promise<void> {
  if (!can(actor, 'cases:work')) throw new CaseForbiddenError();
  const problem = textProblem(text, 'Note', TEXT_LIMITS.note, true, 'Enter the note');
  await db.transaction().execute(async (trx) => {
    if (!(await visibleCaseId(trx, actor, caseId))) throw new CaseNotFoundError();
    if (problem) throw new CaseRuleError('text', problem);
    await appendCaseEvent(trx, actor, caseId, { kind: 'note', summary: 'Note added', body: text.trim() });
    await writeAudit(trx, actor, { action: 'case.note', entityType: 'case', entityId: caseId, ip: opts.ip ?? null });
  });
}
