/**
 * GET /cases/:id/risk/:assessmentId — one risk assessment: in progress, the GOV.UK task list of
 * its sections with each one's status and "Check and complete" once every section is done;
 * completed, its score, level and answers.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../../platform/deps.js';
import { can } from '../../../../../domain/access/roles.js';
import { viewCase } from '../../../../../services/cases/case-header.js';
import { findAssessment } from '../../../../../services/risk/find-assessment.js';
import { riskParams, viewGuard } from '../risk-page.js';
import { assessmentPage } from './view-model.js';

export default async function assessmentRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/cases/:id/risk/:assessmentId', viewGuard, async (request, reply) => {
    const { id, assessmentId } = riskParams(request);
    const header = await viewCase(db, request.actor!, id, 'risk', request.ip);
    const assessment = header && (await findAssessment(db, request.actor!, id, assessmentId));
    if (!header || !assessment) return reply.callNotFound();
    return reply.view(
      'features/cases/[id]/risk/[assessmentId]/view.njk',
      assessmentPage(header, assessment, { canWork: can(request.actor, 'cases:work') }),
    );
  });
}
