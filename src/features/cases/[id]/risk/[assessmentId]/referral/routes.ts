/**
 * GET/POST /cases/:id/risk/:assessmentId/referral — after a victim risk assessment (shown straight
 * after a high result): offer a referral to victim support and record the victim's consent (given,
 * refused or not asked yet) with notes. The supervisors' email was queued when the assessment was
 * completed; the page says so.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../../../../platform/deps.js';
import { validateForm, formError, type FormErrors } from '../../../../../../platform/forms.js';
import { viewCase } from '../../../../../../services/cases/case-header.js';
import { recordReferral } from '../../../../../../services/risk/record-referral.js';
import { referralPrompt } from '../../../../../../services/risk/referral-prompt.js';
import { RiskRuleError } from '../../../../../../services/risk/errors.js';
import { formBody, pageError, replyToRiskError, riskParams, viewGuard, workGuard } from '../../risk-page.js';
import { referralSchema } from './schema.js';
import { referralPage } from './view-model.js';

const VIEW = 'features/cases/[id]/risk/[assessmentId]/referral/view.njk';

export default async function referralRoutes(app: FastifyInstance, { db }: AppDeps) {
  async function load(request: FastifyRequest) {
    const { id, assessmentId } = riskParams(request);
    const header = await viewCase(db, request.actor!, id, 'risk', request.ip);
    const prompt = header && (await referralPrompt(db, request.actor!, id, assessmentId));
    return header && prompt ? { header, prompt } : undefined;
  }

  app.get('/cases/:id/risk/:assessmentId/referral', viewGuard, async (request, reply) => {
    const found = await load(request);
    if (!found) return reply.callNotFound();
    const { notified } = request.query as Record<string, unknown>;
    return reply.view(VIEW, referralPage(found.header, found.prompt, { notified }));
  });

  app.post('/cases/:id/risk/:assessmentId/referral', workGuard, async (request, reply) => {
    const { id, assessmentId } = riskParams(request);
    const found = await load(request);
    if (!found) return reply.callNotFound();
    const values = formBody(request);
    const form = validateForm(referralSchema(found.prompt.service), values);
    let errors: FormErrors | undefined = form.ok ? undefined : form.errors;
    if (form.ok) {
      try {
        await recordReferral(db, request.actor!, id, assessmentId, form.value, request.ip);
        return reply.redirect(`/cases/${id}/risk?referred=1`, 303);
      } catch (error) {
        if (!(error instanceof RiskRuleError)) return replyToRiskError(reply, error);
        errors = error.field === 'form' ? pageError(error.message) : formError(error.field, error.message);
      }
    }
    return reply.code(400).view(VIEW, referralPage(found.header, found.prompt, { values, errors }));
  });
}
