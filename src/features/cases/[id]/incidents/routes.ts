/**
 * GET /cases/:id/incidents — the incidents linked to the case (those the actor may not see are
 * named by the organisation holding them), and a form to link another by its reference.
 * POST /cases/:id/incidents — links it (services/cases/link-incident.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { formError, type FormErrors } from '../../../../platform/forms.js';
import { requireActor } from '../../../../platform/guards.js';
import { can } from '../../../../domain/access/roles.js';
import { isOpenCase } from '../../../../domain/cases/workflow.js';
import { monthName } from '../../../incidents/[id]/view-model.js';
import { viewCase } from '../../../../services/cases/case-header.js';
import { listCaseIncidents } from '../../../../services/cases/case-incidents.js';
import { linkIncident } from '../../../../services/cases/link-incident.js';
import { answerCaseError, asText, bannerFrom, formBody } from '../../_core/page.js';

type Req = FastifyRequest<{ Params: { id: string } }>;
const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', year: 'numeric' });

export default async function caseIncidentsRoutes(app: FastifyInstance, { db }: AppDeps) {
  async function show(request: Req, reply: FastifyReply, values: Record<string, unknown> = {}, errors?: FormErrors) {
    const actor = request.actor!;
    const caseHeader = await viewCase(db, actor, request.params.id, 'incidents', request.ip);
    if (!caseHeader) return reply.callNotFound();
    const incidents = (await listCaseIncidents(db, actor, caseHeader.id)).map((i) => ({
      ...i,
      href: i.visible ? `/incidents/${i.incidentId}` : null,
      when: i.reportedAt ? day.format(i.reportedAt) : i.month ? monthName(i.month) : 'Not recorded',
      heldBy: i.heldBy ?? 'another organisation',
      linked: day.format(i.linkedAt),
    }));
    return reply.code(errors ? 400 : 200).view('features/cases/[id]/incidents/view.njk', {
      title: 'Incidents',
      caseHeader,
      casePage: 'incidents',
      errors,
      incidents,
      banner: bannerFrom(request.query, { linked: 'Incident linked to the case' }),
      canLink: can(actor, 'cases:work') && isOpenCase(caseHeader.status),
      action: `/cases/${caseHeader.id}/incidents`,
      incident: asText(values.incident),
    });
  }

  app.get<{ Params: { id: string } }>('/cases/:id/incidents', { preHandler: requireActor('cases:view') }, async (request, reply) =>
    show(request, reply),
  );

  app.post<{ Params: { id: string } }>('/cases/:id/incidents', { preHandler: requireActor('cases:work') }, async (request, reply) => {
    const values = formBody(request);
    const reference = asText(values.incident);
    if (!reference) return show(request, reply, values, formError('incident', 'Enter the incident reference'));
    try {
      await linkIncident(db, request.actor!, request.params.id, reference, { ip: request.ip });
      return reply.redirect(`/cases/${request.params.id}/incidents?linked=1`, 303);
    } catch (err) {
      return answerCaseError(reply, err, (errors) => show(request, reply, values, errors));
    }
  });
}
