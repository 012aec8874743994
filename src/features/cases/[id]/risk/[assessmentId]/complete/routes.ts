/**
 * GET/POST /cases/:id/risk/:assessmentId/complete — check and complete a risk assessment: the
 * score and scored level with the reasons, and the officer's judgement (keep the level, or change
 * it with a reason). A high victim result goes on to offer a referral to victim support; any
 * other result returns to the Risk tab with a banner.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../../../../platform/deps.js';
import { validateForm, formError, type FormErrors } from '../../../../../../platform/forms.js';
import { viewCase } from '../../../../../../services/cases/case-header.js';
import { completeAssessment } from '../../../../../../services/risk/complete-assessment.js';
import { findAssessment } from '../../../../../../services/risk/find-assessment.js';
import { RiskRuleError } from '../../../../../../services/risk/errors.js';
import { formBody, pageError, replyToRiskError, riskParams, viewGuard, workGuard } from '../../risk-page.js';
import { completeSchema } from './schema.js';
import { completePage } from './view-model.js';

const VIEW = 'features/cases/[id]/risk/[assessmentId]/complete/view.njk';

export default async function completeRoutes(app: FastifyInstance, { db }: AppDeps) {
  async function show(request: FastifyRequest, values?: Record<string, string>, errors?: FormErrors) {
    const { id, assessmentId } = riskParams(request);
    const header = await viewCase(db, request.actor!, id, 'risk', request.ip);
    const assessment = header && (await findAssessment(db, request.actor!, id, assessmentId));
    return header && assessment ? { header, assessment, page: completePage(header, assessment, values, errors) } : undefined;
  }

  app.get('/cases/:id/risk/:assessmentId/complete', viewGuard, async (request, reply) => {
    const found = await show(request);
    if (!found) return reply.callNotFound();
    const { header, assessment, page } = found;
    if (assessment.status === 'completed' || !assessment.scored.complete)
      return reply.redirect(`/cases/${header.id}/risk/${assessment.id}`, 303);
    return reply.view(VIEW, page);
  });

  app.post('/cases/:id/risk/:assessmentId/complete', workGuard, async (request, reply) => {
    const { id, assessmentId } = riskParams(request);
    const values = formBody(request);
    const form = validateForm(completeSchema, values);
    let errors: FormErrors | undefined = form.ok ? undefined : form.errors;
    if (form.ok) {
      try {
        const done = await completeAssessment(db, request.actor!, id, assessmentId, form.value, request.ip);
        if (done.level === 'high' && done.kind === 'victim')
          return reply.redirect(`/cases/${id}/risk/${assessmentId}/referral?notified=${done.supervisorsNotified}`, 303);
        return reply.redirect(`/cases/${id}/risk?completed=${assessmentId}`, 303);
      } catch (error) {
        if (!(error instanceof RiskRuleError)) return replyToRiskError(reply, error);
        errors = error.field === 'form' ? pageError(error.message) : formError(error.field, error.message);
      }
    }
    const found = await show(request, values, errors);
    if (!found) return reply.callNotFound();
    return reply.code(400).view(VIEW, found.page);
  });
}
