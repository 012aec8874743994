/** GET /admin/users — staff accounts, searchable by name or email, 25 to a page. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import { requireActor } from '../../../platform/guards.js';
import { searchUsers } from '../../../services/admin/search-users.js';
import { roleName } from '../../../domain/access/roles.js';
import { pageNumber, paginationFor, withQuery } from '../../../platform/pagination.js';

export const USERS_PAGE_SIZE = 25;

export default async function usersRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/admin/users', { preHandler: requireActor('admin:users') }, async (request, reply) => {
    const query = request.query as { q?: string; page?: string };
    const q = (query.q ?? '').trim().slice(0, 200);
    const page = pageNumber(query.page);
    const { rows, total } = await searchUsers(db, { text: q, page, pageSize: USERS_PAGE_SIZE });
    const users = rows.map((u) => ({
      ...u,
      href: `/admin/users/${u.id}`,
      roleLines: u.organisations.map((o) => `${o.organisationName}: ${o.roles.map(roleName).join(', ')}`),
    }));
    return reply.view('features/admin/users/view.njk', {
      title: 'Users',
      q,
      users,
      total,
      pagination: paginationFor({ page, pageSize: USERS_PAGE_SIZE, total, href: (n) => withQuery('/admin/users', { q, page: n }) }),
    });
  });
}
