/**
 * GET /incidents/:id — one incident, if the user may see it (the view is audited), with the cases
 * it is in that the user may see, and "Open a case from this incident" for case staff.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { requireActor } from '../../../platform/guards.js';
import { can } from '../../../domain/access/roles.js';
import { viewIncidentAndCases } from '../../../services/incidents/view-incident-and-cases.js';
import { incidentCases, incidentRows, partyRole } from './view-model.js';

export default async function incidentRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/incidents/:id', { preHandler: requireActor('incidents:view') }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const found = await viewIncidentAndCases(db, request.actor!, id, request.ip);
    if (!found) return reply.callNotFound();
    const { incident, parties, cases } = found;
    return reply.view('features/incidents/[id]/view.njk', {
      title: `Incident ${incident.reference}`,
      incident,
      rows: incidentRows(incident),
      parties: parties.map((p) => ({ href: `/people/${p.personId}`, name: `${p.forename} ${p.surname}`, role: partyRole(p.role) })),
      cases: cases && incidentCases(cases),
      openCaseHref: can(request.actor, 'cases:work') ? `/cases/new?incident=${incident.id}` : null,
    });
  });
}
