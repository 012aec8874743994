/**
 * GET/POST /admin/incident-types/:code — edit an incident type. Each saved change is a new
 * version; the page shows every version.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { requireActor } from '../../../../platform/guards.js';
import { validateForm, type FormErrors } from '../../../../platform/forms.js';
import { viewIncidentType } from '../../../../services/admin/view-incident-type.js';
import { editIncidentType, IncidentTypeNotFoundError } from '../../../../services/reference/edit-incident-type.js';
import { editIncidentTypeSchema } from './schema.js';

const VIEW = 'features/admin/incident-types/[code]/view.njk';
const guard = { preHandler: requireActor('admin:reference') };
const BANNERS: Record<string, string> = { saved: 'Incident type saved as a new version', unchanged: 'No changes were made' };

export default async function incidentTypeRoutes(app: FastifyInstance, { db }: AppDeps) {
  /** The page for `code` (400 with errors), or the not-found page. */
  async function show(
    reply: FastifyReply,
    code: string,
    opts: { values?: Record<string, unknown>; errors?: FormErrors; banner?: string | undefined } = {},
  ) {
    const found = await viewIncidentType(db, code);
    if (!found) return reply.callNotFound();
    const { type } = found;
    const revisions = found.revisions.map((r) => ({
      ...r,
      nsirType: r.nsirType ?? 'None',
      status: r.active ? 'In use' : 'Not in use',
      changedByName: r.changedByName ?? 'Concord (first version)',
    }));
    const values = opts.values ?? { ...type, nsirType: type.nsirType ?? '', active: type.active ? 'yes' : 'no' };
    return reply
      .code(opts.errors ? 400 : 200)
      .view(VIEW, { title: `Edit ${type.name}`, type, values, revisions, errors: opts.errors, banner: opts.banner });
  }

  app.get('/admin/incident-types/:code', guard, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const flag = Object.keys(BANNERS).find((k) => query[k] === '1');
    return show(reply, (request.params as { code: string }).code, { banner: flag && BANNERS[flag] });
  });

  app.post('/admin/incident-types/:code', guard, async (request, reply) => {
    const { code } = request.params as { code: string };
    const values = (request.body ?? {}) as Record<string, unknown>;
    const parsed = validateForm(editIncidentTypeSchema, values);
    if (!parsed.ok) return show(reply, code, { values, errors: parsed.errors });
    try {
      const { changed } = await editIncidentType(db, code, parsed.value, request.actor!, request.ip);
      return reply.redirect(`/admin/incident-types/${encodeURIComponent(code)}?${changed ? 'saved' : 'unchanged'}=1`, 303);
    } catch (err) {
      if (err instanceof IncidentTypeNotFoundError) return reply.callNotFound();
      throw err;
    }
  });
}
