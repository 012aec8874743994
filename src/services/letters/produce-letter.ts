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
import { writeAudit, type Executor } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { isUuid, visibleCaseId } from '../../db/repositories/case-scope.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { formatDate, londonDate } from '../../domain/checks/calendar.js';
import { addressBlock, letterFields, letterMethod } from '../../domain/letters/fields.js';
import { LetterMergeError, MERGE_FIELDS, mergeLetter } from '../../domain/letters/merge.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from '../cases/errors.js';
import { templateInUse } from './letter-templates.js';
import { renderLetterDocx } from './render-docx.js';
import { renderLetterPdf } from './render-pdf.js';

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

async function loadIntervention(db: Executor, caseId: string, id: string) {
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
    const roles = isUuid(request.personId)
      ? (
          await trx
            .selectFrom('case_parties')
            .select('role')
            .where('case_id', '=', caseId)
            .where('person_id', '=', request.personId)
            .where('removed_at', 'is', null)
            .execute()
        ).map((r) => r.role)
      : [];
    if (!roles.length) throw new CaseRuleError('personId', 'Select who the letter is to');
    if (template.recipient !== 'any' && !roles.some((r) => ROLES_FOR[template.recipient as 'perpetrator' | 'victim'].includes(r))) {
      throw new CaseRuleError(
        'personId',
        template.recipient === 'victim'
          ? `A ${template.name.toLowerCase()} can only go to a victim or complainant`
          : `A ${template.name.toLowerCase()} can only go to a perpetrator or their parent or guardian`,
      );
    }
    const intervention = request.interventionId ? await loadIntervention(trx, caseId, request.interventionId) : null;
    if (intervention === undefined) throw new CaseRuleError('interventionId', 'Select an intervention on this case');

    const kase = await trx.selectFrom('cases').select(['reference', 'summary']).where('id', '=', caseId).executeTakeFirstOrThrow();
    const person = await trx
      .selectFrom('people')
      .select(['forename', 'surname', 'address', 'postcode'])
      .where('id', '=', request.personId)
      .executeTakeFirstOrThrow();
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
    const plan = isVictim
      ? await trx
          .selectFrom('victim_contact_plans')
          .select('method')
          .where('case_id', '=', caseId)
          .where('person_id', '=', request.personId)
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .executeTakeFirst()
      : undefined;
    const method = letterMethod(isVictim, plan?.method ?? null);

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
    const stored: { id: string }[] = [];
    for (const f of files) {
      stored.push(
        await trx
          .insertInto('case_documents')
          .values({
            case_id: caseId,
            document_type: 'letter',
            file_name: f.name,
            content_type: f.type,
            size_bytes: f.content.length,
            sha256: crypto.createHash('sha256').update(f.content).digest('hex'),
            content: f.content,
            uploaded_by: actor.userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow(),
      );
    }
    const [docx, pdf] = stored;
    const letter = await trx
      .insertInto('letters')
      .values({
        case_id: caseId,
        template_id: template.id,
        intervention_id: intervention?.id ?? null,
        person_id: request.personId,
        method: method.method,
        docx_document_id: docx!.id,
        pdf_document_id: pdf!.id,
        produced_by: actor.userId,
        produced_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const detail = {
      letterId: letter.id,
      templateCode: template.code,
      templateVersion: template.version,
      docxDocumentId: docx!.id,
      pdfDocumentId: pdf!.id,
    };
    await appendCaseEvent(trx, actor, caseId, {
      kind: 'letter',
      summary: `${template.name} produced for ${fields['recipient.name']} (DOCX and PDF)`,
      detail,
    });
    await writeAudit(trx, actor, { action: 'case.letter.produce', entityType: 'case', entityId: caseId, detail, ip: opts.ip ?? null });
    return { letterId: letter.id, docxDocumentId: docx!.id, pdfDocumentId: pdf!.id };
  });
}
