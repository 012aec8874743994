/**
 * GET /cases/:id/letters — the case's letters, newest first, with their DOCX and PDF downloads
 * (the audited document download route) and how each is to be sent. Shown under the Documents
 * tab. Audited as a case view ('letters').
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { can } from '../../../../domain/access/roles.js';
import { viewCase } from '../../../../services/cases/case-header.js';
import { caseLetters } from '../../../../services/letters/case-letters.js';
import { dateTimeText } from '../reviews/presenters.js';

export default async function caseLettersRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get<{ Params: { id: string } }>('/cases/:id/letters', { preHandler: requireActor('cases:view') }, async (request, reply) => {
    const header = await viewCase(db, request.actor!, request.params.id, 'letters', request.ip);
    const letters = header && (await caseLetters(db, request.actor!, header.id));
    if (!header || !letters) return reply.callNotFound();
    return reply.view('features/cases/[id]/letters/view.njk', {
      title: 'Letters',
      caseHeader: header,
      casePage: 'documents',
      canWork: can(request.actor, 'cases:work'),
      newHref: `/cases/${header.id}/letters/new`,
      letters: letters.map((l) => ({ ...l, producedText: dateTimeText(l.producedAt), href: `/cases/${header.id}/letters/${l.id}` })),
    });
  });
}
