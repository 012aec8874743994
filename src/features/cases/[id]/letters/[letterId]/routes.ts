/**
 * GET /cases/:id/letters/:letterId — the confirmation after producing a letter: what was
 * produced, for whom, how to send it, and links to download the DOCX and PDF (the audited
 * document download route). Audited as a case view ('letters').
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../../platform/deps.js';
import { requireActor } from '../../../../../platform/guards.js';
import { viewCase } from '../../../../../services/cases/case-header.js';
import { caseLetter } from '../../../../../services/letters/case-letters.js';
import { dateTimeText } from '../../reviews/presenters.js';

type Params = { Params: { id: string; letterId: string } };

export default async function caseLetterRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get<Params>('/cases/:id/letters/:letterId', { preHandler: requireActor('cases:view') }, async (request, reply) => {
    const header = await viewCase(db, request.actor!, request.params.id, 'letters', request.ip);
    const letter = header && (await caseLetter(db, request.actor!, header.id, request.params.letterId));
    if (!header || !letter) return reply.callNotFound();
    return reply.view('features/cases/[id]/letters/[letterId]/view.njk', {
      title: 'Letter produced',
      caseHeader: header,
      casePage: 'documents',
      letter: { ...letter, producedText: dateTimeText(letter.producedAt) },
      lettersHref: `/cases/${header.id}/letters`,
    });
  });
}
