/**
 * GET /cases/:id/people/remove?person=&role= — asks why the person is being taken off the case
 * in that role; POST takes them off (services/cases/remove-party.ts) and goes back to People.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../../../platform/deps.js';
import { formError, type FormErrors } from '../../../../../platform/forms.js';
import { requireActor } from '../../../../../platform/guards.js';
import { casePartyRoleName } from '../../../../../domain/cases/parties.js';
import { CLOSED_CASE_MESSAGE, isOpenCase } from '../../../../../domain/cases/workflow.js';
import { viewCase } from '../../../../../services/cases/case-header.js';
import { listCasePeople } from '../../../../../services/cases/case-people.js';
import { removeParty } from '../../../../../services/cases/remove-party.js';
import { answerCaseError, asText, formBody } from '../../../_core/page.js';

type Req = FastifyRequest<{ Params: { id: string } }>;
const guard = { preHandler: requireActor('cases:work') };
const REASON_MAX = 1000;

export default async function removeCasePartyRoutes(app: FastifyInstance, { db }: AppDeps) {
  async function show(request: Req, reply: FastifyReply, values: Record<string, unknown>, errors?: FormErrors) {
    const actor = request.actor!;
    const caseHeader = await viewCase(db, actor, request.params.id, 'people:remove', request.ip);
    const party =
      caseHeader &&
      (await listCasePeople(db, actor, caseHeader.id)).find((p) => p.personId === asText(values.person) && p.role === asText(values.role));
    if (!caseHeader || !party) return reply.callNotFound();
    if (!caseHeader.isLeadOrganisation || !isOpenCase(caseHeader.status)) {
      const message = isOpenCase(caseHeader.status) ? 'Only the lead organisation can take people off this case' : CLOSED_CASE_MESSAGE;
      return reply.code(403).view('views/error.njk', { title: 'You cannot make this change', message });
    }
    const name = `${party.forename} ${party.surname}`;
    const heading = `Take ${name} off the case as ${casePartyRoleName(party.role).toLowerCase()}`;
    return reply.code(errors ? 400 : 200).view('features/cases/[id]/people/remove/view.njk', {
      title: heading,
      caseHeading: heading,
      caseHeader,
      casePage: 'people',
      errors,
      reasonMax: REASON_MAX,
      action: `/cases/${caseHeader.id}/people/remove`,
      backHref: `/cases/${caseHeader.id}/people`,
      person: party.personId,
      role: party.role,
      reason: asText(values.reason),
    });
  }

  app.get<{ Params: { id: string } }>('/cases/:id/people/remove', guard, async (request, reply) =>
    show(request, reply, request.query as Record<string, unknown>),
  );

  app.post<{ Params: { id: string } }>('/cases/:id/people/remove', guard, async (request, reply) => {
    const values = formBody(request);
    const reason = asText(values.reason);
    if (!reason) return show(request, reply, values, formError('reason', 'Enter why they are being taken off the case'));
    if (reason.length > REASON_MAX)
      return show(request, reply, values, formError('reason', `The reason must be ${REASON_MAX} characters or fewer`));
    try {
      await removeParty(
        db,
        request.actor!,
        request.params.id,
        { personId: asText(values.person), role: asText(values.role) as never, reason },
        { ip: request.ip },
      );
      return reply.redirect(`/cases/${request.params.id}/people?removed=1`, 303);
    } catch (err) {
      return answerCaseError(reply, err, (errors) => show(request, reply, values, errors));
    }
  });
}
