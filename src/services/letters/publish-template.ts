/**
 * Publishes a new version of a letter template (issue 5: "pro-forma templates … that
 * administrators can edit"). An edit never changes a stored version: it is the next version, and
 * letters already produced keep the version they were produced from. Needs 'admin:reference'.
 * Merge fields are checked (domain/letters/merge.ts). Audited ('letter_template.publish', code
 * and version only).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { insertLetterTemplate } from '../../db/repositories/letter-templates.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { templateFieldErrors } from '../../domain/letters/merge.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from '../cases/errors.js';
import { templateInUse } from './letter-templates.js';

export interface TemplateEdit {
  name: string;
  subject: string;
  body: string;
}

/** The template uses merge fields that do not exist: one GOV.UK message per field. */
export class TemplateFieldsError extends Error {
  override name = 'TemplateFieldsError';
  constructor(readonly problems: string[]) {
    super(problems[0]);
  }
}

/**
 * @returns the new version's id and number.
 * @throws CaseForbiddenError without 'admin:reference'; CaseNotFoundError for an unknown code;
 *   TemplateFieldsError listing unknown merge fields; CaseRuleError ('form') when nothing changed.
 */
export async function publishLetterTemplate(
  db: Kysely<Database>,
  actor: Actor,
  code: string,
  edit: TemplateEdit,
  ip: string | null = null,
): Promise<{ id: string; version: number }> {
  if (!can(actor, 'admin:reference')) throw new CaseForbiddenError('Your role does not allow publishing letter templates');
  const problems = templateFieldErrors(edit);
  if (problems.length) throw new TemplateFieldsError(problems);
  return db.transaction().execute(async (trx) => {
    const current = await templateInUse(trx, code);
    if (!current) throw new CaseNotFoundError('No such letter template');
    if (current.name === edit.name && current.subject === edit.subject && current.body === edit.body) {
      throw new CaseRuleError('body', 'Change the letter before you publish a new version');
    }
    const version = current.version + 1;
    const id = await insertLetterTemplate(trx, {
      code,
      version,
      name: edit.name,
      recipient: current.recipient,
      subject: edit.subject,
      body: edit.body,
      publishedBy: actor.userId,
    });
    await writeAudit(trx, actor, {
      action: 'letter_template.publish',
      entityType: 'letter_template',
      entityId: id,
      detail: { code, version },
      ip,
    });
    return { id, version };
  });
}
