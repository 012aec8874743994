/**
 * GET/POST /cases/:id/risk/:assessmentId/:sectionId — one section of a risk assessment: a radio
 * group per question. "Save and continue" needs every question answered and returns to the task
 * list; "Save and come back later" keeps what is answered and returns to the Risk tab.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../../../../platform/deps.js';
import { viewCase } from '../../../../../../services/cases/case-header.js';
import { findAssessment } from '../../../../../../services/risk/find-assessment.js';
import { saveSection } from '../../../../../../services/risk/save-section.js';
import { RiskAnswersError, RiskRuleError } from '../../../../../../services/risk/errors.js';
import { formBody, replyToRiskError, riskParams, viewGuard, workGuard } from '../../risk-page.js';
import { sectionActionSchema, sectionAnswers } from './schema.js';
import { sectionPage } from './view-model.js';

const VIEW = 'features/cases/[id]/risk/[assessmentId]/[sectionId]/view.njk';

export default async function sectionRoutes(app: FastifyInstance, { db }: AppDeps) {
  /** The case header, assessment and section, or undefined (not found). */
  async function load(request: FastifyRequest) {
    const { id, assessmentId, sectionId } = riskParams(request);
    const header = await viewCase(db, request.actor!, id, 'risk', request.ip);
    const assessment = header && (await findAssessment(db, request.actor!, id, assessmentId));
    const section = assessment?.definition.sections.find((s) => s.id === sectionId);
    return header && assessment && section ? { header, assessment, section } : undefined;
  }

  app.get('/cases/:id/risk/:assessmentId/:sectionId', viewGuard, async (request, reply) => {
    const found = await load(request);
    if (!found) return reply.callNotFound();
    const { header, assessment, section } = found;
    if (assessment.status === 'completed') return reply.redirect(`/cases/${header.id}/risk/${assessment.id}`, 303);
    return reply.view(VIEW, sectionPage(header, assessment, section, assessment.answers));
  });

  app.post('/cases/:id/risk/:assessmentId/:sectionId', workGuard, async (request, reply) => {
    const { id, assessmentId, sectionId } = riskParams(request);
    const body = formBody(request);
    const { action } = sectionActionSchema.parse(body);
    const found = await findAssessment(db, request.actor!, id, assessmentId);
    const section = found?.definition.sections.find((s) => s.id === sectionId);
    if (!found || !section) return reply.callNotFound();
    if (found.status === 'completed') return reply.redirect(`/cases/${id}/risk/${assessmentId}`, 303);
    const answers = sectionAnswers(section, body);
    try {
      await saveSection(db, request.actor!, id, assessmentId, sectionId, answers, { requireAll: action === 'continue', ip: request.ip });
    } catch (error) {
      if (!(error instanceof RiskAnswersError || error instanceof RiskRuleError)) return replyToRiskError(reply, error);
      const page = await load(request);
      if (!page) return reply.callNotFound();
      const issues = error instanceof RiskAnswersError ? error.issues : [{ field: error.field, message: error.message }];
      const values = { ...found.answers, ...Object.fromEntries(Object.entries(answers).filter(([, v]) => v)) };
      return reply.code(400).view(VIEW, sectionPage(page.header, page.assessment, section, values, issues));
    }
    return reply.redirect(action === 'later' ? `/cases/${id}/risk?saved=1` : `/cases/${id}/risk/${assessmentId}`, 303);
  });
}
