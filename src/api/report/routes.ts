/**
 * The report journey for other systems (issue 3, "For other systems"), over the same services as
 * the staff pages; shapes in src/api/openapi.ts (report-paths.ts):
 * - GET  /api/v1/reference/incident-types → `{ incidentTypes: [...], categories: [...] }`
 * - POST /api/v1/checks/point-of-report   → `{ candidates, bestPersonId, flags, openCases, incidents }`
 * - POST /api/v1/incidents                 → 201 `{ incidentId, reference, parties, flags, leadAgency, openCases, incidents }`
 * A Bearer token or a session (with the x-csrf-token header); checks and recording need
 * 'incidents:record', the reference list any signed-in actor. The guard runs on request, so a
 * caller without credentials gets 401 JSON before the CSRF check. 400 `{ error: 'bad_request',
 * message, field }` names the field. The services audit every call.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { requireActor } from '../../platform/guards.js';
import { PersonSearchError } from '../../services/people/search-people.js';
import { ReportForbiddenError, ReportInputError } from '../../services/report/errors.js';
import { incidentTypeListing } from '../../services/report/incident-type-list.js';
import { recordIncident, type RecordPartyInput } from '../../services/report/record-incident.js';
import { runPointOfReportChecks } from '../../services/report/run-checks.js';
import { badRequest, checksBodySchema, incidentBodySchema } from './schema.js';

/** A service's refusal as the API's 400/403, or undefined for anything else (left to the error handler). */
function refusal(err: unknown) {
  if (err instanceof ReportInputError) return { status: 400, body: { error: 'bad_request', message: err.message, field: err.field } };
  if (err instanceof PersonSearchError)
    return { status: 400, body: { error: 'bad_request', message: err.message, field: `person.${err.field}` } };
  if (err instanceof ReportForbiddenError) return { status: 403, body: { error: 'forbidden', message: err.message } };
  return undefined;
}

async function answer<T>(reply: FastifyReply, status: number, work: () => Promise<T>) {
  try {
    return reply.code(status).send(await work());
  } catch (err) {
    const r = refusal(err);
    if (!r) throw err;
    return reply.code(r.status).send(r.body);
  }
}

export default async function reportApiRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/api/v1/reference/incident-types', { onRequest: requireActor() }, async (request, reply) =>
    reply.send(await incidentTypeListing(db, request.actor!, request.ip)),
  );

  app.post('/api/v1/checks/point-of-report', { onRequest: requireActor('incidents:record') }, async (request, reply) => {
    const body = checksBodySchema.safeParse(request.body ?? {});
    if (!body.success) return reply.code(400).send(badRequest(body.error.issues));
    const b = body.data;
    return answer(reply, 200, async () => {
      const r = await runPointOfReportChecks(db, request.actor!, {
        personId: b.personId,
        person: b.person,
        location: b.location,
        incidentTypeCode: b.incidentType,
        category: b.category,
        hateRelated: b.hateRelated,
        perpetratorPersonIds: b.perpetratorPersonIds,
        currentFactors: b.vulnerabilityFactors,
        ip: request.ip,
      });
      return {
        candidates: r.candidates.map((c) => ({ personId: c.personId, score: c.score, reasons: c.reasons })),
        bestPersonId: r.bestPersonId,
        flags: r.flags,
        openCases: r.openCases,
        incidents: Object.values(r.incidents),
      };
    });
  });

  app.post('/api/v1/incidents', { onRequest: requireActor('incidents:record') }, async (request, reply) => {
    const body = incidentBodySchema.safeParse(request.body ?? {});
    if (!body.success) return reply.code(400).send(badRequest(body.error.issues));
    const { incidentType, parties, ...b } = body.data;
    return answer(reply, 201, async () => {
      const r = await recordIncident(db, request.actor!, {
        ...b,
        incidentTypeCode: incidentType,
        parties: parties.map((p): RecordPartyInput =>
          p.personId ? { role: p.role, personId: p.personId } : { role: p.role, person: { forename: '', surname: '', ...p.person } },
        ),
        ip: request.ip,
      });
      return {
        incidentId: r.incidentId,
        reference: r.reference,
        parties: r.parties,
        flags: r.flags,
        leadAgency: r.leadAgency,
        openCases: r.openCases,
        incidents: Object.values(r.incidents),
      };
    });
  });
}
