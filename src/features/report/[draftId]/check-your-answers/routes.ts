/**
 * GET /report/:draftId/check-your-answers — every answer with Change links, the checks and the
 * lead agency suggestion. POST saves the report (recordIncident), deletes the draft and goes to
 * the confirmation page. A draft with a page missing or no longer valid goes back to that page.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { validateForm, type FormErrors } from '../../../../platform/forms.js';
import { recordIncident } from '../../../../services/report/record-incident.js';
import { ReportInputError } from '../../../../services/report/errors.js';
import { deleteReportDraft } from '../../../../services/report-drafts/delete-report-draft.js';
import type { ReportDraft } from '../../../../services/report-drafts/report-draft.js';
import { draftFor, formBody, reportGuard, stepPath } from '../../_shared/report-page.js';
import { readDraft, type ReadReport } from './read-draft.js';
import { recordInput, stepForField } from './record-input.js';
import { saveReportSchema } from './schema.js';
import { checkAnswersPage, leadSuggestion, reportChecks } from './view-model.js';

const VIEW = 'features/report/[draftId]/check-your-answers/view.njk';

export default async function checkYourAnswersRoutes(app: FastifyInstance, { db }: AppDeps) {
  /** The draft and its typed report; or null (not found); or the page to go back to. */
  async function load(request: FastifyRequest): Promise<{ draft: ReportDraft; report: ReadReport } | { back: string } | null> {
    const draft = await draftFor(db, request);
    if (!draft) return null;
    const read = await readDraft(db, draft);
    return read.ok ? { draft, report: read.report } : { back: stepPath(draft.id, read.step) };
  }

  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    loaded: { draft: ReportDraft; report: ReadReport },
    input: { lead?: unknown; errors?: FormErrors } = {},
  ) {
    const checks = await reportChecks(db, request.actor!, loaded.draft, loaded.report);
    const page = await checkAnswersPage(db, loaded.draft, loaded.report, checks, input);
    return reply.code(input.errors ? 400 : 200).view(VIEW, page);
  }

  app.get('/report/:draftId/check-your-answers', reportGuard, async (request, reply) => {
    const loaded = await load(request);
    if (!loaded) return reply.callNotFound();
    return 'back' in loaded ? reply.redirect(loaded.back, 303) : show(request, reply, loaded);
  });

  app.post('/report/:draftId/check-your-answers', reportGuard, async (request, reply) => {
    const loaded = await load(request);
    if (!loaded) return reply.callNotFound();
    if ('back' in loaded) return reply.redirect(loaded.back, 303);
    const body = formBody(request);
    const form = validateForm(saveReportSchema, body);
    if (!form.ok) return show(request, reply, loaded, { lead: body.leadAgency, errors: form.errors });
    const suggestion = leadSuggestion(loaded.report, await reportChecks(db, request.actor!, loaded.draft, loaded.report));
    try {
      const saved = await recordIncident(db, request.actor!, recordInput(loaded.report, form.value.leadAgency, suggestion, request.ip));
      await deleteReportDraft(db, request.actor!, loaded.draft.id);
      return reply.redirect(`/report/done/${saved.incidentId}`, 303);
    } catch (err) {
      if (!(err instanceof ReportInputError)) throw err;
      const href = stepPath(loaded.draft.id, stepForField(err.field));
      return show(request, reply, loaded, { lead: body.leadAgency, errors: { list: [{ text: err.message, href }], fields: {} } });
    }
  });
}
