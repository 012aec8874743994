/**
 * GET/POST /admin/intervention-types/:code — change a type in the tools and powers register:
 * name, step on the ladder, statutory, subject kinds, legal source, description, in use. The code
 * never changes; a type the rules know keeps the subject kinds they need (DOMAIN.md §2.1).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { formError, validateForm, type FormErrors } from '../../../../platform/forms.js';
import { listInterventionTypes } from '../../../../services/powers/list-intervention-types.js';
import { isKnownType } from '../../../../domain/powers/default-types.js';
import { editInterventionType } from '../../../../services/powers/admin-intervention-types.js';
import { CaseNotFoundError, CaseRuleError } from '../../../../services/cases/errors.js';
import { formItems, postedValues, storedValues } from '../fields.js';
import { editInterventionTypeSchema } from './schema.js';

type Req = { Params: { code: string }; Querystring: { saved?: string; unchanged?: string } };
const VIEW = 'features/admin/intervention-types/[code]/view.njk';
const guard = { preHandler: requireActor('admin:reference') };

export default async function interventionTypeRoutes(app: FastifyInstance, { db }: AppDeps) {
  /** The page for `code` (400 with errors), or the not-found page. */
  async function show(
    reply: FastifyReply,
    code: string,
    opts: { values?: Record<string, unknown>; errors?: FormErrors; banner?: string | undefined } = {},
  ) {
    const type = (await listInterventionTypes(db)).find((t) => t.code === code);
    if (!type) return reply.callNotFound();
    const values = opts.values ?? storedValues(type);
    return reply.code(opts.errors ? 400 : 200).view(VIEW, {
      title: `Change ${type.name}`,
      type,
      known: isKnownType(type.code),
      values,
      ...formItems(values),
      errors: opts.errors,
      banner: opts.banner,
    });
  }

  app.get<Req>('/admin/intervention-types/:code', guard, async (request, reply) => {
    const banner =
      request.query.saved === '1' ? 'Intervention type saved' : request.query.unchanged === '1' ? 'No changes were made' : undefined;
    return show(reply, request.params.code, { banner });
  });

  app.post<Req>('/admin/intervention-types/:code', guard, async (request, reply) => {
    const { code } = request.params;
    const values = postedValues(request.body);
    const parsed = validateForm(editInterventionTypeSchema, values);
    if (!parsed.ok) return show(reply, code, { values, errors: parsed.errors });
    try {
      const { changed } = await editInterventionType(db, request.actor!, code, parsed.value, request.ip);
      return reply.redirect(`/admin/intervention-types/${encodeURIComponent(code)}?${changed ? 'saved' : 'unchanged'}=1`, 303);
    } catch (err) {
      if (err instanceof CaseNotFoundError) return reply.callNotFound();
      if (!(err instanceof CaseRuleError)) throw err;
      return show(reply, code, { values, errors: formError(err.field, err.message) });
    }
  });
}
