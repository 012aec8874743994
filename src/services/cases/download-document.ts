/**
 * Hands over a case document's content for download, and audits it (issue 4: "every view and
 * download audited"; DPA 2018 s.62 logging of consultation and disclosure, DOMAIN.md §6.2).
 * Found only when the actor may see the case (case-scope.ts); the audit record
 * 'case.document.download' carries ids only.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { documentWithContent } from '../../db/repositories/case-documents.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { isUuid } from '../../domain/ids.js';

export interface DocumentDownload {
  fileName: string;
  /** The type stored at upload (from the allow-list, never the browser's claim). */
  contentType: string;
  sha256: string;
  content: Buffer;
}

/**
 * @returns the document, or undefined when the actor lacks 'cases:view', the ids are not UUIDs,
 *   the case is not visible, or the document is not on that case (all "not found").
 */
export async function downloadDocument(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  documentId: string,
  opts: { ip?: string | null } = {},
): Promise<DocumentDownload | undefined> {
  if (!can(actor, 'cases:view') || !isUuid(caseId) || !isUuid(documentId)) return undefined;
  return db.transaction().execute(async (trx) => {
    const doc = await documentWithContent(trx, actor, caseId, documentId);
    if (!doc?.content) return undefined;
    await writeAudit(trx, actor, {
      action: 'case.document.download',
      entityType: 'case',
      entityId: caseId,
      detail: { documentId },
      ip: opts.ip ?? null,
    });
    return { fileName: doc.fileName, contentType: doc.contentType, sha256: doc.sha256, content: Buffer.from(doc.content) };
  });
}
