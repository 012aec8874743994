/**
 * GET /cases — the work queues: "My cases", "Team" (supervisors and ASB coordinators) and
 * "Shared with us", with filters and sort in the query string, 25 to a page
 * (services/cases/work-queue.ts holds the rules).
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { requireActor } from '../../../platform/guards.js';
import { paginationFor } from '../../../platform/pagination.js';
import { londonDate } from '../../../domain/checks/calendar.js';
import { workQueue, type DueFilter } from '../../../services/cases/work-queue.js';
import { queueQuerySchema } from './schema.js';
import { queueHref, queuePageModel } from './view-model.js';

export const QUEUE_PAGE_SIZE = 25;

export default async function caseListRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/cases', { preHandler: requireActor('cases:view') }, async (request, reply) => {
    const q = queueQuerySchema.parse(request.query ?? {});
    const queue = await workQueue(
      db,
      request.actor!,
      {
        tab: q.tab,
        status: q.status,
        due: q.show.filter((s): s is DueFilter => s !== 'high'),
        highRiskOnly: q.show.includes('high'),
        sort: q.sort,
        page: q.page,
        pageSize: QUEUE_PAGE_SIZE,
      },
      londonDate(new Date()),
      request.ip,
    );
    return reply.view('features/cases/list/view.njk', {
      ...queuePageModel(q, queue),
      pagination: paginationFor({ page: q.page, pageSize: QUEUE_PAGE_SIZE, total: queue.total, href: (n) => queueHref(q, queue.tab, n) }),
    });
  });
}
