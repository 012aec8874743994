/**
 * GET /compliance — the three case-management compliance figures for an organisation (and
 * optionally a district and/or NPA) with the lists behind them; GET /compliance.csv — the same
 * as a CSV download. Rules and who may see what: services/cases/compliance.ts.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { requireActor } from '../../platform/guards.js';
import { can } from '../../domain/access/roles.js';
import { londonDate } from '../../domain/checks/calendar.js';
import { ComplianceOrganisationRefused, complianceReport, mayChooseOrganisation } from '../../services/cases/compliance.js';
import { listComplianceFilterOptions } from '../../services/cases/compliance-filter-options.js';
import { complianceQuerySchema } from './schema.js';
import { compliancePageModel } from './view-model.js';
import { complianceCsv, csvFileName } from './csv.js';

function refused(reply: FastifyReply) {
  return reply.code(403).view('views/error.njk', {
    title: 'You do not have permission to see this page',
    message: 'You can see your own organisation’s compliance only.',
  });
}

export default async function complianceRoutes(app: FastifyInstance, { db }: AppDeps) {
  const guard = { preHandler: requireActor('compliance:view') };

  app.get('/compliance', guard, async (request, reply) => {
    const q = complianceQuerySchema.parse(request.query ?? {});
    const actor = request.actor!;
    try {
      const report = await complianceReport(db, actor, q, londonDate(new Date()), 'view', request.ip);
      const { organisations, districts, npas } = await listComplianceFilterOptions(db);
      return reply.view(
        'features/compliance/view.njk',
        compliancePageModel(report, {
          organisations: mayChooseOrganisation(actor) ? organisations : null,
          districts,
          npas,
          canSend: can(actor, 'compliance:send'),
          sent: q.sent,
        }),
      );
    } catch (e) {
      if (e instanceof ComplianceOrganisationRefused) return refused(reply);
      throw e;
    }
  });

  app.get('/compliance.csv', guard, async (request, reply) => {
    const q = complianceQuerySchema.parse(request.query ?? {});
    const today = londonDate(new Date());
    try {
      const report = await complianceReport(db, request.actor!, q, today, 'export', request.ip);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${csvFileName(today)}"`)
        .header('cache-control', 'no-store')
        .send(complianceCsv(report));
    } catch (e) {
      if (e instanceof ComplianceOrganisationRefused) return refused(reply);
      throw e;
    }
  });
}
