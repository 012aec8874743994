/** GET/POST /admin/users/new — add a staff user with roles in one organisation. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { formError, validateForm, type FormErrors } from '../../../../platform/forms.js';
import { listActiveOrganisations } from '../../../../services/admin/list-active-organisations.js';
import { addUser, AddUserError, MIN_PASSWORD_LENGTH } from '../../../../services/admin/add-user.js';
import { asList, ROLE_ITEMS } from '../roles-field.js';
import { newUserSchema } from './schema.js';

const VIEW = 'features/admin/users/new/view.njk';
const guard = { preHandler: requireActor('admin:users') };
const FIELD: Record<AddUserError['field'], string> = {
  email: 'email',
  name: 'name',
  organisation: 'organisation',
  role: 'roles',
  password: 'password',
};

export default async function newUserRoutes(app: FastifyInstance, { db }: AppDeps) {
  async function form(body: Record<string, unknown>, errors?: FormErrors) {
    const organisations = await listActiveOrganisations(db);
    return {
      title: 'Add a user',
      errors,
      // The password is never sent back to the browser.
      values: { name: body.name, email: body.email, organisation: body.organisation, roles: asList(body.roles) },
      organisations: [{ value: '', text: 'Select an organisation' }, ...organisations.map((o) => ({ value: o.id, text: o.name }))],
      roleItems: ROLE_ITEMS,
      minPasswordLength: MIN_PASSWORD_LENGTH,
    };
  }

  app.get('/admin/users/new', guard, async (_request, reply) => reply.view(VIEW, await form({})));

  app.post('/admin/users/new', guard, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const parsed = validateForm(newUserSchema, body);
    if (!parsed.ok) return reply.code(400).view(VIEW, await form(body, parsed.errors));
    try {
      const { id, created } = await addUser(db, parsed.value, request.actor);
      return reply.redirect(`/admin/users/${id}?${created ? 'added' : 'rolesAdded'}=1`, 303);
    } catch (err) {
      if (!(err instanceof AddUserError)) throw err;
      const message = err.field === 'organisation' ? 'Select an organisation' : err.message;
      return reply.code(400).view(VIEW, await form(body, formError(FIELD[err.field], message)));
    }
  });
}
