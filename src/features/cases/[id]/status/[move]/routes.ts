/**
 * GET/POST /cases/:id/status/:move — one move of the case workflow (domain/cases/workflow.ts):
 * the reason, and on closing the outcome and the victim's view. A valid POST moves the case
 * (services/cases/change-status.ts) and goes back to the Summary with the move's banner.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../../../platform/deps.js';
import { validateForm, type FormErrors } from '../../../../../platform/forms.js';
import { requireActor } from '../../../../../platform/guards.js';
import { CASE_OUTCOMES, checkMove, findMove, VICTIM_VIEWS } from '../../../../../domain/cases/workflow.js';
import { viewCase } from '../../../../../services/cases/case-header.js';
import { changeStatus } from '../../../../../services/cases/change-status.js';
import { answerCaseError, asText, formBody } from '../../../_core/page.js';
import { statusSchema, TEXT_MAX } from './schema.js';

type Req = FastifyRequest<{ Params: { id: string; move: string } }>;
const guard = { preHandler: requireActor('cases:work') };

export default async function caseStatusRoutes(app: FastifyInstance, { db }: AppDeps) {
  async function show(request: Req, reply: FastifyReply, values: Record<string, unknown> = {}, errors?: FormErrors) {
    const move = findMove(request.params.move);
    const caseHeader = move && (await viewCase(db, request.actor!, request.params.id, `status:${move.code}`, request.ip));
    if (!move || !caseHeader) return reply.callNotFound();
    const refusal = checkMove(move, caseHeader.status, request.actor!.roles, caseHeader.isLeadOrganisation, {
      reason: 'x',
      outcome: 'resolved',
    });
    if (refusal) return reply.code(403).view('views/error.njk', { title: 'You cannot make this change', message: refusal.message });
    const v = (k: string) => asText(values[k]);
    return reply.code(errors ? 400 : 200).view('features/cases/[id]/status/[move]/view.njk', {
      title: move.label,
      caseHeading: move.label,
      caseHeader,
      casePage: 'summary',
      errors,
      move,
      values,
      textMax: TEXT_MAX,
      action: `/cases/${caseHeader.id}/status/${move.code}`,
      backHref: `/cases/${caseHeader.id}`,
      outcomeItems: CASE_OUTCOMES.map((o) => ({ value: o.code, text: o.name, checked: v('outcome') === o.code })),
      victimViewItems: VICTIM_VIEWS.map((o) => ({ value: o.code, text: o.name, checked: v('victimView') === o.code })),
    });
  }

  app.get<{ Params: { id: string; move: string } }>('/cases/:id/status/:move', guard, async (request, reply) => show(request, reply));

  app.post<{ Params: { id: string; move: string } }>('/cases/:id/status/:move', guard, async (request, reply) => {
    const move = findMove(request.params.move);
    if (!move) return reply.callNotFound();
    const values = formBody(request);
    const form = validateForm(statusSchema(move), values);
    if (!form.ok) return show(request, reply, values, form.errors);
    try {
      await changeStatus(db, request.actor!, request.params.id, move.code, form.value, { ip: request.ip });
      return reply.redirect(`/cases/${request.params.id}?moved=${move.code}`, 303);
    } catch (err) {
      return answerCaseError(reply, err, (errors) => show(request, reply, values, errors));
    }
  });
}
