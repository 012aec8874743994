/**
 * GET /analysis/use-of-powers — filters, the district × age band bar chart with its table, and
 * roll-up tables with totals ('powers:report'). Invalid filters re-render with 400.
 * GET /analysis/use-of-powers.csv — the same filters as CSV, one row per organisation × district
 * × month × type × age band × outcome, audited ('powers.export'); 400 text when invalid.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { validateForm } from '../../../platform/forms.js';
import { requireActor } from '../../../platform/guards.js';
import { londonDate } from '../../../domain/checks/calendar.js';
import { exportUseOfPowers, useOfPowers } from '../../../services/powers/use-of-powers.js';
import { filterValues, powersFiltersSchema, toPowersFilters } from './schema.js';
import { PAGE_PATH, pageViewModel } from './view-model.js';

export default async function useOfPowersRoutes(app: FastifyInstance, { db }: AppDeps) {
  const guard = { preHandler: requireActor('powers:report') };

  app.get(PAGE_PATH, guard, async (request, reply) => {
    const form = validateForm(powersFiltersSchema, request.query);
    const page = await useOfPowers(db, request.actor!, form.ok ? toPowersFilters(form.value) : null);
    const model = pageViewModel(page, { values: filterValues(request.query), errors: form.ok ? undefined : form.errors });
    return reply.code(form.ok ? 200 : 400).view('features/analysis/use-of-powers/view.njk', model);
  });

  app.get(`${PAGE_PATH}.csv`, guard, async (request, reply) => {
    const form = validateForm(powersFiltersSchema, request.query);
    if (!form.ok)
      return reply
        .code(400)
        .type('text/plain; charset=utf-8')
        .send(form.errors.list.map((e) => e.text).join('\n'));
    const csv = await exportUseOfPowers(db, request.actor!, toPowersFilters(form.value), request.ip);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="use-of-powers-${londonDate(new Date())}.csv"`)
      .header('cache-control', 'private, no-store')
      .send(csv);
  });
}
