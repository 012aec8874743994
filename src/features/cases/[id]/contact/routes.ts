/** GET /cases/:id/contact — the Contact tab: each victim's contact plan, next contact due and contact log. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { viewCase } from '../../../../services/cases/case-header.js';
import { bannerFor } from '../reviews/presenters.js';
import { contactPage } from './view-model.js';

const BANNERS = { plan: 'Contact plan saved', contact: 'Contact logged' };

export default async function caseContactRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get<{ Params: { id: string } }>('/cases/:id/contact', { preHandler: requireActor('cases:view') }, async (request, reply) => {
    const caseHeader = await viewCase(db, request.actor!, request.params.id, 'contact', request.ip);
    if (!caseHeader) return reply.callNotFound();
    return reply.view('features/cases/[id]/contact/view.njk', {
      title: 'Victim contact',
      caseHeader,
      casePage: 'contact',
      banner: bannerFor(request.query, BANNERS),
      ...(await contactPage(db, request.actor!, caseHeader, new Date())),
    });
  });
}
