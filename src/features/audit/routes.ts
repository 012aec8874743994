/**
 * GET /audit — the audit log search for auditors: filters in the query string, results newest
 * first, 50 to a page. Each search is itself audited ('audit.search').
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { requireActor } from '../../platform/guards.js';
import { validateForm, type FormErrors } from '../../platform/forms.js';
import { listOrganisations } from '../../services/admin/list-organisations.js';
import { searchAuditLog } from '../../services/admin/search-audit-log.js';
import { pageNumber, paginationFor, withQuery } from '../../platform/pagination.js';
import { auditQuerySchema } from './schema.js';
import { dateItems, filterValues } from './view-model.js';

export const AUDIT_PAGE_SIZE = 50;
const VIEW = 'features/audit/view.njk';

export default async function auditRoutes(app: FastifyInstance, { db }: AppDeps) {
  async function form(values: Record<string, string>, errors?: FormErrors) {
    const organisations = await listOrganisations(db);
    return {
      title: 'Audit log',
      values,
      errors,
      organisations: [{ value: '', text: 'Any organisation' }, ...organisations.map((o) => ({ value: o.id, text: o.name }))],
      fromItems: dateItems('from', values, errors),
      toItems: dateItems('to', values, errors),
    };
  }

  app.get('/audit', { preHandler: requireActor('audit:search') }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const values = filterValues(query);
    const parsed = validateForm(auditQuerySchema, values);
    if (!parsed.ok) return reply.code(400).view(VIEW, await form(values, parsed.errors));
    const page = pageNumber(query.page);
    const result = await searchAuditLog(db, request.actor!, { ...parsed.value, page, pageSize: AUDIT_PAGE_SIZE }, request.ip);
    return reply.view(VIEW, {
      ...(await form(values)),
      rows: result.rows,
      total: result.total,
      pagination: paginationFor({
        page,
        pageSize: AUDIT_PAGE_SIZE,
        total: result.total,
        href: (n) => withQuery('/audit', { ...values, page: n }),
      }),
    });
  });
}
