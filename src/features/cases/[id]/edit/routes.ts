/**
 * GET/POST /cases/:id/edit — "Change case details": summary, category and type, lead officer and
 * flags (services/cases/update-case.ts). Only for the lead organisation while the case is open.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { validateForm, type FormErrors } from '../../../../platform/forms.js';
import { requireActor } from '../../../../platform/guards.js';
import { CLOSED_CASE_MESSAGE, isOpenCase } from '../../../../domain/cases/workflow.js';
import { findCaseDetails } from '../../../../services/cases/case-details.js';
import { viewCase } from '../../../../services/cases/case-header.js';
import { updateCase } from '../../../../services/cases/update-case.js';
import { caseFieldItems, caseFieldsSchema } from '../../_core/case-fields.js';
import { answerCaseError, formBody } from '../../_core/page.js';
import { caseFieldChoices } from '../../new/view-model.js';

const VIEW = 'features/cases/[id]/edit/view.njk';
const guard = { preHandler: requireActor('cases:work') };

export default async function editCaseRoutes(app: FastifyInstance, { db }: AppDeps) {
  async function show(
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    values?: Record<string, unknown>,
    errors?: FormErrors,
  ) {
    const actor = request.actor!;
    const caseHeader = await viewCase(db, actor, request.params.id, 'edit', request.ip);
    const c = caseHeader && (await findCaseDetails(db, actor, caseHeader.id));
    if (!caseHeader || !c) return reply.callNotFound();
    if (!caseHeader.isLeadOrganisation || !isOpenCase(c.status)) {
      const message = isOpenCase(c.status) ? 'Only the lead organisation can change the details of this case' : CLOSED_CASE_MESSAGE;
      return reply.code(403).view('views/error.njk', { title: 'You cannot make this change', message });
    }
    const { types, officers } = await caseFieldChoices(db, c.leadOrganisationId, c.incidentTypeCode);
    const initial = {
      summary: c.summary ?? '',
      category: c.category ?? '',
      incidentType: c.incidentTypeCode ?? '',
      leadOfficer: c.leadOfficerId ?? '',
      flags: [c.childInvolved && 'childInvolved', c.hateRelated && 'hateRelated', c.highRisk && 'highRisk'].filter(Boolean),
    };
    return reply.code(errors ? 400 : 200).view(VIEW, {
      title: 'Change case details',
      caseHeading: 'Change case details',
      caseHeader,
      casePage: 'summary',
      errors,
      action: `/cases/${c.id}/edit`,
      backHref: `/cases/${c.id}`,
      fields: caseFieldItems(values ?? initial, types, officers, errors),
    });
  }

  app.get<{ Params: { id: string } }>('/cases/:id/edit', guard, async (request, reply) => show(request, reply));

  app.post<{ Params: { id: string } }>('/cases/:id/edit', guard, async (request, reply) => {
    const values = formBody(request);
    const c = await findCaseDetails(db, request.actor!, request.params.id);
    if (!c) return reply.callNotFound();
    const { context } = await caseFieldChoices(db, c.leadOrganisationId, c.incidentTypeCode);
    const form = validateForm(caseFieldsSchema(context), values);
    if (!form.ok) return show(request, reply, values, form.errors);
    try {
      await updateCase(db, request.actor!, c.id, form.value, { ip: request.ip });
      return reply.redirect(`/cases/${c.id}?updated=1`, 303);
    } catch (err) {
      return answerCaseError(reply, err, (errors) => show(request, reply, values, errors));
    }
  });
}
