/**
 * GET/POST /cases/:id/letters/new — produce a letter: choose the pro forma, the recipient (a
 * party of the case) and, optionally, the intervention it is about. A valid POST produces the
 * DOCX and PDF (services/letters/produce-letter.ts) and redirects to the letter's confirmation;
 * an invalid one re-renders with 400, the error summary and the choices kept.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../../../platform/deps.js';
import { formError, validateForm, type FormErrors } from '../../../../../platform/forms.js';
import { requireActor } from '../../../../../platform/guards.js';
import { findCaseHeader, viewCase, type CaseHeader } from '../../../../../services/cases/case-header.js';
import { CaseRuleError } from '../../../../../services/cases/errors.js';
import { letterChoices } from '../../../../../services/letters/case-letters.js';
import { produceLetter } from '../../../../../services/letters/produce-letter.js';
import { replyToAccessError } from '../../reviews/case-errors.js';
import { newLetterSchema, newLetterValues, type NewLetterValues } from './schema.js';
import { newLetterPage } from './view-model.js';

type Req = FastifyRequest<{ Params: { id: string } }>;
const VIEW = 'features/cases/[id]/letters/new/view.njk';

export default async function newLetterRoutes(app: FastifyInstance, { db }: AppDeps) {
  async function show(
    request: Req,
    reply: FastifyReply,
    header: CaseHeader | undefined,
    values: NewLetterValues = {},
    errors?: FormErrors,
  ) {
    const choices = header && (await letterChoices(db, request.actor!, header.id));
    if (!header || !choices) return reply.callNotFound();
    return reply.code(errors ? 400 : 200).view(VIEW, newLetterPage(header, choices, values, errors));
  }

  app.get<{ Params: { id: string } }>('/cases/:id/letters/new', { preHandler: requireActor('cases:work') }, async (request, reply) =>
    show(request, reply, await viewCase(db, request.actor!, request.params.id, 'letters', request.ip)),
  );

  app.post<{ Params: { id: string } }>('/cases/:id/letters/new', { preHandler: requireActor('cases:work') }, async (request, reply) => {
    const { id } = request.params;
    const values = newLetterValues(request.body);
    const form = validateForm(newLetterSchema, request.body);
    if (!form.ok) return show(request, reply, await findCaseHeader(db, request.actor!, id), values, form.errors);
    try {
      const { letterId } = await produceLetter(
        db,
        request.actor!,
        id,
        { ...form.value, interventionId: form.value.interventionId ?? null },
        { ip: request.ip },
      );
      return reply.redirect(`/cases/${id}/letters/${letterId}`, 303);
    } catch (err) {
      if (err instanceof CaseRuleError)
        return show(request, reply, await findCaseHeader(db, request.actor!, id), values, formError(err.field, err.message));
      if (replyToAccessError(reply, err)) return reply;
      throw err;
    }
  });
}
