/** GET /admin/outbox/:id — one email: who it went to, its status and its text. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { emailStatusTag, readOutboxEmail } from '../../../../services/email/outbox.js';

export default async function outboxEmailRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/admin/outbox/:id', { preHandler: requireActor('admin:outbox') }, async (request, reply) => {
    const email = await readOutboxEmail(db, request.actor!, (request.params as { id: string }).id, request.ip);
    if (!email) return reply.callNotFound();
    return reply.view('features/admin/outbox/[id]/view.njk', { title: email.subject, email, tag: emailStatusTag(email.status) });
  });
}
