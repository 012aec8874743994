/** GET /health — 200 {"status":"ok"} once the database answers and is fully migrated, else 503. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { isMigrated } from '../../db/migrate.js';

export default async function healthRoutes(app: FastifyInstance, { handle }: AppDeps) {
  app.get('/health', async (_request, reply) => {
    const ok = await isMigrated(handle).catch(() => false);
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable' });
  });
}
