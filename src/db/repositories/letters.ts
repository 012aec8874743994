/**
 * Letters on a case (issue 5 "Letters"): the letters produced, what a new letter may be made
 * from (the case, its current parties and interventions, a victim's contact plan in force), and
 * storing a letter (its two documents go in through insertCaseDocument, case-oversight-writes.ts).
 * The scoping rule: every function takes a case the caller has already found visible to the
 * actor (visibleCaseId, case-scope.ts), in the same transaction when it writes, and reads only
 * rows hanging off that case (a person is read once found a party of it).
 */
import type { CasePartyRole, ContactMethod } from '../schema.js';
import type { Executor } from './audit-log.js';
import { isUuid } from '../../domain/ids.js';

/** A letter as the case's Letters tab lists it. */
export interface CaseLetterRow {
  id: string;
  method: string | null;
  producedAt: Date;
  docxDocumentId: string;
  pdfDocumentId: string;
  templateName: string;
  templateVersion: number;
  forename: string | null;
  surname: string | null;
  producedByName: string | null;
  /** True when the recipient had a contact plan on the case when the letter was produced. */
  fromPlan: boolean;
}

function lettersQuery(db: Executor, caseId: string) {
  return db
    .selectFrom('letters as l')
    .innerJoin('letter_templates as t', 't.id', 'l.template_id')
    .leftJoin('people as p', 'p.id', 'l.person_id')
    .leftJoin('users as u', 'u.id', 'l.produced_by')
    .select((eb) => [
      'l.id',
      'l.method',
      'l.produced_at as producedAt',
      'l.docx_document_id as docxDocumentId',
      'l.pdf_document_id as pdfDocumentId',
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

/** The case's letters, newest first (ties by id). */
export async function lettersOnCase(db: Executor, caseId: string): Promise<CaseLetterRow[]> {
  const rows = await lettersQuery(db, caseId).orderBy('l.produced_at', 'desc').orderBy('l.id').execute();
  return rows.map((r) => ({ ...r, fromPlan: Boolean(r.fromPlan) }));
}

/** The letter `letterId` when it is on the case, else undefined. The caller checks `letterId` is a UUID. */
export async function letterOnCase(db: Executor, caseId: string, letterId: string): Promise<CaseLetterRow | undefined> {
  const row = await lettersQuery(db, caseId).where('l.id', '=', letterId).executeTakeFirst();
  return row && { ...row, fromPlan: Boolean(row.fromPlan) };
}

/** The parties on the case now (not removed), one row per person and role, by surname then forename. */
export async function letterRecipients(
  db: Executor,
  caseId: string,
): Promise<{ personId: string; role: CasePartyRole; forename: string; surname: string }[]> {
  return db
    .selectFrom('case_parties as cp')
    .innerJoin('people as p', 'p.id', 'cp.person_id')
    .select(['cp.person_id as personId', 'cp.role', 'p.forename', 'p.surname'])
    .where('cp.case_id', '=', caseId)
    .where('cp.removed_at', 'is', null)
    .orderBy('p.surname')
    .orderBy('p.forename')
    .execute();
}

/** The interventions on the case, the most recently issued first, with what identifies each. */
export async function letterInterventions(
  db: Executor,
  caseId: string,
): Promise<{ id: string; name: string; issuedOn: string; forename: string | null; surname: string | null; subjectText: string | null }[]> {
  return db
    .selectFrom('interventions as i')
    .innerJoin('intervention_types as t', 't.code', 'i.type_code')
    .leftJoin('people as p', 'p.id', 'i.person_id')
    .select(['i.id', 't.name', 'i.issued_on as issuedOn', 'p.forename', 'p.surname', 'i.subject_text as subjectText'])
    .where('i.case_id', '=', caseId)
    .orderBy('i.issued_on', 'desc')
    .orderBy('i.created_at', 'desc')
    .execute();
}

/** The intervention `id` with the particulars a letter merges, when it is on the case; undefined otherwise (or not a UUID). */
export async function interventionForLetter(db: Executor, caseId: string, id: string) {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('interventions as i')
    .innerJoin('intervention_types as t', 't.code', 'i.type_code')
    .select([
      'i.id',
      'i.type_code as typeCode',
      't.name as typeName',
      'i.conduct',
      'i.terms',
      'i.issued_on as issuedOn',
      'i.compliance_due_on as complianceDueOn',
      'i.review_on as reviewOn',
    ])
    .where('i.id', '=', id)
    .where('i.case_id', '=', caseId)
    .executeTakeFirst();
}

/** The person's current roles on the case (none when they are not on it). The caller checks `personId` is a UUID. */
export async function partyRoles(db: Executor, caseId: string, personId: string): Promise<CasePartyRole[]> {
  const rows = await db
    .selectFrom('case_parties')
    .select('role')
    .where('case_id', '=', caseId)
    .where('person_id', '=', personId)
    .where('removed_at', 'is', null)
    .execute();
  return rows.map((r) => r.role);
}

/** The case's reference and summary. @throws NoResultError when the case does not exist. */
export async function caseForLetter(db: Executor, caseId: string): Promise<{ reference: string; summary: string | null }> {
  return db.selectFrom('cases').select(['reference', 'summary']).where('id', '=', caseId).executeTakeFirstOrThrow();
}

/** The recipient's name and postal address; the caller has found them a party of the case. @throws NoResultError when there is no such person. */
export async function recipientForLetter(db: Executor, personId: string) {
  return db
    .selectFrom('people')
    .select(['forename', 'surname', 'address', 'postcode'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
}

/** The contact method of the victim's newest contact plan on the case (ties by id), or null when they have none. */
export async function contactPlanMethod(db: Executor, caseId: string, personId: string): Promise<ContactMethod | null> {
  const plan = await db
    .selectFrom('victim_contact_plans')
    .select('method')
    .where('case_id', '=', caseId)
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return plan?.method ?? null;
}

/** Stores the letter produced from the template version, with its two documents. @returns its id. */
export async function insertLetter(
  db: Executor,
  letter: {
    caseId: string;
    templateId: string;
    interventionId: string | null;
    personId: string;
    method: string;
    docxDocumentId: string;
    pdfDocumentId: string;
    producedBy: string | null;
    producedAt: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('letters')
    .values({
      case_id: letter.caseId,
      template_id: letter.templateId,
      intervention_id: letter.interventionId,
      person_id: letter.personId,
      method: letter.method,
      docx_document_id: letter.docxDocumentId,
      pdf_document_id: letter.pdfDocumentId,
      produced_by: letter.producedBy,
      produced_at: letter.producedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
