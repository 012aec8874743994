/** GET /admin/incident-types — the incident-type list with each type's current version. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { requireActor } from '../../../platform/guards.js';
import { listIncidentTypes } from '../../../services/admin/list-incident-types.js';

export default async function incidentTypesRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/admin/incident-types', { preHandler: requireActor('admin:reference') }, async (request, reply) => {
    const { added } = request.query as { added?: string };
    const types = (await listIncidentTypes(db)).map((t) => ({
      ...t,
      href: `/admin/incident-types/${encodeURIComponent(t.code)}`,
      nsirType: t.nsirType ?? 'None',
    }));
    const addedName = types.find((t) => t.code === added)?.name;
    return reply.view('features/admin/incident-types/view.njk', {
      title: 'Incident types',
      types,
      banner: addedName ? `${addedName} has been added` : undefined,
    });
  });
}
