/** GET /cases/:id — the case's Summary tab: details, flags, status with its moves, closure. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { findMove } from '../../../../domain/cases/workflow.js';
import { viewCase } from '../../../../services/cases/case-header.js';
import { asText } from '../../_core/page.js';
import { summaryPage } from './view-model.js';

export default async function caseSummaryRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get<{ Params: { id: string } }>('/cases/:id', { preHandler: requireActor('cases:view') }, async (request, reply) => {
    const caseHeader = await viewCase(db, request.actor!, request.params.id, 'summary', request.ip);
    if (!caseHeader) return reply.callNotFound();
    const page = await summaryPage(db, request.actor!, caseHeader);
    if (!page) return reply.callNotFound();
    const q = request.query as Record<string, unknown>;
    const banner = q.opened ? `Case ${caseHeader.reference} opened` : q.updated ? 'Case details saved' : findMove(asText(q.moved))?.banner;
    return reply.view('features/cases/[id]/summary/view.njk', { title: 'Summary', caseHeader, casePage: 'summary', banner, ...page });
  });
}
