/**
 * GET/POST /cases/:id/contact/:personId/log — log a contact with a victim, made or attempted:
 * when (Europe/London date and time, not in the future), how, and a short summary.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../../../../platform/deps.js';
import { requireActor } from '../../../../../../platform/guards.js';
import { formError, validateForm, type FormErrors } from '../../../../../../platform/forms.js';
import { dateItems, dateTimeValues, readDateTime } from '../../../../../report/_shared/date-time.js';
import type { CaseHeader } from '../../../../../../services/cases/case-header.js';
import { CaseRuleError } from '../../../../../../services/cases/errors.js';
import { recordContact } from '../../../../../../services/cases/record-contact.js';
import { CONTACT_OUTCOMES } from '../../../../../../domain/cases/oversight.js';
import { replyToAccessError } from '../../../reviews/case-errors.js';
import { formBody, mergeErrors } from '../../../reviews/presenters.js';
import { caseContext, findCaseAndVictim, methodItems, type VictimOnCase } from '../victim-form.js';
import { contactSchema } from './schema.js';

const VIEW = 'features/cases/[id]/contact/[personId]/log/view.njk';
const ORDER = ['contactedAt-day', 'contactedAt-time', 'method', 'outcome', 'summary'];
const WHEN = { date: 'Date of the contact', enter: 'Enter the date of the contact', time: 'Time of the contact' };
type Params = { Params: { id: string; personId: string } };

/** The contact's instant from the date input and time, or the form error. The time is required. */
function readWhen(body: Record<string, unknown>, now: Date): { ok: true; value: Date } | { ok: false; errors: FormErrors } {
  const read = readDateTime(body, 'contactedAt', WHEN, { required: true, now });
  if (!read.ok) return { ok: false, errors: formError(read.field, read.message) };
  if (!read.hasTime || !read.value) return { ok: false, errors: formError('contactedAt-time', 'Enter the time of the contact') };
  return { ok: true, value: read.value };
}

export default async function contactLogRoutes(app: FastifyInstance, { db }: AppDeps) {
  const guard = { preHandler: requireActor('cases:work') };

  function form(reply: FastifyReply, caseHeader: CaseHeader, victim: VictimOnCase, values: Record<string, unknown>, errors?: FormErrors) {
    return reply.code(errors ? 400 : 200).view(VIEW, {
      title: 'Log a contact',
      ...caseContext(caseHeader, victim),
      values,
      errors,
      methodItems: methodItems(),
      outcomeItems: CONTACT_OUTCOMES.map((o) => ({ value: o.code, text: o.name })),
      whenItems: dateItems('contactedAt', values, !!errors?.fields['contactedAt-day']),
      action: `/cases/${caseHeader.id}/contact/${victim.personId}/log`,
    });
  }

  app.get<Params>('/cases/:id/contact/:personId/log', guard, async (request, reply) => {
    const found = await findCaseAndVictim(db, request.actor!, request.params.id, request.params.personId, { ip: request.ip });
    if (!found) return reply.callNotFound();
    const { caseHeader, victim } = found;
    return form(reply, caseHeader, victim, { method: victim.plan?.method, ...dateTimeValues('contactedAt', new Date()) });
  });

  app.post<Params>('/cases/:id/contact/:personId/log', guard, async (request, reply) => {
    const { id, personId } = request.params;
    const body = formBody(request.body);
    const show = async (errors: FormErrors | undefined) => {
      const found = await findCaseAndVictim(db, request.actor!, id, personId);
      return found ? form(reply, found.caseHeader, found.victim, body, errors) : reply.callNotFound();
    };
    const parsed = validateForm(contactSchema, body);
    const when = readWhen(body, new Date());
    if (!parsed.ok || !when.ok) return show(mergeErrors(ORDER, when.ok ? undefined : when.errors, parsed.ok ? undefined : parsed.errors));
    try {
      await recordContact(db, request.actor!, id, personId, { ...parsed.value, contactedAt: when.value }, { ip: request.ip });
      return reply.redirect(`/cases/${id}/contact?done=contact`, 303);
    } catch (err) {
      if (err instanceof CaseRuleError) return show(formError(err.field === 'contactedAt' ? 'contactedAt-day' : err.field, err.message));
      if (replyToAccessError(reply, err)) return reply;
      throw err;
    }
  });
}
