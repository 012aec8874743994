/**
 * GET /incidents/:id — one incident, if the user may see it (the view is audited), with the cases
 * it is in that the user may see, and "Open a case from this incident" for case staff.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { requireActor } from '../../../platform/guards.js';
import { casesOfIncident } from '../../../db/repositories/case-records.js';
import { can } from '../../../domain/access/roles.js';
import { viewIncident } from '../../../services/records/view-incident.js';
import { incidentCases, incidentRows, partyRole } from './view-model.js';

export default async function incidentRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/incidents/:id', { preHandler: requireActor('incidents:view') }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const found = await viewIncident(db, request.actor!, id, request.ip);
    if (!found) return reply.callNotFound();
    const { incident, parties } = found;
    return reply.view('features/incidents/[id]/view.njk', {
      title: `Incident ${incident.reference}`,
      incident,
      rows: incidentRows(incident),
      parties: parties.map((p) => ({ href: `/people/${p.personId}`, name: `${p.forename} ${p.surname}`, role: partyRole(p.role) })),
      cases: can(request.actor, 'cases:view') ? incidentCases(await casesOfIncident(db, request.actor!, incident.id)) : null,
      openCaseHref: can(request.actor, 'cases:work') ? `/cases/new?incident=${incident.id}` : null,
    });
  });
}
