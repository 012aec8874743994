/**
 * GET /admin/users/:id — one user: their roles in each organisation and their status.
 * POST /admin/users/:id/roles — set the roles in one organisation (or add another organisation).
 * POST /admin/users/:id/deactivate and /reactivate.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { formError, validateForm } from '../../../../platform/forms.js';
import { setUserRoles } from '../../../../services/admin/set-user-roles.js';
import { deactivateUser } from '../../../../services/admin/deactivate-user.js';
import { reactivateUser } from '../../../../services/admin/reactivate-user.js';
import { AdminNotFoundError, AdminRuleError } from '../../../../services/admin/errors.js';
import { asList } from '../roles-field.js';
import { addRolesSchema, changeRolesSchema, fieldIds, renameFields } from './schema.js';
import { bannerFor, userPage } from './view-model.js';

const VIEW = 'features/admin/users/[id]/view.njk';
const guard = { preHandler: requireActor('admin:users') };
type Params = { id: string };

export default async function userRoutes(app: FastifyInstance, { db }: AppDeps) {
  /** Renders the page (status 400 with `errors`), or the not-found page for an unknown user. */
  async function show(request: FastifyRequest, reply: FastifyReply, extra: Parameters<typeof userPage>[3] = {}) {
    const page = await userPage(db, (request.params as Params).id, request.actor!, extra);
    if (!page) return reply.callNotFound();
    return reply.code(extra.errors ? 400 : 200).view(VIEW, page);
  }

  /** Runs a change; a rule it breaks re-renders the page with the error against `field`. */
  async function change(
    request: FastifyRequest,
    reply: FastifyReply,
    field: string,
    run: () => Promise<unknown>,
    done: string,
    extra = {},
  ) {
    try {
      await run();
      return reply.redirect(`/admin/users/${(request.params as Params).id}?${done}=1`, 303);
    } catch (err) {
      if (err instanceof AdminNotFoundError) return reply.callNotFound();
      if (!(err instanceof AdminRuleError)) throw err;
      return show(request, reply, { ...extra, errors: formError(err.field === 'organisation' ? 'add-organisation' : field, err.message) });
    }
  }

  app.get('/admin/users/:id', guard, async (request, reply) =>
    show(request, reply, { banner: bannerFor(request.query as Record<string, unknown>) }),
  );

  app.post('/admin/users/:id/roles', guard, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const adding = body.form === 'add';
    const ids = fieldIds(adding, body.organisationId);
    const addValues = adding ? { organisationId: body.organisationId, roles: asList(body.roles) } : {};
    const parsed = validateForm(adding ? addRolesSchema : changeRolesSchema, body);
    if (!parsed.ok) return show(request, reply, { addValues, errors: renameFields(parsed.errors, ids) });
    const input = { userId: (request.params as Params).id, ...parsed.value, keepExisting: adding };
    return change(request, reply, ids.roles!, () => setUserRoles(db, input, request.actor!, request.ip), 'roles', { addValues });
  });

  app.post('/admin/users/:id/deactivate', guard, async (request, reply) =>
    change(
      request,
      reply,
      'deactivate',
      () => deactivateUser(db, (request.params as Params).id, request.actor!, request.ip),
      'deactivated',
    ),
  );

  app.post('/admin/users/:id/reactivate', guard, async (request, reply) =>
    change(
      request,
      reply,
      'reactivate',
      () => reactivateUser(db, (request.params as Params).id, request.actor!, request.ip),
      'reactivated',
    ),
  );
}
