/**
 * GET /api/v1/stats/incidents — counts of the incidents the caller may see, by district and
 * month: `[{ districtCode, districtName, month: "YYYY-MM", count }]`, sorted by district name
 * then month; only non-zero groups; `districtCode`/`districtName` are null for incidents not
 * placed in a district. Query: groupBy=district,month, from/to (YYYY-MM, inclusive), source,
 * category, district. Session or Bearer token with `stats:view`; 401/403 JSON otherwise; 400
 * `{ error: 'bad_request', message, field }` for an invalid query. Every call is audited.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { requireActor } from '../../platform/guards.js';
import { countIncidentsByDistrictAndMonth } from '../../services/analysis/incidents-by-place-and-month.js';
import { badRequest, incidentStatsQuerySchema } from './schema.js';

export default async function statsApiRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/api/v1/stats/incidents', { preHandler: requireActor('stats:view') }, async (request, reply) => {
    const query = incidentStatsQuerySchema.safeParse(request.query ?? {});
    if (!query.success) return reply.code(400).send(badRequest(query.error.issues));
    const { groupBy: _groupBy, ...filters } = query.data;
    const rows = await countIncidentsByDistrictAndMonth(db, request.actor!, filters, { ip: request.ip });
    return reply.send(rows);
  });
}
