/**
 * GET /cases/:id/documents — the Documents tab: notes and documents.
 * POST /cases/:id/documents — upload a document (multipart, so the CSRF token travels as the
 * `_csrf` query parameter, as on the police.uk import page; platform/csrf.ts checks it).
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { formError } from '../../../../platform/forms.js';
import { requireActor } from '../../../../platform/guards.js';
import { findCaseHeader, viewCase } from '../../../../services/cases/case-header.js';
import { CaseRuleError } from '../../../../services/cases/errors.js';
import { uploadDocument } from '../../../../services/cases/upload-document.js';
import { replyToAccessError } from '../reviews/case-errors.js';
import { bannerFor } from '../reviews/presenters.js';
import { readUploadForm } from './upload-form.js';
import { documentsPage } from './view-model.js';

export const DOCUMENTS_VIEW = 'features/cases/[id]/documents/view.njk';
const BANNERS = { note: 'Note added', uploaded: 'Document uploaded' };

export default async function caseDocumentsRoutes(app: FastifyInstance, { db, config }: AppDeps) {
  app.get<{ Params: { id: string } }>('/cases/:id/documents', { preHandler: requireActor('cases:view') }, async (request, reply) => {
    const header = await viewCase(db, request.actor!, request.params.id, 'documents', request.ip);
    if (!header) return reply.callNotFound();
    const banner = bannerFor(request.query, BANNERS);
    return reply.view(DOCUMENTS_VIEW, await documentsPage(db, request.actor!, { header, maxBytes: config.documentMaxBytes, banner }));
  });

  app.post<{ Params: { id: string } }>('/cases/:id/documents', { preHandler: requireActor('cases:work') }, async (request, reply) => {
    const { id } = request.params;
    const form = await readUploadForm(request, config.documentMaxBytes);
    const show = async (field: string, message: string) => {
      const header = await findCaseHeader(db, request.actor!, id);
      if (!header) return reply.callNotFound();
      const page = await documentsPage(db, request.actor!, {
        header,
        maxBytes: config.documentMaxBytes,
        errors: formError(field, message),
        values: { documentType: form.documentType },
      });
      return reply.code(400).view(DOCUMENTS_VIEW, page);
    };
    if (!form.ok) return show(form.field, form.message);
    try {
      await uploadDocument(db, request.actor!, id, form, { maxBytes: config.documentMaxBytes, ip: request.ip });
      return reply.redirect(`/cases/${id}/documents?done=uploaded`, 303);
    } catch (err) {
      if (err instanceof CaseRuleError) return show(err.field, err.message);
      if (replyToAccessError(reply, err)) return reply;
      throw err;
    }
  });
}
