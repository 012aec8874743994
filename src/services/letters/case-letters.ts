/**
 * Reading a case's letters and what a new letter may be made from. Every read first checks the
 * case is visible to the actor (case-scope.ts); otherwise the result is undefined ("not found").
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { visibleCaseId } from '../../db/repositories/case-scope.js';
import { letterInterventions, letterOnCase, letterRecipients, lettersOnCase, type CaseLetterRow } from '../../db/repositories/letters.js';
import type { Actor } from '../../domain/access/roles.js';
import { formatDate } from '../../domain/checks/calendar.js';
import { methodText } from '../../domain/letters/fields.js';
import { templatesInUse, type LetterTemplate } from './letter-templates.js';
import { isUuid } from '../../domain/ids.js';

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

function present(caseId: string, r: CaseLetterRow): CaseLetter {
  return {
    id: r.id,
    templateName: r.templateName,
    templateVersion: r.templateVersion,
    recipientName: `${r.forename ?? ''} ${r.surname ?? ''}`.trim(),
    methodText: methodText(r.method, r.fromPlan),
    producedAt: r.producedAt,
    producedByName: r.producedByName,
    docxHref: `/cases/${caseId}/documents/${r.docxDocumentId}`,
    pdfHref: `/cases/${caseId}/documents/${r.pdfDocumentId}`,
  };
}

/** The case's letters, newest first; undefined when the case is not visible. */
export async function caseLetters(db: Kysely<Database>, actor: Actor, caseId: string): Promise<CaseLetter[] | undefined> {
  if (!(await visibleCaseId(db, actor, caseId))) return undefined;
  const rows = await lettersOnCase(db, caseId);
  return rows.map((r) => present(caseId, r));
}

/** One letter of the case; undefined when the case is not visible or the letter is not on it. */
export async function caseLetter(db: Kysely<Database>, actor: Actor, caseId: string, letterId: string): Promise<CaseLetter | undefined> {
  if (!isUuid(letterId) || !(await visibleCaseId(db, actor, caseId))) return undefined;
  const row = await letterOnCase(db, caseId, letterId);
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
  const parties = await letterRecipients(db, caseId);
  const recipients = new Map<string, { personId: string; name: string; roles: string[] }>();
  for (const p of parties) {
    const entry = recipients.get(p.personId) ?? { personId: p.personId, name: `${p.forename} ${p.surname}`, roles: [] };
    entry.roles.push(ROLE_WORDS[p.role] ?? p.role);
    recipients.set(p.personId, entry);
  }
  const interventions = await letterInterventions(db, caseId);
  return {
    templates: await templatesInUse(db),
    recipients: [...recipients.values()],
    interventions: interventions.map((i) => ({
      id: i.id,
      text: `${i.name}, ${formatDate(i.issuedOn)}${i.forename ? `, ${i.forename} ${i.surname}` : i.subjectText ? `, ${i.subjectText}` : ''}`,
    })),
  };
}
