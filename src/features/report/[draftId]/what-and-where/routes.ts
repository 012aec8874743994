/**
 * GET/POST /report/:draftId/what-and-where — category, type, when, where, description, other
 * people and flags. "Find place", "Add another person" and "Remove" re-show the form (200)
 * without checking it; a row's "Find matches" checks that row's name and date of birth (400) and
 * re-shows the form with its candidates; "Continue" checks it (400 with every problem, including
 * a match that is not one of the row's candidates) and saves it.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { validateForm } from '../../../../platform/forms.js';
import { searchPlaces } from '../../../../services/geography/search-places.js';
import { updateReportDraft } from '../../../../services/report-drafts/update-report-draft.js';
import { draftFor, formBody, nextPath, reportGuard } from '../../_shared/report-page.js';
import { applyPartyAction, postedAction, whatAndWhereValues } from './form-values.js';
import type { PartyValues } from './parties.js';
import { findPartyMatches, matchIssues, partyQuery, searchedRow, withIssues } from './party-matches.js';
import { settlePlace } from './place.js';
import { whatAndWhereSchema } from './schema.js';
import { formContext, whatAndWherePage, type WhatAndWherePageInput } from './view-model.js';

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
    let values = applyPartyAction(settlePlace(whatAndWhereValues(body)), action);
    const page = (input: Partial<Pick<WhatAndWherePageInput, 'errors' | 'placeResults' | 'partyMatches'>> = {}) =>
      whatAndWherePage(db, request.actor!, draft, { values, map, ip: request.ip, ...input });
    if (action.kind === 'find-party') {
      const rows = values.parties as PartyValues[];
      const row = rows[action.index];
      const { issues } = row ? partyQuery(row, action.index, new Date()) : { issues: [] };
      if (issues.length) return reply.code(400).view(VIEW, await page({ errors: withIssues(undefined, issues) }));
      if (row) values = { ...values, parties: rows.map((r, i) => (i === action.index ? searchedRow(r) : r)) };
      return reply.view(VIEW, await page());
    }
    if (action.kind !== 'continue') {
      const placeResults = action.kind === 'find-place' ? await searchPlaces(db, String(values.placeQuery)) : undefined;
      return reply.view(VIEW, await page(placeResults ? { placeResults } : {}));
    }
    const now = new Date();
    const form = validateForm(whatAndWhereSchema((await formContext(db, now)).context), values);
    const rows = values.parties as PartyValues[];
    const partyMatches = await findPartyMatches(db, request.actor!, rows, { now, ip: request.ip });
    const matched = matchIssues(rows, partyMatches);
    if (!form.ok || matched.length)
      return reply.code(400).view(VIEW, await page({ errors: withIssues(form.ok ? undefined : form.errors, matched), partyMatches }));
    const whatAndWhere = { values };
    await updateReportDraft(db, request.actor!, draft.id, { whatAndWhere });
    return reply.redirect(nextPath({ ...draft, data: { ...draft.data, whatAndWhere } }), 303);
  });
}
