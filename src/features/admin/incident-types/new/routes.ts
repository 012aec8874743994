/** GET/POST /admin/incident-types/new — add a type to the incident-type list (version 1). */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { formError, validateForm } from '../../../../platform/forms.js';
import { addIncidentType, DuplicateIncidentTypeError } from '../../../../services/reference/add-incident-type.js';
import { newIncidentTypeSchema } from './schema.js';

const VIEW = 'features/admin/incident-types/new/view.njk';
const TITLE = 'Add an incident type';
const guard = { preHandler: requireActor('admin:reference') };

export default async function newIncidentTypeRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/admin/incident-types/new', guard, async (_request, reply) => reply.view(VIEW, { title: TITLE, values: {} }));

  app.post('/admin/incident-types/new', guard, async (request, reply) => {
    const values = (request.body ?? {}) as Record<string, unknown>;
    const parsed = validateForm(newIncidentTypeSchema, values);
    if (!parsed.ok) return reply.code(400).view(VIEW, { title: TITLE, values, errors: parsed.errors });
    try {
      const { code } = await addIncidentType(db, parsed.value, request.actor!, request.ip);
      return reply.redirect(`/admin/incident-types?added=${encodeURIComponent(code)}`, 303);
    } catch (err) {
      if (!(err instanceof DuplicateIncidentTypeError)) throw err;
      return reply.code(400).view(VIEW, { title: TITLE, values, errors: formError('code', err.message) });
    }
  });
}
