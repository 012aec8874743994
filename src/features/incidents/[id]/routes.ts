/** GET /incidents/:id — one incident, if the user may see it; the view is audited. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { requireActor } from '../../../platform/guards.js';
import { viewIncident } from '../../../services/records/view-incident.js';
import { incidentRows, partyRole } from './view-model.js';

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
    });
  });
}
