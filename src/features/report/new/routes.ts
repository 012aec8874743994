/**
 * GET /report/new — the start of the report journey, with the user's unfinished reports.
 * POST /report/new — starts a draft and goes to "Who is reporting".
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { createReportDraft } from '../../../services/report-drafts/create-report-draft.js';
import { listReportDrafts } from '../../../services/report-drafts/get-report-draft.js';
import { nextPath, reportGuard, stepPath } from '../_shared/report-page.js';

export default async function newReportRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/report/new', reportGuard, async (request, reply) => {
    const drafts = await listReportDrafts(db, request.actor!);
    return reply.view('features/report/new/view.njk', {
      title: 'Record a report',
      drafts: drafts.map((d) => ({
        href: nextPath(d),
        caller: d.data.who ? `${d.data.who.chosen.forename} ${d.data.who.chosen.surname}` : 'Caller not chosen yet',
        updatedAt: d.updatedAt,
      })),
    });
  });

  app.post('/report/new', reportGuard, async (request, reply) => {
    const { id } = await createReportDraft(db, request.actor!);
    return reply.redirect(stepPath(id, 'who'), 303);
  });
}
