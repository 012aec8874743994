/**
 * GET /cases/new — "Open a case", from the incident named by ?incident=<id> (shown, and used to
 * prefill the form) or directly. POST /cases/new — opens it (services/cases/open-case.ts) and
 * goes to the case's Summary with the banner "Case CASE-… opened".
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { validateForm, type FormErrors } from '../../../platform/forms.js';
import { requireActor } from '../../../platform/guards.js';
import { openCase } from '../../../services/cases/open-case.js';
import { caseFieldsSchema } from '../_core/case-fields.js';
import { answerCaseError, asText, formBody } from '../_core/page.js';
import { caseFieldChoices, newCasePage, referencesOf } from './view-model.js';

const VIEW = 'features/cases/new/view.njk';

export default async function newCaseRoutes(app: FastifyInstance, { db }: AppDeps) {
  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    incidentId: string,
    values?: Record<string, unknown>,
    errors?: FormErrors,
  ) {
    const page = await newCasePage(db, request.actor!, { incidentId, values, errors, ip: request.ip });
    if (!page) return reply.callNotFound();
    return reply.code(errors ? 400 : 200).view(VIEW, page);
  }

  app.get('/cases/new', { preHandler: requireActor('cases:work') }, async (request, reply) =>
    show(request, reply, asText((request.query as Record<string, unknown>).incident)),
  );

  app.post('/cases/new', { preHandler: requireActor('cases:work') }, async (request, reply) => {
    const values = formBody(request);
    const incidentId = asText(values.incident);
    const { context } = await caseFieldChoices(db, request.actor!.organisationId);
    const form = validateForm(caseFieldsSchema(context), values);
    if (!form.ok) return show(request, reply, incidentId, values, form.errors);
    try {
      const { caseId } = await openCase(db, request.actor!, {
        ...form.value,
        incidentIds: incidentId ? [incidentId] : [],
        incidentReferences: referencesOf(values.incidentReferences),
        ip: request.ip,
      });
      return reply.redirect(`/cases/${caseId}?opened=1`, 303);
    } catch (err) {
      return answerCaseError(reply, err, (errors) => show(request, reply, incidentId, values, errors), {
        incidentIds: 'incidentReferences',
      });
    }
  });
}
