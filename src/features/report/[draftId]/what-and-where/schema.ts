/**
 * The "What happened and where" form (GOV.UK wording): category, type, when it happened and was
 * reported (date inputs with a time), the place, the description, other people involved and the
 * flags. The output is the typed answer the check-answers page shows and the report records.
 */
import { z } from 'zod';
import { ASB_CATEGORIES, type CategoryCode } from '../../../../domain/classification/categories.js';
import { readDateTime } from '../../_shared/date-time.js';
import { asText } from '../../_shared/report-page.js';
import { readParties, type OtherParty, type PartyValues } from './parties.js';
import { readPlace, type PlaceContext, type PlaceValue } from './place.js';

export const DESCRIPTION_MAX = 5000;

export interface WhatAndWhereContext extends PlaceContext {
  now: Date;
  /** Active incident types. */
  typeCodes: readonly string[];
}

export interface WhatAndWhere {
  category: CategoryCode;
  incidentTypeCode: string;
  occurredFrom: Date;
  occurredTo: Date | null;
  /** Whether a time was given with each date (otherwise the day's start, or its end for "to"). */
  timesGiven: { from: boolean; to: boolean };
  reportedAt: Date;
  place: PlaceValue;
  description: string;
  parties: OtherParty[];
  crimeLinked: boolean;
  crimeReference: string | null;
  childInvolved: boolean;
}

const WHEN = {
  from: { date: 'Date the incident happened', enter: 'Enter the date the incident happened', time: 'Time the incident happened' },
  to: { date: 'Date the incident ended', enter: 'Enter the date the incident ended', time: 'Time the incident ended' },
  reported: { date: 'Date it was reported', enter: 'Enter the date it was reported', time: 'Time it was reported' },
};

const CATEGORY_CODES = ASB_CATEGORIES.map((c) => c.code) as [CategoryCode, ...CategoryCode[]];

const text = z.preprocess(asText, z.string());

/**
 * The form's schema for this moment, these types and districts. Every field is read in one
 * pass, in the page's order, so the error summary lists every problem at once.
 */
export function whatAndWhereSchema(ctx: WhatAndWhereContext) {
  return z
    .looseObject({ category: text, incidentType: text, description: text, crimeReference: text, crimeLinked: text, childInvolved: text })
    .transform((v, zc): WhatAndWhere => {
      const issue = (field: string, message: string) => zc.addIssue({ code: 'custom', path: [field], message });
      if (!(CATEGORY_CODES as readonly string[]).includes(v.category)) issue('category', 'Select a category');
      if (!ctx.typeCodes.includes(v.incidentType)) issue('incidentType', 'Select the type of incident');
      const from = readDateTime(v, 'occurredFrom', WHEN.from, { required: true, now: ctx.now });
      const to = readDateTime(v, 'occurredTo', WHEN.to, { required: false, now: ctx.now, endOfDay: true });
      const reported = readDateTime(v, 'reported', WHEN.reported, { required: true, now: ctx.now });
      for (const r of [from, to, reported]) if (!r.ok) issue(r.field, r.message);
      if (from.ok && to.ok && to.value && from.value && to.value < from.value) {
        issue('occurredTo-day', 'Date the incident ended must be the same as or after the date it happened');
      }
      if (from.ok && reported.ok && from.value && reported.value && reported.value < from.value) {
        issue('reported-day', 'Date it was reported must be the same as or after the date the incident happened');
      }
      const place = readPlace(v, ctx);
      place.issues.forEach((i) => issue(i.field, i.message));
      if (!v.description) issue('description', 'Enter a description of what happened');
      if (v.description.length > DESCRIPTION_MAX) issue('description', `Description must be ${DESCRIPTION_MAX} characters or fewer`);
      const parties = readParties((v.parties ?? []) as PartyValues[], ctx.now);
      parties.issues.forEach((i) => issue(i.field, i.message));
      const crimeLinked = v.crimeLinked === 'yes';
      if (crimeLinked && !v.crimeReference) issue('crimeReference', 'Enter the crime reference');
      if (v.crimeReference.length > 50) issue('crimeReference', 'Crime reference must be 50 characters or fewer');
      return {
        category: v.category as CategoryCode,
        incidentTypeCode: v.incidentType,
        occurredFrom: from.ok && from.value ? from.value : ctx.now,
        occurredTo: to.ok ? to.value : null,
        timesGiven: { from: from.ok && from.hasTime, to: to.ok && to.hasTime },
        reportedAt: reported.ok && reported.value ? reported.value : ctx.now,
        place: place.place,
        description: v.description,
        parties: parties.parties,
        crimeLinked,
        crimeReference: crimeLinked ? v.crimeReference : null,
        childInvolved: v.childInvolved === 'yes',
      };
    });
}
