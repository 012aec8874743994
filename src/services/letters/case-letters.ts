/**
 * Reading a case's letters and what a new letter may be made from. Every read first checks the
 * case is visible to the actor (case-scope.ts); otherwise the result is undefined ("not found").
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { isUuid, visibleCaseId } from '../../db/repositories/case-scope.js';
import type { Actor } from '../../domain/access/roles.js';
import { formatDate } from '../../domain/checks/calendar.js';
import { methodText } from '../../domain/letters/fields.js';
import { templatesInUse, type LetterTemplate } from './letter-templates.js';

export interface CaseLetter {
  id: string;
  templateName: string;
  templateVersion: number;
  recipientName: string;
  /** The sentence saying how to send it ("Send by email, as agreed in their contact plan"). */
  methodText: string;
  producedAt: Date;
  producedByName: string | null;
  docxHref: string;
  pdfHref: string;
}

function lettersQuery(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('letters as l')
    .innerJoin('letter_templates as t', 't.id', 'l.template_id')
    .leftJoin('people as p', 'p.id', 'l.person_id')
    .leftJoin('users as u', 'u.id', 'l.produced_by')
    .select((eb) => [
      'l.id',
      'l.method',
      'l.produced_at as producedAt',
      'l.docx_document_id as docx',
      'l.pdf_document_id as pdf',
      't.name as templateName',
      't.version as templateVersion',
      'p.forename',
      'p.surname',
      'u.name as producedByName',
      eb
        .exists(
          eb
            .selectFrom('victim_contact_plans as v')
            .select('v.id')
            .whereRef('v.case_id', '=', 'l.case_id')
            .whereRef('v.person_id', '=', 'l.person_id')
            .whereRef('v.created_at', '<=', 'l.produced_at'),
        )
        .as('fromPlan'),
    ])
    .where('l.case_id', '=', caseId);
}

type Row = Awaited<ReturnType<ReturnType<typeof lettersQuery>['executeTakeFirstOrThrow']>>;

function present(caseId: string, r: Row): CaseLetter {
  return {
    id: r.id,
    templateName: r.templateName,
    templateVersion: r.templateVersion,
    recipientName: `${r.forename ?? ''} ${r.surname ?? ''}`.trim(),
    methodText: methodText(r.method, Boolean(r.fromPlan)),
    producedAt: r.producedAt,
    producedByName: r.producedByName,
    docxHref: `/cases/${caseId}/documents/${r.docx}`,
    pdfHref: `/cases/${caseId}/documents/${r.pdf}`,
  };
}

/** The case's letters, newest first; undefined when the case is not visible. */
export async function caseLetters(db: Kysely<Database>, actor: Actor, caseId: string): Promise<CaseLetter[] | undefined> {
  if (!(await visibleCaseId(db, actor, caseId))) return undefined;
  const rows = await lettersQuery(db, caseId).orderBy('l.produced_at', 'desc').orderBy('l.id').execute();
  return rows.map((r) => present(caseId, r));
}

/** One letter of the case; undefined when the case is not visible or the letter is not on it. */
export async function caseLetter(db: Kysely<Database>, actor: Actor, caseId: string, letterId: string): Promise<CaseLetter | undefined> {
  if (!isUuid(letterId) || !(await visibleCaseId(db, actor, caseId))) return undefined;
  const row = await lettersQuery(db, caseId).where('l.id', '=', letterId).executeTakeFirst();
  return row && present(caseId, row);
}

export interface LetterChoices {
  templates: LetterTemplate[];
  /** Current parties, one entry per person with their roles. */
  recipients: { personId: string; name: string; roles: string[] }[];
  interventions: { id: string; text: string }[];
}

const ROLE_WORDS: Record<string, string> = {
  victim: 'victim',
  complainant: 'complainant',
  perpetrator: 'perpetrator',
  witness: 'witness',
  parent_guardian: 'parent or guardian',
  professional: 'professional',
};

/** What the "Produce a letter" form offers; undefined when the case is not visible. */
export async function letterChoices(db: Kysely<Database>, actor: Actor, caseId: string): Promise<LetterChoices | undefined> {
  if (!(await visibleCaseId(db, actor, caseId))) return undefined;
  const parties = await db
    .selectFrom('case_parties as cp')
    .innerJoin('people as p', 'p.id', 'cp.person_id')
    .select(['cp.person_id as personId', 'cp.role', 'p.forename', 'p.surname'])
    .where('cp.case_id', '=', caseId)
    .where('cp.removed_at', 'is', null)
    .orderBy('p.surname')
    .orderBy('p.forename')
    .execute();
  const recipients = new Map<string, { personId: string; name: string; roles: string[] }>();
  for (const p of parties) {
    const entry = recipients.get(p.personId) ?? { personId: p.personId, name: `${p.forename} ${p.surname}`, roles: [] };
    entry.roles.push(ROLE_WORDS[p.role] ?? p.role);
    recipients.set(p.personId, entry);
  }
  const interventions = await db
    .selectFrom('interventions as i')
    .innerJoin('intervention_types as t', 't.code', 'i.type_code')
    .leftJoin('people as p', 'p.id', 'i.person_id')
    .select(['i.id', 't.name', 'i.issued_on', 'p.forename', 'p.surname', 'i.subject_text'])
    .where('i.case_id', '=', caseId)
    .orderBy('i.issued_on', 'desc')
    .orderBy('i.created_at', 'desc')
    .execute();
  return {
    templates: await templatesInUse(db),
    recipients: [...recipients.values()],
    interventions: interventions.map((i) => ({
      id: i.id,
      text: `${i.name}, ${formatDate(i.issued_on)}${i.forename ? `, ${i.forename} ${i.surname}` : i.subject_text ? `, ${i.subject_text}` : ''}`,
    })),
  };
}
