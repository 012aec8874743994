/**
 * GET /cases/:id/people/add — search people known to any partner by name (?forename=&surname=)
 * and choose one, or record a new person; POST adds them in a role (services/cases/add-party.ts)
 * and goes back to the People tab.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../../../platform/deps.js';
import { validateForm, type FormErrors } from '../../../../../platform/forms.js';
import { requireActor } from '../../../../../platform/guards.js';
import { isOpenCase } from '../../../../../domain/cases/workflow.js';
import { addParty } from '../../../../../services/cases/add-party.js';
import { viewCase } from '../../../../../services/cases/case-header.js';
import { answerCaseError, asText, formBody } from '../../../_core/page.js';
import { addPartySchema } from './schema.js';
import { addPartyPage } from './view-model.js';

type Req = FastifyRequest<{ Params: { id: string } }>;
const guard = { preHandler: requireActor('cases:work') };
const NEW_PERSON_FIELDS: Record<string, string> = {
  forename: 'new-forename',
  surname: 'new-surname',
  dateOfBirth: 'new-dob-day',
  person: 'person',
};

export default async function addCasePartyRoutes(app: FastifyInstance, { db }: AppDeps) {
  async function show(
    request: Req,
    reply: FastifyReply,
    source: Record<string, unknown>,
    values?: Record<string, unknown>,
    errors?: FormErrors,
  ) {
    const caseHeader = await viewCase(db, request.actor!, request.params.id, 'people:add', request.ip);
    if (!caseHeader) return reply.callNotFound();
    const search = { forename: asText(source.forename), surname: asText(source.surname) };
    const page = await addPartyPage(db, request.actor!, caseHeader, { search, values, errors, ip: request.ip });
    return reply
      .code(page.errors ? 400 : 200)
      .view('features/cases/[id]/people/add/view.njk', { ...page, closed: !isOpenCase(caseHeader.status) });
  }

  app.get<{ Params: { id: string } }>('/cases/:id/people/add', guard, async (request, reply) =>
    show(request, reply, request.query as Record<string, unknown>),
  );

  app.post<{ Params: { id: string } }>('/cases/:id/people/add', guard, async (request, reply) => {
    const values = formBody(request);
    const form = validateForm(addPartySchema(new Date()), values);
    if (!form.ok) return show(request, reply, values, values, form.errors);
    try {
      await addParty(db, request.actor!, request.params.id, form.value, { ip: request.ip });
      return reply.redirect(`/cases/${request.params.id}/people?added=1`, 303);
    } catch (err) {
      return answerCaseError(reply, err, (errors) => show(request, reply, values, values, errors), NEW_PERSON_FIELDS);
    }
  });
}
