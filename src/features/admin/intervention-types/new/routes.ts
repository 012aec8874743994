/** GET/POST /admin/intervention-types/new — add a type to the tools and powers register (issue 5). */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { formError, validateForm } from '../../../../platform/forms.js';
import { addInterventionType } from '../../../../services/powers/admin-intervention-types.js';
import { CaseRuleError } from '../../../../services/cases/errors.js';
import { formItems, postedValues } from '../fields.js';
import { newInterventionTypeSchema } from './schema.js';

const VIEW = 'features/admin/intervention-types/new/view.njk';
const TITLE = 'Add an intervention type';
const guard = { preHandler: requireActor('admin:reference') };

export default async function newInterventionTypeRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/admin/intervention-types/new', guard, async (_request, reply) => {
    const values = { statutory: 'no', tier: 'none', subjectKinds: ['person'] };
    return reply.view(VIEW, { title: TITLE, values, ...formItems(values) });
  });

  app.post('/admin/intervention-types/new', guard, async (request, reply) => {
    const values = postedValues(request.body);
    const redisplay = (errors: ReturnType<typeof formError>) =>
      reply.code(400).view(VIEW, { title: TITLE, values, ...formItems(values), errors });
    const parsed = validateForm(newInterventionTypeSchema, values);
    if (!parsed.ok) return redisplay(parsed.errors);
    try {
      const { code } = await addInterventionType(db, request.actor!, parsed.value, request.ip);
      return reply.redirect(`/admin/intervention-types?added=${encodeURIComponent(code)}`, 303);
    } catch (err) {
      if (!(err instanceof CaseRuleError)) throw err;
      return redisplay(formError(err.field, err.message));
    }
  });
}
