/**
 * Letter templates (issue 5 "Letters"): the version in use of each code (the newest), a code's
 * versions, and storing versions. Templates are reference data, the same for every organisation
 * and holding no personal data, so no read here is scoped to the actor; the services check
 * 'admin:reference' before a write.
 */
import type { Executor } from './audit-log.js';

/** One stored version of a template. */
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

function templateRows(db: Executor) {
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
    ]);
}

function newestVersions(db: Executor) {
  return templateRows(db).where(({ not, exists, selectFrom }) =>
    not(
      exists(selectFrom('letter_templates as n').select('n.id').whereRef('n.code', '=', 't.code').whereRef('n.version', '>', 't.version')),
    ),
  );
}

/** The newest version of every template, by name (callers put the defaults first). */
export async function newestLetterTemplates(db: Executor): Promise<LetterTemplate[]> {
  return newestVersions(db).orderBy('t.name').execute();
}

/** The newest version of the template `code`, or undefined when there is none. */
export async function templateInUse(db: Executor, code: string): Promise<LetterTemplate | undefined> {
  return newestVersions(db).where('t.code', '=', code).executeTakeFirst();
}

/** Every version of the template `code`, newest first. */
export async function templateVersions(db: Executor, code: string): Promise<LetterTemplate[]> {
  return templateRows(db).where('t.code', '=', code).orderBy('t.version', 'desc').execute();
}

/**
 * Stores a version of a template published by `publishedBy`.
 * @returns its id. @throws the database's unique violation when the code already has that version.
 */
export async function insertLetterTemplate(
  db: Executor,
  row: Pick<LetterTemplate, 'code' | 'version' | 'name' | 'recipient' | 'subject' | 'body'> & { publishedBy: string | null },
): Promise<string> {
  const inserted = await db
    .insertInto('letter_templates')
    .values({
      code: row.code,
      version: row.version,
      name: row.name,
      recipient: row.recipient,
      subject: row.subject,
      body: row.body,
      published_by: row.publishedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/**
 * Stores version 1 of each template, skipping a code that already has a version 1.
 * @returns the codes stored now.
 */
export async function insertFirstLetterTemplates(
  db: Executor,
  templates: readonly Pick<LetterTemplate, 'code' | 'name' | 'recipient' | 'subject' | 'body'>[],
): Promise<string[]> {
  const added = await db
    .insertInto('letter_templates')
    .values(templates.map((t) => ({ code: t.code, version: 1, name: t.name, recipient: t.recipient, subject: t.subject, body: t.body })))
    .onConflict((oc) => oc.columns(['code', 'version']).doNothing())
    .returning('code')
    .execute();
  return added.map((a) => a.code);
}
