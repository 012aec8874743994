/**
 * GET /report/gazetteer?q= — places matching a name, for the what-and-where page's script:
 * `{ places: [{ kind, label, districtName, lat, lon }] }` (police.uk street points, wards,
 * LSOAs; open data only). GET /report/gazetteer/districts.geojson — district outlines for the
 * map when no base tiles are configured.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { searchPlaces } from '../../../services/geography/search-places.js';
import { viewDistrictOutlines } from '../../../services/geography/view-district-outlines.js';
import { reportGuard } from '../_shared/report-page.js';

export default async function gazetteerRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/report/gazetteer', reportGuard, async (request, reply) => {
    const q = (request.query as Record<string, unknown>).q;
    const places = typeof q === 'string' ? await searchPlaces(db, q.slice(0, 100)) : [];
    return reply.header('cache-control', 'no-store').send({ places });
  });

  app.get('/report/gazetteer/districts.geojson', reportGuard, async (_request, reply) => {
    return reply
      .type('application/geo+json')
      .header('cache-control', 'private, max-age=3600')
      .send(await viewDistrictOutlines(db));
  });
}
