/**
 * GET/POST /cases/:id/contact/:personId/plan — agree (or change) the contact plan with a victim:
 * how, how often, times to avoid, and the date agreed. A change is a new plan; the old is kept.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../../../../platform/deps.js';
import { requireActor } from '../../../../../../platform/guards.js';
import { formError, validateForm, type FormErrors } from '../../../../../../platform/forms.js';
import { londonDate } from '../../../../../../domain/checks/calendar.js';
import type { CaseHeader } from '../../../../../../services/cases/case-header.js';
import { CaseRuleError } from '../../../../../../services/cases/errors.js';
import { setContactPlan } from '../../../../../../services/cases/set-contact-plan.js';
import { replyToAccessError } from '../../../reviews/case-errors.js';
import { dateFieldItems, dateFieldValues, readDateField } from '../../../reviews/date-field.js';
import { formBody, mergeErrors } from '../../../reviews/presenters.js';
import { caseContext, findCaseAndVictim, methodChoices, type VictimOnCase } from '../victim-form.js';
import { contactPlanSchema } from './schema.js';

const VIEW = 'features/cases/[id]/contact/[personId]/plan/view.njk';
const ORDER = ['method', 'viaName', 'frequencyDays', 'timesToAvoid', 'agreedOn-day'];
const AGREED = { date: 'Date the plan was agreed', enter: 'Enter the date the plan was agreed' };
type Params = { Params: { id: string; personId: string } };

export default async function contactPlanRoutes(app: FastifyInstance, { db }: AppDeps) {
  const guard = { preHandler: requireActor('cases:work') };

  function form(reply: FastifyReply, caseHeader: CaseHeader, victim: VictimOnCase, values: Record<string, unknown>, errors?: FormErrors) {
    return reply.code(errors ? 400 : 200).view(VIEW, {
      title: victim.plan ? 'Change the contact plan' : 'Agree a contact plan',
      ...caseContext(caseHeader, victim),
      values,
      errors,
      methodItems: methodChoices().items,
      viaItem: methodChoices().viaItem,
      agreedOnItems: dateFieldItems('agreedOn', values, !!errors?.fields['agreedOn-day']),
      action: `/cases/${caseHeader.id}/contact/${victim.personId}/plan`,
    });
  }

  app.get<Params>('/cases/:id/contact/:personId/plan', guard, async (request, reply) => {
    const found = await findCaseAndVictim(db, request.actor!, request.params.id, request.params.personId, { ip: request.ip });
    if (!found) return reply.callNotFound();
    const { caseHeader, victim } = found;
    const p = victim.plan;
    const values = {
      method: p?.method,
      viaName: p?.viaName,
      frequencyDays: p ? String(p.frequencyDays) : '',
      timesToAvoid: p?.timesToAvoid,
    };
    return form(reply, caseHeader, victim, { ...values, ...dateFieldValues('agreedOn', londonDate(new Date())) });
  });

  app.post<Params>('/cases/:id/contact/:personId/plan', guard, async (request, reply) => {
    const { id, personId } = request.params;
    const body = formBody(request.body);
    const show = async (errors: FormErrors | undefined) => {
      const found = await findCaseAndVictim(db, request.actor!, id, personId);
      return found ? form(reply, found.caseHeader, found.victim, body, errors) : reply.callNotFound();
    };
    const parsed = validateForm(contactPlanSchema, body);
    const date = readDateField(body, 'agreedOn', AGREED);
    if (!parsed.ok || !date.ok)
      return show(mergeErrors(ORDER, parsed.ok ? undefined : parsed.errors, date.ok ? undefined : formError(date.field, date.message)));
    try {
      await setContactPlan(db, request.actor!, id, personId, { ...parsed.value, agreedOn: date.value }, { ip: request.ip });
      return reply.redirect(`/cases/${id}/contact?done=plan`, 303);
    } catch (err) {
      if (err instanceof CaseRuleError) return show(formError(err.field === 'agreedOn' ? 'agreedOn-day' : err.field, err.message));
      if (replyToAccessError(reply, err)) return reply;
      throw err;
    }
  });
}
