/**
 * Reading letter templates: the version in use of each (the newest) in the order the pages show
 * them, one code's newest version, and a template's versions (db/repositories/letter-templates.ts).
 * Templates are reference data, the same for every organisation.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { newestLetterTemplates, type LetterTemplate } from '../../db/repositories/letter-templates.js';

export { templateInUse, templateVersions, type LetterTemplate } from '../../db/repositories/letter-templates.js';

/** The version in use (the newest) of every template, in the order of the defaults then by name. */
export async function templatesInUse(db: Executor): Promise<LetterTemplate[]> {
  const order = ['warning_letter', 'cpw', 'cpn', 'abc', 'interview_invitation', 'case_closure_victim'];
  const rows = await newestLetterTemplates(db);
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return rows.sort((a, b) => rank(a.code) - rank(b.code));
}
