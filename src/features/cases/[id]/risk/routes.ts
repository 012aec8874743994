/**
 * GET /cases/:id/risk — the case's Risk tab: for the case and each victim and perpetrator, the
 * latest level, when the next assessment is due, assessments in progress, the history and the
 * referrals. POST /cases/:id/risk starts (or continues) an assessment and opens its task list.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { can } from '../../../../domain/access/roles.js';
import { viewCase } from '../../../../services/cases/case-header.js';
import { riskOverview } from '../../../../services/risk/risk-overview.js';
import { startAssessment } from '../../../../services/risk/start-assessment.js';
import { RiskRuleError } from '../../../../services/risk/errors.js';
import { formBody, pageError, replyToRiskError, riskParams, viewGuard, workGuard } from './risk-page.js';
import { bannerFor, riskTabPage } from './view-model.js';

const VIEW = 'features/cases/[id]/risk/view.njk';

export default async function riskTabRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/cases/:id/risk', viewGuard, async (request, reply) => {
    const { id } = riskParams(request);
    const header = await viewCase(db, request.actor!, id, 'risk', request.ip);
    const overview = header && (await riskOverview(db, request.actor!, id));
    if (!header || !overview) return reply.callNotFound();
    const banner = bannerFor(request.query as Record<string, unknown>, overview);
    return reply.view(VIEW, riskTabPage(header, overview, { canWork: can(request.actor, 'cases:work'), banner }));
  });

  app.post('/cases/:id/risk', workGuard, async (request, reply) => {
    const { id } = riskParams(request);
    const body = formBody(request);
    try {
      const started = await startAssessment(db, request.actor!, id, { kind: body.kind ?? '', personId: body.personId || null }, request.ip);
      return reply.redirect(`/cases/${id}/risk/${started.id}`, 303);
    } catch (error) {
      if (!(error instanceof RiskRuleError)) return replyToRiskError(reply, error);
      const header = await viewCase(db, request.actor!, id, 'risk', request.ip);
      const overview = header && (await riskOverview(db, request.actor!, id));
      if (!header || !overview) return reply.callNotFound();
      return reply.code(400).view(VIEW, riskTabPage(header, overview, { canWork: true, errors: pageError(error.message) }));
    }
  });
}
