/**
 * GET /analysis/incidents-by-place-and-month — filter form, district × month table, line chart
 * and LSOA map of the incidents the user may see (`stats:view`). An invalid filter re-renders
 * with status 400 and the GOV.UK error summary.
 * GET /analysis/incidents-by-place-and-month/lsoa.geojson — the map's data: a GeoJSON
 * FeatureCollection of LSOAs with `{ code, name, count }`, same filters; 400 JSON when invalid.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { validateForm } from '../../../platform/forms.js';
import { requireActor } from '../../../platform/guards.js';
import { incidentsByLsoa, incidentsByPlaceAndMonth } from '../../../services/analysis/incidents-by-place-and-month.js';
import { filterValues, filtersSchema } from './schema.js';
import { PAGE_PATH, pageViewModel } from './view-model.js';

const VIEW = 'features/analysis/incidents-by-place-and-month/view.njk';

export default async function incidentsByPlaceAndMonthRoutes(app: FastifyInstance, { db, config }: AppDeps) {
  const guard = { preHandler: requireActor('stats:view') };

  app.get(PAGE_PATH, guard, async (request, reply) => {
    const form = validateForm(filtersSchema, request.query);
    const filters = form.ok ? form.value : null;
    const page = await incidentsByPlaceAndMonth(db, request.actor!, filters);
    const model = pageViewModel(page, {
      values: filterValues(request.query),
      errors: form.ok ? undefined : form.errors,
      filters,
      map: { tileUrl: config.mapTileUrl, attribution: config.mapTileAttribution },
    });
    return reply.code(form.ok ? 200 : 400).view(VIEW, model);
  });

  app.get(`${PAGE_PATH}/lsoa.geojson`, guard, async (request, reply) => {
    const form = validateForm(filtersSchema, request.query);
    if (!form.ok) {
      const first = form.errors.list[0];
      return reply.code(400).send({ error: 'bad_request', message: first?.text, field: first?.href.slice(1) });
    }
    const collection = await incidentsByLsoa(db, request.actor!, form.value);
    return reply.type('application/geo+json').send(collection);
  });
}
