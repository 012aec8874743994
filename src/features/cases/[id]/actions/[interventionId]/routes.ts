/**
 * GET /cases/:id/actions/:interventionId — an intervention with its deadlines and breaches;
 * POST …/breach records a breach, POST …/outcome records the outcome (services/powers).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Actor } from '../../../../../domain/access/roles.js';
import type { AppDeps } from '../../../../../platform/deps.js';
import { requireActor } from '../../../../../platform/guards.js';
import { formError, type FormErrors } from '../../../../../platform/forms.js';
import { findCaseHeader, viewCase, type CaseHeader } from '../../../../../services/cases/case-header.js';
import { CaseRuleError } from '../../../../../services/cases/errors.js';
import { viewCaseAction } from '../../../../../services/powers/case-action.js';
import { recordBreach } from '../../../../../services/powers/record-breach.js';
import { recordOutcome } from '../../../../../services/powers/record-outcome.js';
import { replyToAccessError } from '../../reviews/case-errors.js';
import { readDateField } from '../../reviews/date-field.js';
import { bannerFor, formBody } from '../../reviews/presenters.js';
import { interventionPage } from './view-model.js';

type Req = { Params: { id: string; interventionId: string } };
const VIEW = 'features/cases/[id]/actions/[interventionId]/view.njk';
const BANNERS = { breach: 'Breach recorded', outcome: 'Outcome recorded' };
const DATE_OF = {
  breachedOn: { date: 'Date of the breach', enter: 'Enter the date of the breach' },
  outcomeOn: { date: 'Date of the outcome', enter: 'Enter the date of the outcome' },
};

export default async function actionDetailsRoutes(app: FastifyInstance, { db }: AppDeps) {
  async function show(
    reply: FastifyReply,
    actor: Actor,
    caseHeader: CaseHeader,
    interventionId: string,
    form: { values: Record<string, unknown>; errors?: FormErrors; banner?: string },
  ) {
    const found = await viewCaseAction(db, actor, caseHeader.id, interventionId);
    if (!found) return reply.callNotFound();
    const { intervention: i, settings } = found;
    return reply.code(form.errors ? 400 : 200).view(VIEW, {
      title: `${i.typeName}: ${i.subjectName}`,
      caseHeader,
      casePage: 'actions',
      banner: form.banner,
      ...interventionPage(actor, caseHeader, i, settings, form),
    });
  }

  app.get<Req>('/cases/:id/actions/:interventionId', { preHandler: requireActor('cases:view') }, async (request, reply) => {
    const caseHeader = await viewCase(db, request.actor!, request.params.id, 'actions', request.ip);
    if (!caseHeader) return reply.callNotFound();
    return show(reply, request.actor!, caseHeader, request.params.interventionId, {
      values: {},
      banner: bannerFor(request.query, BANNERS),
    });
  });

  for (const what of ['breach', 'outcome'] as const) {
    app.post<Req>(`/cases/:id/actions/:interventionId/${what}`, { preHandler: requireActor('cases:work') }, async (request, reply) => {
      const { id, interventionId } = request.params;
      const body = formBody(request.body);
      const dateKey = what === 'breach' ? 'breachedOn' : 'outcomeOn';
      const redisplay = async (errors: FormErrors) => {
        const caseHeader = await findCaseHeader(db, request.actor!, id);
        return caseHeader ? show(reply, request.actor!, caseHeader, interventionId, { values: body, errors }) : reply.callNotFound();
      };
      const date = readDateField(body, dateKey, DATE_OF[dateKey]);
      if (!date.ok) return redisplay(formError(date.field, date.message));
      const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
      try {
        if (what === 'breach')
          await recordBreach(
            db,
            request.actor!,
            id,
            interventionId,
            { breachedOn: date.value, details: text('details'), actionTaken: text('actionTaken') },
            { ip: request.ip },
          );
        else
          await recordOutcome(
            db,
            request.actor!,
            id,
            interventionId,
            { outcome: text('outcome'), outcomeOn: date.value, notes: text('outcomeNotes') },
            { ip: request.ip },
          );
        return reply.redirect(`/cases/${id}/actions/${interventionId}?done=${what}`, 303);
      } catch (err) {
        if (err instanceof CaseRuleError) return redisplay(formError(err.field === dateKey ? `${dateKey}-day` : err.field, err.message));
        if (replyToAccessError(reply, err)) return reply;
        throw err;
      }
    });
  }
}
