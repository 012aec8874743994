/**
 * GET/POST /cases/:id/reviews/new — a supervisor of the lead organisation records a supervisory
 * review (LLR action plan action 2c). The next review date is suggested as today + the review
 * interval, the latest allowed.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../../../platform/deps.js';
import { requireActor } from '../../../../../platform/guards.js';
import { formError, validateForm, type FormErrors } from '../../../../../platform/forms.js';
import { formatDate, londonDate } from '../../../../../domain/checks/calendar.js';
import { nextReviewWindow } from '../../../../../domain/cases/oversight.js';
import { findCaseHeader, viewCase, type CaseHeader } from '../../../../../services/cases/case-header.js';
import { CaseRuleError } from '../../../../../services/cases/errors.js';
import { recordSupervisoryReview } from '../../../../../services/cases/record-review.js';
import { loadCaseSettings } from '../../../../../services/cases/settings.js';
import { forbidden, replyToAccessError } from '../case-errors.js';
import { dateFieldItems, dateFieldValues, readDateField } from '../date-field.js';
import { formBody, mergeErrors } from '../presenters.js';
import { mayReview } from '../view-model.js';
import { reviewSchema } from './schema.js';

const VIEW = 'features/cases/[id]/reviews/new/view.njk';
const ORDER = ['progress', 'riskStillRight', 'riskComment', 'actionsAgreed', 'nextReview-day', 'comments', 'form'];
const NEXT = { date: 'Next review date', enter: 'Enter the next review date' };
const NOT_ALLOWED = 'Only a supervisor in the lead organisation can review this case, and only while it is open.';

export default async function newReviewRoutes(app: FastifyInstance, { db }: AppDeps) {
  const guard = { preHandler: requireActor('cases:review') };

  async function form(reply: FastifyReply, caseHeader: CaseHeader, values: Record<string, unknown>, errors?: FormErrors) {
    const { latest } = nextReviewWindow(londonDate(new Date()), (await loadCaseSettings(db)).supervisoryReviewDays);
    return reply.code(errors ? 400 : 200).view(VIEW, {
      title: 'Record a supervisory review',
      caseHeader,
      casePage: 'reviews',
      values,
      errors,
      latest: formatDate(latest),
      nextReviewItems: dateFieldItems('nextReview', values, !!errors?.fields['nextReview-day']),
      action: `/cases/${caseHeader.id}/reviews/new`,
      backHref: `/cases/${caseHeader.id}/reviews`,
    });
  }

  app.get<{ Params: { id: string } }>('/cases/:id/reviews/new', guard, async (request, reply) => {
    const caseHeader = await viewCase(db, request.actor!, request.params.id, 'reviews', request.ip);
    if (!caseHeader) return reply.callNotFound();
    if (!mayReview(request.actor!, caseHeader)) return forbidden(reply, NOT_ALLOWED);
    const { suggested } = nextReviewWindow(londonDate(new Date()), (await loadCaseSettings(db)).supervisoryReviewDays);
    return form(reply, caseHeader, dateFieldValues('nextReview', suggested));
  });

  app.post<{ Params: { id: string } }>('/cases/:id/reviews/new', guard, async (request, reply) => {
    const body = formBody(request.body);
    const parsed = validateForm(reviewSchema, body);
    const date = readDateField(body, 'nextReview', NEXT);
    const show = async (errors: FormErrors | undefined) => {
      const caseHeader = await findCaseHeader(db, request.actor!, request.params.id);
      return caseHeader ? form(reply, caseHeader, body, errors) : reply.callNotFound();
    };
    if (!parsed.ok || !date.ok)
      return show(mergeErrors(ORDER, parsed.ok ? undefined : parsed.errors, date.ok ? undefined : formError(date.field, date.message)));
    const v = parsed.value;
    try {
      await recordSupervisoryReview(
        db,
        request.actor!,
        request.params.id,
        {
          progress: v.progress,
          riskStillRight: v.riskStillRight === 'yes',
          riskComment: v.riskComment,
          actionsAgreed: v.actionsAgreed,
          nextReviewOn: date.value,
          comments: v.comments,
        },
        { ip: request.ip },
      );
      return reply.redirect(`/cases/${request.params.id}/reviews?done=recorded`, 303);
    } catch (err) {
      if (err instanceof CaseRuleError) return show(formError(err.field === 'nextReviewOn' ? 'nextReview-day' : err.field, err.message));
      if (replyToAccessError(reply, err)) return reply;
      throw err;
    }
  });
}
