/**
 * Attaches a document to a case (issue 4 "Notes and documents: upload with type and size limits,
 * kept in the database or a configured store, with a checksum"). The store is the database for
 * now: the bytes go into case_documents.content (storage_key is left for an external store).
 * The file must be on the allow-list by extension and by content (domain/cases/documents.ts) and
 * within the configured size (DOCUMENT_MAX_BYTES). Its SHA-256 is stored so a copy can be
 * checked against it. Any case officer ('cases:work') of an organisation that may see the case
 * may upload. Writes the document, a case event 'document' and an audit record
 * 'case.document.upload' (ids only, never the file name).
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { insertCaseDocument } from '../../db/repositories/case-oversight-writes.js';
import { visibleCaseId } from '../../db/repositories/case-scope.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { checkDocumentFile, documentTypeName, isDocumentType } from '../../domain/cases/documents.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from './errors.js';

export interface DocumentUpload {
  /** One of DOCUMENT_TYPES ('statement', 'photo', 'letter', 'report', 'other'). */
  documentType: string;
  /** The name the browser sent; only its base name is kept. */
  fileName: string;
  content: Uint8Array;
}

/**
 * @param opts.maxBytes the configured limit in bytes (config.documentMaxBytes).
 * @returns the document's id and the hex SHA-256 of its content.
 * @throws CaseForbiddenError without 'cases:work'; CaseNotFoundError when the case is not
 *   visible; CaseRuleError (field 'documentType' or 'file') for a missing type, an empty, too
 *   large or disallowed file, or one whose content does not match its extension.
 */
export async function uploadDocument(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  upload: DocumentUpload,
  opts: { maxBytes: number; ip?: string | null },
): Promise<{ id: string; sha256: string }> {
  if (!can(actor, 'cases:work')) throw new CaseForbiddenError();
  return db.transaction().execute(async (trx) => {
    if (!(await visibleCaseId(trx, actor, caseId))) throw new CaseNotFoundError();
    if (!isDocumentType(upload.documentType)) throw new CaseRuleError('documentType', 'Select the type of document');
    const check = checkDocumentFile(upload.fileName, upload.content, opts.maxBytes);
    if (!check.ok) throw new CaseRuleError('file', check.message);
    const content = Buffer.from(upload.content);
    const sha256 = crypto.createHash('sha256').update(content).digest('hex');
    const documentId = await insertCaseDocument(trx, {
      case_id: caseId,
      document_type: upload.documentType,
      file_name: check.fileName,
      content_type: check.contentType,
      size_bytes: content.length,
      sha256,
      content,
      uploaded_by: actor.userId,
    });
    await appendCaseEvent(trx, actor, caseId, {
      kind: 'document',
      summary: `Document added: ${documentTypeName(upload.documentType)}, ${check.fileName}`,
      detail: { documentId, documentType: upload.documentType, sha256 },
    });
    await writeAudit(trx, actor, {
      action: 'case.document.upload',
      entityType: 'case',
      entityId: caseId,
      detail: { documentId },
      ip: opts.ip ?? null,
    });
    return { id: documentId, sha256 };
  });
}
