/**
 * The Documents tab's view model: the case's notes (newest first) with the add-note form, and its
 * documents with download links and the upload form. Forms only for case officers ('cases:work').
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.js';
import { can, type Actor } from '../../../../domain/access/roles.js';
import { ACCEPT_ATTRIBUTE, ALLOWED_TYPES_TEXT, DOCUMENT_TYPES, documentTypeName, sizeText } from '../../../../domain/cases/documents.js';
import type { FormErrors } from '../../../../platform/forms.js';
import type { CaseHeader } from '../../../../services/cases/case-header.js';
import { viewCaseNotesAndDocuments } from '../../../../services/cases/case-notes-and-documents.js';
import { dateTimeText, multilineHtml } from '../reviews/presenters.js';

export interface DocumentsPageInput {
  header: CaseHeader;
  maxBytes: number;
  errors?: FormErrors | undefined;
  values?: { text?: unknown; documentType?: unknown };
  banner?: string | undefined;
}

/** The page's whole context, ready for view.njk. */
export async function documentsPage(db: Kysely<Database>, actor: Actor, input: DocumentsPageInput) {
  const { header } = input;
  const { notes, documents } = await viewCaseNotesAndDocuments(db, actor, header.id);
  return {
    title: 'Notes and documents',
    caseHeader: header,
    casePage: 'documents',
    errors: input.errors,
    banner: input.banner,
    values: input.values ?? {},
    canWork: can(actor, 'cases:work'),
    noteAction: `/cases/${header.id}/documents/notes`,
    uploadAction: `/cases/${header.id}/documents`,
    lettersHref: `/cases/${header.id}/letters`,
    newLetterHref: `/cases/${header.id}/letters/new`,
    notes: notes.map((n) => ({
      byLine: `${dateTimeText(n.at)}, ${n.userName ?? 'Unknown'}${n.organisationName ? ` (${n.organisationName})` : ''}`,
      html: multilineHtml(n.body),
    })),
    documents: documents.map((d) => ({
      type: documentTypeName(d.documentType),
      name: d.fileName,
      href: `/cases/${header.id}/documents/${d.id}`,
      size: sizeText(d.sizeBytes),
      uploadedBy: d.uploadedByName ?? 'Unknown',
      uploadedAt: dateTimeText(d.uploadedAt),
      checksum: d.sha256.slice(0, 12),
      checksumFull: d.sha256,
    })),
    typeItems: [{ value: '', text: 'Select a type' }, ...DOCUMENT_TYPES.map((t) => ({ value: t.code, text: t.name }))],
    accept: ACCEPT_ATTRIBUTE,
    fileHint: `${ALLOWED_TYPES_TEXT}, smaller than ${sizeText(input.maxBytes)}`,
  };
}
