/**
 * GET /admin/intervention-types — the register of tools and powers, grouped by step on the
 * Incremental Approach ladder (DOMAIN.md §2.3 [S45]); premises and area measures last.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { requireActor } from '../../../platform/guards.js';
import { listInterventionTypes } from '../../../services/powers/list-intervention-types.js';
import { listModel } from './view-model.js';

export default async function interventionTypesRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/admin/intervention-types', { preHandler: requireActor('admin:reference') }, async (request, reply) => {
    const { added } = request.query as { added?: string };
    const types = await listInterventionTypes(db);
    const addedName = types.find((t) => t.code === added)?.name;
    return reply.view('features/admin/intervention-types/view.njk', {
      title: 'Intervention types',
      groups: listModel(types),
      banner: addedName ? `${addedName} has been added` : undefined,
    });
  });
}
