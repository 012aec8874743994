/** GET / — the signed-in user's start page: what they can do, by role. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { requireActor } from '../../platform/guards.js';
import { roleName } from '../../domain/access/roles.js';

export default async function homeRoutes(app: FastifyInstance, _deps: AppDeps) {
  app.get('/', { preHandler: requireActor() }, async (request, reply) => {
    const actor = request.actor!;
    return reply.view('features/home/view.njk', {
      title: 'Home',
      roles: actor.roles.map(roleName),
    });
  });
}
