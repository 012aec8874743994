/**
 * GET /report/done/:incidentId — the confirmation panel with the reference, the checks after this
 * report and, when the Case Review threshold is met (or it should be explained), the prompt to
 * tell the caller. POST …/case-review-explained records that the caller was told.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { markCaseReviewExplained } from '../../../../services/report/mark-case-review-explained.js';
import { viewRecordedReport } from '../../../../services/report/view-recorded-report.js';
import { reportGuard } from '../../_shared/report-page.js';
import { donePage } from './view-model.js';

type Params = { incidentId: string };

export default async function doneRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/report/done/:incidentId', reportGuard, async (request, reply) => {
    const report = await viewRecordedReport(db, request.actor!, (request.params as Params).incidentId);
    if (!report) return reply.callNotFound();
    const told = (request.query as Record<string, unknown>).told === '1';
    return reply.view('features/report/done/[incidentId]/view.njk', await donePage(db, request.actor!, report, { told, ip: request.ip }));
  });

  app.post('/report/done/:incidentId/case-review-explained', reportGuard, async (request, reply) => {
    const report = await viewRecordedReport(db, request.actor!, (request.params as Params).incidentId);
    if (!report) return reply.callNotFound();
    await markCaseReviewExplained(db, request.actor!, report.id, { ip: request.ip });
    return reply.redirect(`/report/done/${report.id}?told=1`, 303);
  });
}
