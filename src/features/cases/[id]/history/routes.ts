/**
 * GET /cases/:id/history — the case's timeline: its append-only events, newest first, 20 a page.
 * Drawn with the MoJ timeline's markup rather than its macro: the macro formats dates with
 * MoJ's `mojDate` filter (moment, in the server's zone), and Concord shows Europe/London times.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { pageNumber, paginationFor } from '../../../../platform/pagination.js';
import { viewCase } from '../../../../services/cases/case-header.js';
import { caseHistory } from '../../../../services/cases/case-history.js';

export const PAGE_SIZE = 20;
const when = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

export default async function caseHistoryRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get<{ Params: { id: string } }>('/cases/:id/history', { preHandler: requireActor('cases:view') }, async (request, reply) => {
    const caseHeader = await viewCase(db, request.actor!, request.params.id, 'history', request.ip);
    if (!caseHeader) return reply.callNotFound();
    const page = pageNumber((request.query as Record<string, unknown>).page);
    const { total, events } = await caseHistory(db, caseHeader, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    return reply.view('features/cases/[id]/history/view.njk', {
      title: 'History',
      caseHeader,
      casePage: 'history',
      total,
      events: events.map((e) => ({
        summary: e.summary,
        by: [e.userName, e.organisationName].filter(Boolean).join(', ') || 'Concord',
        at: e.at.toISOString(),
        when: when.format(e.at),
        paragraphs: e.body ? e.body.split(/\n\s*\n/) : [],
      })),
      pagination: paginationFor({ page, pageSize: PAGE_SIZE, total, href: (n) => `/cases/${caseHeader.id}/history?page=${n}` }),
    });
  });
}
