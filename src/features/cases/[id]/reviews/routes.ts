/** GET /cases/:id/reviews — the Reviews tab: next supervisory review due, and the reviews done. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { viewCase } from '../../../../services/cases/case-header.js';
import { bannerFor } from './presenters.js';
import { reviewsPage } from './view-model.js';

const BANNERS = { recorded: 'Supervisory review recorded' };

export default async function caseReviewsRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get<{ Params: { id: string } }>('/cases/:id/reviews', { preHandler: requireActor('cases:view') }, async (request, reply) => {
    const caseHeader = await viewCase(db, request.actor!, request.params.id, 'reviews', request.ip);
    if (!caseHeader) return reply.callNotFound();
    return reply.view('features/cases/[id]/reviews/view.njk', {
      title: 'Supervisory reviews',
      caseHeader,
      casePage: 'reviews',
      banner: bannerFor(request.query, BANNERS),
      ...(await reviewsPage(db, request.actor!, caseHeader, new Date())),
    });
  });
}
