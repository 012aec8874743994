/** POST /cases/:id/documents/notes — add a note to the case (the form is on the Documents tab). */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../../platform/deps.js';
import { formError } from '../../../../../platform/forms.js';
import { requireActor } from '../../../../../platform/guards.js';
import { addNote } from '../../../../../services/cases/add-note.js';
import { findCaseHeader } from '../../../../../services/cases/case-header.js';
import { CaseRuleError } from '../../../../../services/cases/errors.js';
import { replyToAccessError } from '../../reviews/case-errors.js';
import { formBody } from '../../reviews/presenters.js';
import { DOCUMENTS_VIEW } from '../routes.js';
import { documentsPage } from '../view-model.js';

export default async function caseNotesRoutes(app: FastifyInstance, { db, config }: AppDeps) {
  app.post<{ Params: { id: string } }>('/cases/:id/documents/notes', { preHandler: requireActor('cases:work') }, async (request, reply) => {
    const { id } = request.params;
    const text = formBody(request.body).text;
    try {
      await addNote(db, request.actor!, id, typeof text === 'string' ? text : '', { ip: request.ip });
      return reply.redirect(`/cases/${id}/documents?done=note`, 303);
    } catch (err) {
      if (!(err instanceof CaseRuleError)) {
        if (replyToAccessError(reply, err)) return reply;
        throw err;
      }
      const header = await findCaseHeader(db, request.actor!, id);
      if (!header) return reply.callNotFound();
      const page = await documentsPage(db, request.actor!, {
        header,
        maxBytes: config.documentMaxBytes,
        errors: formError('text', err.message),
        values: { text },
      });
      return reply.code(400).view(DOCUMENTS_VIEW, page);
    }
  });
}
