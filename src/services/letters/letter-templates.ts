/**
 * Reading letter templates: the version in use of each (the newest), one code's newest version,
 * and a template's versions. Templates are reference data, the same for every organisation.
 */
import type { Executor } from '../../db/repositories/audit-log.js';

export interface LetterTemplate {
  id: string;
  code: string;
  version: number;
  name: string;
  recipient: 'perpetrator' | 'victim' | 'any';
  subject: string;
  body: string;
  publishedAt: Date;
  publishedByName: string | null;
}

function newestVersions(db: Executor) {
  return db
    .selectFrom('letter_templates as t')
    .leftJoin('users as u', 'u.id', 't.published_by')
    .select([
      't.id',
      't.code',
      't.version',
      't.name',
      't.recipient',
      't.subject',
      't.body',
      't.published_at as publishedAt',
      'u.name as publishedByName',
    ])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('letter_templates as n').select('n.id').whereRef('n.code', '=', 't.code').whereRef('n.version', '>', 't.version'),
        ),
      ),
    );
}

/** The version in use (the newest) of every template, in the order of the defaults then by name. */
export async function templatesInUse(db: Executor): Promise<LetterTemplate[]> {
  const order = ['warning_letter', 'cpw', 'cpn', 'abc', 'interview_invitation', 'case_closure_victim'];
  const rows = await newestVersions(db).orderBy('t.name').execute();
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return rows.sort((a, b) => rank(a.code) - rank(b.code));
}

/** The newest version of the template `code`, or undefined when there is none. */
export async function templateInUse(db: Executor, code: string): Promise<LetterTemplate | undefined> {
  return newestVersions(db).where('t.code', '=', code).executeTakeFirst();
}

/** Every version of the template `code`, newest first. */
export async function templateVersions(db: Executor, code: string): Promise<LetterTemplate[]> {
  return db
    .selectFrom('letter_templates as t')
    .leftJoin('users as u', 'u.id', 't.published_by')
    .select([
      't.id',
      't.code',
      't.version',
      't.name',
      't.recipient',
      't.subject',
      't.body',
      't.published_at as publishedAt',
      'u.name as publishedByName',
    ])
    .where('t.code', '=', code)
    .orderBy('t.version', 'desc')
    .execute();
}
