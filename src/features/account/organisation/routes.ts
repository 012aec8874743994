/** GET/POST /account/organisation — choose which of your organisations you are acting for. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps.js';
import { requireActor } from '../../../platform/guards.js';
import { formError, validateForm } from '../../../platform/forms.js';
import { NotAMemberError, organisationsOf, switchOrganisation } from '../../../services/auth/switch-organisation.js';
import { roleName, type Role } from '../../../domain/access/roles.js';

const VIEW = 'features/account/organisation/view.njk';
const schema = z.object({ organisationId: z.string({ error: 'Select an organisation' }).min(1, 'Select an organisation') });

export default async function accountOrganisationRoutes(app: FastifyInstance, { db }: AppDeps) {
  const model = async (userId: string) =>
    (await organisationsOf(db, userId)).map((o) => ({ ...o, roles: o.roles.map((r) => roleName(r as Role)).join(', ') }));

  app.get('/account/organisation', { preHandler: requireActor() }, async (request, reply) => {
    const q = request.query as { switched?: string };
    return reply.view(VIEW, {
      title: 'Organisation you are acting for',
      organisations: await model(request.actor!.userId ?? ''),
      banner: q.switched ? `You are now acting for ${request.actor!.organisationName}` : undefined,
    });
  });

  app.post('/account/organisation', { preHandler: requireActor() }, async (request, reply) => {
    const form = validateForm(schema, request.body);
    const organisations = await model(request.actor!.userId ?? '');
    if (!form.ok || !request.session) {
      return reply.code(400).view(VIEW, {
        title: 'Organisation you are acting for',
        organisations,
        errors: form.ok ? formError('organisationId', 'Sign in again') : form.errors,
      });
    }
    try {
      await switchOrganisation(db, request.session, form.value.organisationId, request.ip);
    } catch (err) {
      if (!(err instanceof NotAMemberError)) throw err;
      return reply
        .code(400)
        .view(VIEW, { title: 'Organisation you are acting for', organisations, errors: formError('organisationId', err.message) });
    }
    return reply.redirect('/account/organisation?switched=1', 303);
  });
}
