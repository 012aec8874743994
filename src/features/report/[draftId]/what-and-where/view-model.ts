/**
 * The what-and-where page's view model: GOV.UK items for the category radios and the type
 * select, the three date-and-time questions, the place (search results, the point chosen, the
 * map's settings, the district select), the other people's rows (with their matches to people
 * already known, after "Find matches") and the checks panel.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.js';
import type { Actor } from '../../../../domain/access/roles.js';
import { ASB_CATEGORIES } from '../../../../domain/classification/categories.js';
import type { FormErrors } from '../../../../platform/forms.js';
import type { GazetteerPlace } from '../../../../services/geography/search-places.js';
import type { PersonCandidate } from '../../../../services/people/search-people.js';
import { listWhatAndWhereChoices } from '../../../../services/report/list-what-and-where-choices.js';
import type { ReportDraft } from '../../../../services/report-drafts/report-draft.js';
import { checksForDraft } from '../../_shared/draft-checks.js';
import { dateItems, dateTimeValues } from '../../_shared/date-time.js';
import { asText, stepPath } from '../../_shared/report-page.js';
import { partyItems, type PartyValues } from './parties.js';
import { findPartyMatches, matchView } from './party-matches.js';
import { placeChoiceValue } from './place.js';
import { DESCRIPTION_MAX, type WhatAndWhereContext } from './schema.js';

const KIND: Record<GazetteerPlace['kind'], string> = { street: 'Street (police.uk)', ward: 'Ward', lsoa: 'Neighbourhood (LSOA)' };

/** What the form's schema and the page both need: active types, districts, boundaries. */
export async function formContext(db: Kysely<Database>, now: Date) {
  const { incidentTypes, districts, boundariesLoaded } = await listWhatAndWhereChoices(db);
  const active = incidentTypes.filter((t) => t.active);
  const context: WhatAndWhereContext = {
    now,
    typeCodes: active.map((t) => t.code),
    districtCodes: districts.map((d) => d.code),
    boundariesLoaded,
  };
  return { context, types: active, districts };
}

export interface WhatAndWherePageInput {
  values?: Record<string, unknown>;
  errors?: FormErrors | undefined;
  /** Gazetteer results after "Find place" (undefined when no search was made). */
  placeResults?: GazetteerPlace[] | undefined;
  map: { tileUrl?: string | undefined; attribution: string };
  /** The other people's candidates when already searched (see findPartyMatches); default searched here. */
  partyMatches?: (PersonCandidate[] | null)[] | undefined;
  ip?: string | null | undefined;
}

/** A first visit: reported now, one empty row for another person. */
function firstValues(now: Date): Record<string, unknown> {
  return { ...dateTimeValues('reported', now), parties: [{}] };
}

/** The page's template context. */
export async function whatAndWherePage(db: Kysely<Database>, actor: Actor, draft: ReportDraft, input: WhatAndWherePageInput) {
  const now = new Date();
  const { types, districts, context } = await formContext(db, now);
  const values = input.values ?? draft.data.whatAndWhere?.values ?? firstValues(now);
  const errors = input.errors;
  const v = (k: string) => asText(values[k]);
  const rows = (values.parties ?? [{}]) as PartyValues[];
  const found = input.partyMatches ?? (await findPartyMatches(db, actor, rows, { now, ip: input.ip ?? null }));
  const dates = (prefix: string) => ({ items: dateItems(prefix, values, !!errors?.fields[`${prefix}-day`]), time: v(`${prefix}-time`) });
  return {
    title: 'What happened and where?',
    action: stepPath(draft.id, 'what-and-where'),
    backHref: stepPath(draft.id, 'questions'),
    values,
    errors,
    categoryItems: ASB_CATEGORIES.map((c) => ({
      value: c.code,
      text: c.name,
      hint: { text: c.description },
      checked: v('category') === c.code,
    })),
    typeItems: [
      { value: '', text: 'Select a type' },
      ...types.map((t) => ({ value: t.code, text: t.name, selected: v('incidentType') === t.code })),
    ],
    from: dates('occurredFrom'),
    to: dates('occurredTo'),
    reported: dates('reported'),
    place: {
      searched: input.placeResults !== undefined,
      results: (input.placeResults ?? []).map((p) => ({
        value: placeChoiceValue(p),
        text: p.label,
        hint: { text: [KIND[p.kind], p.districtName].filter(Boolean).join(', ') },
      })),
      chosen: v('lat') && v('lon') ? { label: v('placeLabel') || 'Point chosen on the map', lat: v('lat'), lon: v('lon') } : null,
      districtItems: [
        { value: '', text: 'Select a district' },
        ...districts.map((d) => ({ value: d.code, text: d.name, selected: v('district') === d.code })),
      ],
      boundariesLoaded: context.boundariesLoaded,
    },
    map: {
      tileUrl: input.map.tileUrl ?? '',
      attribution: input.map.attribution,
      gazetteerUrl: '/report/gazetteer',
      outlinesUrl: '/report/gazetteer/districts.geojson',
    },
    descriptionMax: DESCRIPTION_MAX,
    parties: partyItems(rows, errors).map((item, i) => ({ ...item, matches: matchView(rows[i]!, i, found[i] ?? null, errors) })),
    checks: await checksForDraft(db, actor, draft),
    checksCollapsed: true,
  };
}
