/** GET /admin/outbox — every email Concord has queued or sent, newest first, 50 to a page. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { requireActor } from '../../../platform/guards.js';
import { pageNumber, paginationFor, withQuery } from '../../../platform/pagination.js';
import { can } from '../../../domain/access/roles.js';
import { emailStatusTag, listOutbox } from '../../../services/email/outbox.js';

export const OUTBOX_PAGE_SIZE = 50;

export default async function outboxRoutes(app: FastifyInstance, { db, config }: AppDeps) {
  app.get('/admin/outbox', { preHandler: requireActor('admin:outbox') }, async (request, reply) => {
    const query = request.query as { page?: string; sent?: string };
    const page = pageNumber(query.page);
    const { rows, total } = await listOutbox(db, page, OUTBOX_PAGE_SIZE);
    const sent = typeof query.sent === 'string' && /^\d{1,6}$/.test(query.sent) ? query.sent : undefined;
    return reply.view('features/admin/outbox/view.njk', {
      title: 'Email outbox',
      banner: sent !== undefined ? `Weekly lists sent: ${sent} ${sent === '1' ? 'email' : 'emails'}` : undefined,
      smtpConfigured: !!config.smtpUrl,
      total,
      emails: rows.map((e) => ({ ...e, href: `/admin/outbox/${e.id}`, tag: emailStatusTag(e.status) })),
      canSend: can(request.actor, 'compliance:send'),
      pagination: paginationFor({ page, pageSize: OUTBOX_PAGE_SIZE, total, href: (n) => withQuery('/admin/outbox', { page: n }) }),
    });
  });
}
