/**
 * Produces a letter on a case (issue 5 "Letters"): merges the template in use with the case, the
 * recipient and (optionally) an intervention, renders it as DOCX and PDF, and stores both on the
 * case with checksums, who produced it and how it is to be sent. A letter to a victim records the
 * method of their contact plan in force (the newest plan; post when there is none).
 *
 * Rules: the actor needs 'cases:work' and must see the case (case-scope.ts; otherwise "not
 * found"); the recipient is a current party of the case (a perpetrator letter goes to a
 * perpetrator or a parent or guardian, a victim letter to a victim or complainant); the
 * intervention, when chosen, is on this case. One transaction: two case_documents, the letters
 * row, a case event 'letter' and an audit record 'case.letter.produce' (ids only).
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CasePartyRole, Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { insertCaseDocument } from '../../db/repositories/case-oversight-writes.js';
import { visibleCaseId } from '../../db/repositories/case-scope.js';
import {
  caseForLetter,
  contactPlanMethod,
  insertLetter,
  interventionForLetter,
  partyRoles,
  recipientForLetter,
} from '../../db/repositories/letters.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { formatDate, londonDate } from '../../domain/checks/calendar.js';
import { addressBlock, letterFields, letterMethod } from '../../domain/letters/fields.js';
import { LetterMergeError, MERGE_FIELDS, mergeLetter } from '../../domain/letters/merge.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from '../cases/errors.js';
import { templateInUse } from './letter-templates.js';
import { renderLetterDocx } from './render-docx.js';
import { renderLetterPdf } from './render-pdf.js';
import { isUuid } from '../../domain/ids.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';

export interface LetterRequest {
  templateCode: string;
  personId: string;
  interventionId: string | null;
}

const ROLES_FOR: Record<'perpetrator' | 'victim', CasePartyRole[]> = {
  perpetrator: ['perpetrator', 'parent_guardian'],
  victim: ['victim', 'complainant'],
};

function mergeProblem(err: LetterMergeError): CaseRuleError {
  if (err.unknown.length) return new CaseRuleError('templateCode', `${err.message}. Ask an administrator to correct the template`);
  const field = err.missing[0]!;
  if (field.startsWith('intervention.')) {
    const what = MERGE_FIELDS.find((f) => f.name === field)!.description.toLowerCase();
    return new CaseRuleError('interventionId', `Select the intervention this letter is about: the letter needs ${what}`);
  }
  return new CaseRuleError('templateCode', err.message);
}

/**
 * @returns the letter's id and the two documents' ids.
 * @throws CaseForbiddenError without 'cases:work'; CaseNotFoundError when the case is not
 *   visible; CaseRuleError (field 'templateCode', 'personId' or 'interventionId') in GOV.UK words.
 */
export async function produceLetter(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  request: LetterRequest,
  opts: { now?: Date; ip?: string | null } = {},
): Promise<{ letterId: string; docxDocumentId: string; pdfDocumentId: string }> {
  if (!can(actor, 'cases:work')) throw new CaseForbiddenError();
  const now = opts.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    if (!(await visibleCaseId(trx, actor, caseId))) throw new CaseNotFoundError();
    const template = await templateInUse(trx, request.templateCode);
    if (!template) throw new CaseRuleError('templateCode', 'Select the letter to produce');
    const roles = isUuid(request.personId) ? await partyRoles(trx, caseId, request.personId) : [];
    if (!roles.length) throw new CaseRuleError('personId', 'Select who the letter is to');
    if (template.recipient !== 'any' && !roles.some((r) => ROLES_FOR[template.recipient as 'perpetrator' | 'victim'].includes(r))) {
      throw new CaseRuleError(
        'personId',
        template.recipient === 'victim'
          ? `A ${template.name.toLowerCase()} can only go to a victim or complainant`
          : `A ${template.name.toLowerCase()} can only go to a perpetrator or their parent or guardian`,
      );
    }
    const intervention = request.interventionId ? await interventionForLetter(trx, caseId, request.interventionId) : null;
    if (intervention === undefined) throw new CaseRuleError('interventionId', 'Select an intervention on this case');

    const kase = await caseForLetter(trx, caseId);
    const person = await recipientForLetter(trx, request.personId);
    const today = londonDate(now);
    const fields = letterFields({
      caseReference: kase.reference,
      caseSummary: kase.summary,
      recipient: person,
      officerName: actor.name,
      organisationName: actor.organisationName,
      today,
      intervention,
    });
    let merged;
    try {
      merged = mergeLetter(template, fields);
    } catch (err) {
      if (err instanceof LetterMergeError) throw mergeProblem(err);
      throw err;
    }

    const isVictim = roles.includes('victim');
    const planMethod = isVictim ? await contactPlanMethod(trx, caseId, request.personId) : null;
    const method = letterMethod(isVictim, planMethod);

    const layout = {
      organisationName: actor.organisationName,
      dateText: formatDate(today),
      recipientName: fields['recipient.name']!,
      recipientAddress: addressBlock(person.address, person.postcode),
      subject: merged.subject,
      paragraphs: merged.paragraphs,
      title: template.name,
      producedAt: now,
    };
    const baseName = `${template.code.replace(/_/g, '-')}-${kase.reference}-${today}`;
    const files = [
      { content: await renderLetterDocx(layout), type: DOCX_TYPE, name: `${baseName}.docx` },
      { content: await renderLetterPdf(layout), type: PDF_TYPE, name: `${baseName}.pdf` },
    ];
    const stored: string[] = [];
    for (const f of files) {
      stored.push(
        await insertCaseDocument(trx, {
          case_id: caseId,
          document_type: 'letter',
          file_name: f.name,
          content_type: f.type,
          size_bytes: f.content.length,
          sha256: crypto.createHash('sha256').update(f.content).digest('hex'),
          content: f.content,
          uploaded_by: actor.userId,
        }),
      );
    }
    const [docxDocumentId, pdfDocumentId] = stored as [string, string];
    const letterId = await insertLetter(trx, {
      caseId,
      templateId: template.id,
      interventionId: intervention?.id ?? null,
      personId: request.personId,
      method: method.method,
      docxDocumentId,
      pdfDocumentId,
      producedBy: actor.userId,
      producedAt: now,
    });
    const detail = { letterId, templateCode: template.code, templateVersion: template.version, docxDocumentId, pdfDocumentId };
    await appendCaseEvent(trx, actor, caseId, {
      kind: 'letter',
      summary: `${template.name} produced for ${fields['recipient.name']} (DOCX and PDF)`,
      detail,
    });
    await writeAudit(trx, actor, { action: 'case.letter.produce', entityType: 'case', entityId: caseId, detail, ip: opts.ip ?? null });
    return { letterId, docxDocumentId, pdfDocumentId };
  });
}
