/** GET /cases/:id/actions — the Actions tab: the ladder per perpetrator, the suggested next step, and the interventions on the case. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { viewCase } from '../../../../services/cases/case-header.js';
import { bannerFor } from '../reviews/presenters.js';
import { actionsPage } from './view-model.js';

const BANNERS = { recorded: 'Action recorded', breach: 'Breach recorded', outcome: 'Outcome recorded' };

export default async function caseActionsRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get<{ Params: { id: string } }>('/cases/:id/actions', { preHandler: requireActor('cases:view') }, async (request, reply) => {
    const caseHeader = await viewCase(db, request.actor!, request.params.id, 'actions', request.ip);
    if (!caseHeader) return reply.callNotFound();
    return reply.view('features/cases/[id]/actions/view.njk', {
      title: 'Actions',
      caseHeader,
      casePage: 'actions',
      banner: bannerFor(request.query, BANNERS),
      ...(await actionsPage(db, request.actor!, caseHeader, new Date())),
    });
  });
}
