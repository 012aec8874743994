/**
 * GET /cases/:id/sharing — who the case is shared with, and the history.
 * POST /cases/:id/sharing — share the case with another organisation, with the reason and legal
 * gateway (DOMAIN.md §6.3). Only the lead organisation's case officers may share.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { formError, validateForm, type FormErrors } from '../../../../platform/forms.js';
import { requireActor } from '../../../../platform/guards.js';
import { findCaseHeader, viewCase } from '../../../../services/cases/case-header.js';
import { CaseRuleError } from '../../../../services/cases/errors.js';
import { shareCase } from '../../../../services/cases/share-case.js';
import { forbidden, replyToAccessError } from '../reviews/case-errors.js';
import { bannerFor, formBody } from '../reviews/presenters.js';
import { shareSchema } from './schema.js';
import { mayShare, sharingPage } from './view-model.js';

export const SHARING_VIEW = 'features/cases/[id]/sharing/view.njk';
const BANNERS = { shared: 'Case shared', revoked: 'Sharing stopped' };
export const NOT_LEAD = 'Only case officers in the lead organisation can share this case or stop sharing it.';

export default async function caseSharingRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get<{ Params: { id: string } }>('/cases/:id/sharing', { preHandler: requireActor('cases:view') }, async (request, reply) => {
    const header = await viewCase(db, request.actor!, request.params.id, 'sharing', request.ip);
    if (!header) return reply.callNotFound();
    return reply.view(SHARING_VIEW, await sharingPage(db, request.actor!, { header, banner: bannerFor(request.query, BANNERS) }));
  });

  app.post<{ Params: { id: string } }>('/cases/:id/sharing', { preHandler: requireActor('cases:work') }, async (request, reply) => {
    const { id } = request.params;
    const body = formBody(request.body);
    const show = async (errors: FormErrors) => {
      const header = await findCaseHeader(db, request.actor!, id);
      if (!header) return reply.callNotFound();
      if (!mayShare(request.actor!, header)) return forbidden(reply, NOT_LEAD);
      return reply.code(400).view(SHARING_VIEW, await sharingPage(db, request.actor!, { header, errors, values: body }));
    };
    const parsed = validateForm(shareSchema, body);
    if (!parsed.ok) return show(parsed.errors);
    try {
      await shareCase(
        db,
        request.actor!,
        id,
        { organisationId: parsed.value.organisation, reason: parsed.value.reason },
        { ip: request.ip },
      );
      return reply.redirect(`/cases/${id}/sharing?done=shared`, 303);
    } catch (err) {
      if (err instanceof CaseRuleError) return show(formError(err.field, err.message));
      if (replyToAccessError(reply, err)) return reply;
      throw err;
    }
  });
}
