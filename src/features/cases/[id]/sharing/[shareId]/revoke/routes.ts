/**
 * POST /cases/:id/sharing/:shareId/revoke — stop sharing the case with an organisation, with a
 * reason. The form is on the Sharing page, one per current share. Lead organisation only.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../../../platform/deps.js';
import { formError, validateForm, type FormErrors } from '../../../../../../platform/forms.js';
import { requireActor } from '../../../../../../platform/guards.js';
import { findCaseHeader } from '../../../../../../services/cases/case-header.js';
import { CaseRuleError } from '../../../../../../services/cases/errors.js';
import { revokeShare } from '../../../../../../services/cases/revoke-share.js';
import { forbidden, replyToAccessError } from '../../../reviews/case-errors.js';
import { formBody } from '../../../reviews/presenters.js';
import { NOT_LEAD, SHARING_VIEW } from '../../routes.js';
import { revokeSchema } from '../../schema.js';
import { mayShare, sharingPage } from '../../view-model.js';

type Params = { Params: { id: string; shareId: string } };

export default async function revokeShareRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.post<Params>('/cases/:id/sharing/:shareId/revoke', { preHandler: requireActor('cases:work') }, async (request, reply) => {
    const { id, shareId } = request.params;
    const body = formBody(request.body);
    const field = `revokeReason-${shareId}`;
    const show = async (errors: FormErrors) => {
      const header = await findCaseHeader(db, request.actor!, id);
      if (!header) return reply.callNotFound();
      if (!mayShare(request.actor!, header)) return forbidden(reply, NOT_LEAD);
      return reply
        .code(400)
        .view(SHARING_VIEW, await sharingPage(db, request.actor!, { header, errors, values: { [field]: body.reason } }));
    };
    const parsed = validateForm(revokeSchema, body);
    if (!parsed.ok) return show(formError(field, parsed.errors.list[0]!.text));
    try {
      await revokeShare(db, request.actor!, id, shareId, parsed.value.reason, { ip: request.ip });
      return reply.redirect(`/cases/${id}/sharing?done=revoked`, 303);
    } catch (err) {
      if (err instanceof CaseRuleError) return show(formError(field, err.message));
      if (replyToAccessError(reply, err)) return reply;
      throw err;
    }
  });
}
