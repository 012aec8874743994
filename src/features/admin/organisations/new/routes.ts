/** GET/POST /admin/organisations/new — add an organisation to the partnership. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { formError, validateForm, type FormErrors } from '../../../../platform/forms.js';
import { listDistricts } from '../../../../services/admin/list-districts.js';
import { addOrganisation, DuplicateOrganisationError } from '../../../../services/admin/add-organisation.js';
import { ORGANISATION_KINDS } from '../kinds.js';
import { organisationSchema } from './schema.js';

const VIEW = 'features/admin/organisations/new/view.njk';
const guard = { preHandler: requireActor('admin:organisations') };

export default async function newOrganisationRoutes(app: FastifyInstance, { db }: AppDeps) {
  async function form(values: Record<string, unknown>, errors?: FormErrors) {
    const districts = await listDistricts(db);
    return {
      title: 'Add an organisation',
      values,
      errors,
      kinds: ORGANISATION_KINDS.map((k) => ({ value: k.code, text: k.name })),
      districts: [{ value: '', text: 'Not set' }, ...districts.map((d) => ({ value: d.code, text: d.name }))],
    };
  }

  app.get('/admin/organisations/new', guard, async (_request, reply) => reply.view(VIEW, await form({})));

  app.post('/admin/organisations/new', guard, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const codes = (await listDistricts(db)).map((d) => d.code);
    const parsed = validateForm(organisationSchema(codes), body);
    if (!parsed.ok) return reply.code(400).view(VIEW, await form(body, parsed.errors));
    try {
      const { id } = await addOrganisation(db, parsed.value, request.actor, request.ip);
      return reply.redirect(`/admin/organisations?added=${id}`, 303);
    } catch (err) {
      if (!(err instanceof DuplicateOrganisationError)) throw err;
      return reply.code(400).view(VIEW, await form(body, formError('name', err.message)));
    }
  });
}
