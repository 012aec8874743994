/** GET /admin/letter-templates — the pro-forma letters in use, each with its version and who published it. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { requireActor } from '../../../platform/guards.js';
import { templatesInUse } from '../../../services/letters/letter-templates.js';

export default async function letterTemplatesRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/admin/letter-templates', { preHandler: requireActor('admin:reference') }, async (request, reply) => {
    const templates = await templatesInUse(db);
    const { published } = request.query as { published?: string };
    const done = templates.find((t) => `${t.code}-${t.version}` === published);
    return reply.view('features/admin/letter-templates/view.njk', {
      title: 'Letter templates',
      templates: templates.map((t) => ({
        ...t,
        href: `/admin/letter-templates/${t.code}`,
        publishedByName: t.publishedByName ?? 'Concord (first version)',
      })),
      banner: done ? `${done.name} version ${done.version} published` : undefined,
    });
  });
}
