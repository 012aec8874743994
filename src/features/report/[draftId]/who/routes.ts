/**
 * GET /report/:draftId/who — who is reporting: search, candidates, choice; once chosen, the
 * person and the checks panel. POST /report/:draftId/who/search saves a search (then shows its
 * candidates); POST /report/:draftId/who saves the choice and the caller's role.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { formError, validateForm } from '../../../../platform/forms.js';
import { updateReportDraft } from '../../../../services/report-drafts/update-report-draft.js';
import { draftFor, formBody, reportGuard, stepPath } from '../../_shared/report-page.js';
import { choiceSchema, NEW_FIELDS, pick, SEARCH_FIELDS, searchSchema } from './schema.js';
import { chosenPerson, whoPage } from './view-model.js';

const VIEW = 'features/report/[draftId]/who/view.njk';

export default async function whoRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/report/:draftId/who', reportGuard, async (request, reply) => {
    const draft = await draftFor(db, request);
    if (!draft) return reply.callNotFound();
    return reply.view(VIEW, await whoPage(db, request.actor!, draft, { ip: request.ip }));
  });

  app.post('/report/:draftId/who/search', reportGuard, async (request, reply) => {
    const draft = await draftFor(db, request);
    if (!draft) return reply.callNotFound();
    const searchValues = pick(formBody(request), SEARCH_FIELDS);
    const form = validateForm(searchSchema(new Date()), searchValues);
    if (!form.ok) return reply.code(400).view(VIEW, await whoPage(db, request.actor!, draft, { searchValues, errors: form.errors }));
    await updateReportDraft(db, request.actor!, draft.id, { whoSearch: searchValues });
    return reply.redirect(`${stepPath(draft.id, 'who')}#results`, 303);
  });

  app.post('/report/:draftId/who', reportGuard, async (request, reply) => {
    const draft = await draftFor(db, request);
    if (!draft) return reply.callNotFound();
    const choiceValues = pick(formBody(request), ['person', 'role', ...NEW_FIELDS]);
    const form = validateForm(choiceSchema(new Date()), choiceValues);
    const chosen = form.ok ? await chosenPerson(db, request.actor!, draft, form.value, request.ip) : undefined;
    if (!chosen) {
      const errors = form.ok ? formError('person', 'Select the person reporting, or record a new person') : form.errors;
      return reply.code(400).view(VIEW, await whoPage(db, request.actor!, draft, { choiceValues, errors, ip: request.ip }));
    }
    await updateReportDraft(db, request.actor!, draft.id, { who: { values: choiceValues, chosen } });
    return reply.redirect(`${stepPath(draft.id, 'who')}#chosen`, 303);
  });
}
