/**
 * GET /cases/:id/documents/:documentId — download a case document, audited
 * ('case.document.download'). Always an attachment with the stored content type and nosniff, so a
 * browser never runs or renders an uploaded file in Concord's origin.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../../platform/deps.js';
import { requireActor } from '../../../../../platform/guards.js';
import { attachmentDisposition } from '../../../../../domain/cases/documents.js';
import { downloadDocument } from '../../../../../services/cases/download-document.js';

type Params = { Params: { id: string; documentId: string } };

export default async function caseDocumentDownloadRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get<Params>('/cases/:id/documents/:documentId', { preHandler: requireActor('cases:view') }, async (request, reply) => {
    const doc = await downloadDocument(db, request.actor!, request.params.id, request.params.documentId, { ip: request.ip });
    if (!doc) return reply.callNotFound();
    return reply
      .header('content-type', doc.contentType)
      .header('content-disposition', attachmentDisposition(doc.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .header('digest', `sha-256=${Buffer.from(doc.sha256, 'hex').toString('base64')}`)
      .send(doc.content);
  });
}
