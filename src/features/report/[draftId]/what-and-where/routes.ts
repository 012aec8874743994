/**
 * GET/POST /report/:draftId/what-and-where — category, type, when, where, description, other
 * people and flags. "Find place", "Add another person" and "Remove" re-show the form (200)
 * without checking it; "Continue" checks it (400 with every problem) and saves it.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { validateForm } from '../../../../platform/forms.js';
import { searchGazetteer } from '../../../../db/repositories/gazetteer.js';
import { updateReportDraft } from '../../../../services/report-drafts/update-report-draft.js';
import { draftFor, formBody, nextPath, reportGuard } from '../../_shared/report-page.js';
import { applyPartyAction, postedAction, whatAndWhereValues } from './form-values.js';
import { settlePlace } from './place.js';
import { whatAndWhereSchema } from './schema.js';
import { formContext, whatAndWherePage } from './view-model.js';

const VIEW = 'features/report/[draftId]/what-and-where/view.njk';

export default async function whatAndWhereRoutes(app: FastifyInstance, { db, config }: AppDeps) {
  const map = { tileUrl: config.mapTileUrl, attribution: config.mapTileAttribution };

  app.get('/report/:draftId/what-and-where', reportGuard, async (request, reply) => {
    const draft = await draftFor(db, request);
    if (!draft) return reply.callNotFound();
    return reply.view(VIEW, await whatAndWherePage(db, request.actor!, draft, { map }));
  });

  app.post('/report/:draftId/what-and-where', reportGuard, async (request, reply) => {
    const draft = await draftFor(db, request);
    if (!draft) return reply.callNotFound();
    const body = formBody(request);
    const action = postedAction(body);
    const values = applyPartyAction(settlePlace(whatAndWhereValues(body)), action);
    if (action.kind !== 'continue') {
      const placeResults = action.kind === 'find-place' ? await searchGazetteer(db, String(values.placeQuery)) : undefined;
      return reply.view(VIEW, await whatAndWherePage(db, request.actor!, draft, { values, placeResults, map }));
    }
    const form = validateForm(whatAndWhereSchema((await formContext(db, new Date())).context), values);
    if (!form.ok) return reply.code(400).view(VIEW, await whatAndWherePage(db, request.actor!, draft, { values, errors: form.errors, map }));
    const whatAndWhere = { values };
    await updateReportDraft(db, request.actor!, draft.id, { whatAndWhere });
    return reply.redirect(nextPath({ ...draft, data: { ...draft.data, whatAndWhere } }), 303);
  });
}
