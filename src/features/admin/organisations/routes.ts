/** GET /admin/organisations — every organisation in the partnership. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { requireActor } from '../../../platform/guards.js';
import { listOrganisations } from '../../../services/admin/list-organisations.js';
import { kindName } from './kinds.js';

export default async function organisationsRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/admin/organisations', { preHandler: requireActor('admin:organisations') }, async (request, reply) => {
    const { added } = request.query as { added?: string };
    const organisations = (await listOrganisations(db)).map((o) => ({
      ...o,
      kindName: kindName(o.kind),
      districtName: o.districtName ?? 'Not set',
    }));
    const addedName = organisations.find((o) => o.id === added)?.name;
    return reply.view('features/admin/organisations/view.njk', {
      title: 'Organisations',
      organisations,
      banner: addedName ? `${addedName} has been added` : undefined,
    });
  });
}
