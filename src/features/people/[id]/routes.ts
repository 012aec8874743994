/** GET /people/:id — one person and the incidents they are linked to, if the user may see them; audited. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { requireActor } from '../../../platform/guards.js';
import { viewPerson } from '../../../services/records/view-person.js';
import { monthName, partyRole } from '../../incidents/[id]/view-model.js';

/** '27 March 1990' for '1990-03-27'. */
function longDate(ymd: string): string {
  return new Date(`${ymd}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export default async function personRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/people/:id', { preHandler: requireActor('incidents:view') }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const found = await viewPerson(db, request.actor!, id, request.ip);
    if (!found) return reply.callNotFound();
    const { person, incidents } = found;
    const name = `${person.forename} ${person.surname}`;
    return reply.view('features/people/[id]/view.njk', {
      title: name,
      name,
      rows: [
        { key: { text: 'Name' }, value: { text: name } },
        { key: { text: 'Date of birth' }, value: { text: person.dateOfBirth ? longDate(person.dateOfBirth) : 'Not recorded' } },
        { key: { text: 'Recorded by' }, value: { text: person.organisationName } },
      ],
      incidents: incidents.map((i) => ({
        ...i,
        href: `/incidents/${i.incidentId}`,
        month: monthName(i.month),
        role: partyRole(i.role),
        typeName: i.typeName ?? 'Not recorded',
      })),
    });
  });
}
