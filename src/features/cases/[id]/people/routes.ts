/** GET /cases/:id/people — the People tab: the people on the case by role, and "Add a person". */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { can } from '../../../../domain/access/roles.js';
import { isOpenCase } from '../../../../domain/cases/workflow.js';
import { viewCase } from '../../../../services/cases/case-header.js';
import { listCasePeople } from '../../../../services/cases/case-people.js';
import { bannerFrom } from '../../_core/page.js';
import { partyGroups } from './view-model.js';

export default async function casePeopleRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get<{ Params: { id: string } }>('/cases/:id/people', { preHandler: requireActor('cases:view') }, async (request, reply) => {
    const actor = request.actor!;
    const caseHeader = await viewCase(db, actor, request.params.id, 'people', request.ip);
    if (!caseHeader) return reply.callNotFound();
    const canWork = can(actor, 'cases:work') && isOpenCase(caseHeader.status);
    return reply.view('features/cases/[id]/people/view.njk', {
      title: 'People',
      caseHeader,
      casePage: 'people',
      banner: bannerFrom(request.query, { added: 'Person added to the case', removed: 'Person taken off the case' }),
      groups: partyGroups(caseHeader.id, await listCasePeople(db, actor, caseHeader.id), canWork && caseHeader.isLeadOrganisation),
      addHref: canWork ? `/cases/${caseHeader.id}/people/add` : null,
    });
  });
}
