/**
 * Bodies of POST /api/v1/checks/point-of-report and POST /api/v1/incidents (issue 3, "For other
 * systems"), with messages in GOV.UK wording, and the 400 body `{ error: 'bad_request', message,
 * field }` where `field` is the path of the first field at fault, e.g. "location.lat",
 * "parties.0.person.surname". Unknown fields are refused, so a misspelt field is not silently
 * ignored. Instants are ISO 8601 date-times with an offset ("2026-03-14T21:30:00Z").
 */
import { z } from 'zod';
import { ASB_CATEGORIES } from '../../domain/classification/categories.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROLES = ['victim', 'complainant', 'witness', 'perpetrator', 'subject'] as const;
const CATEGORIES = ASB_CATEGORIES.map((c) => c.code) as ['personal', 'nuisance', 'environmental'];

const text = (what: string, max: number) =>
  z.string({ error: `${what} must be text` }).max(max, { error: `${what} must be ${max} characters or fewer` });
const uuid = (message: string) => z.string({ error: message }).regex(UUID, { error: message });
const instant = (what: string) =>
  z.iso.datetime({ offset: true, error: `${what} must be a date and time like 2026-03-14T21:30:00Z` }).transform((s) => new Date(s));
const yesNo = (what: string) => z.boolean({ error: `${what} must be true or false` });

/** A person as the caller describes them (every field optional). */
export const personSchema = z.strictObject({
  forename: text('First name', 100).optional(),
  surname: text('Last name', 100).optional(),
  dateOfBirth: z
    .string({ error: 'Date of birth must be a real date, like 1980-04-02' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Date of birth must be a real date, like 1980-04-02' })
    .optional(),
  postcode: text('Postcode', 10).optional(),
  phone: text('Phone number', 30).optional(),
  email: text('Email address', 254).optional(),
  address: text('Address', 500).optional(),
});

const latitude = z
  .number({ error: 'Enter the latitude as a number of degrees' })
  .min(-90, { error: 'Latitude must be between -90 and 90' })
  .max(90, { error: 'Latitude must be between -90 and 90' });
const longitude = z
  .number({ error: 'Enter the longitude as a number of degrees' })
  .min(-180, { error: 'Longitude must be between -180 and 180' })
  .max(180, { error: 'Longitude must be between -180 and 180' });
const category = z.enum(CATEGORIES, { error: 'Category must be personal, nuisance or environmental' });
const incidentType = text('Incident type', 60);

const named = (p: z.infer<typeof personSchema> | undefined) => !!p && [p.forename, p.surname].some((s) => !!s && s.trim() !== '');

/** POST /api/v1/checks/point-of-report. personId, perpetratorPersonIds, category and vulnerabilityFactors extend the issue's body. */
export const checksBodySchema = z
  .strictObject(
    {
      person: personSchema.optional(),
      personId: uuid('personId must be a person id from a search').optional(),
      location: z.strictObject({ lat: latitude, lon: longitude }, { error: 'location must be an object with lat and lon' }).optional(),
      incidentType: incidentType.optional(),
      category: category.optional(),
      hateRelated: yesNo('hateRelated').optional(),
      perpetratorPersonIds: z.array(uuid('Each perpetrator must be a person id from a search')).max(20).optional(),
      vulnerabilityFactors: z.array(text('A vulnerability factor', 60)).max(20).optional(),
    },
    { error: 'Send a JSON object' },
  )
  .refine((b) => named(b.person) || !!b.location || !!b.personId, {
    error: 'Enter a name (person.forename or person.surname) or a location',
    path: ['person'],
  });

export type ChecksBody = z.infer<typeof checksBodySchema>;

const partySchema = z
  .strictObject({
    role: z.enum(ROLES, { error: 'Role must be victim, complainant, witness, perpetrator or subject' }),
    personId: uuid('personId must be a person id from a search').optional(),
    person: personSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (!p.personId === !p.person)
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Give either personId or person, not both' });
    else if (p.person && !p.person.forename?.trim())
      ctx.addIssue({ code: 'custom', path: ['person', 'forename'], message: 'Enter the first name' });
    else if (p.person && !p.person.surname?.trim())
      ctx.addIssue({ code: 'custom', path: ['person', 'surname'], message: 'Enter the last name' });
  });

/** POST /api/v1/incidents. The issue's body plus districtCode, childInvolved, channel, callAnswers and leadAgency. */
export const incidentBodySchema = z.strictObject(
  {
    reportedAt: instant('reportedAt').optional(),
    occurredFrom: instant('occurredFrom').optional(),
    occurredTo: instant('occurredTo').optional(),
    category: category.optional(),
    incidentType: incidentType.optional(),
    description: text('Description', 5000).optional(),
    location: z
      .strictObject(
        { lat: latitude.optional(), lon: longitude.optional(), text: text('Location text', 500).optional() },
        { error: 'location must be an object' },
      )
      .optional(),
    districtCode: z
      .string({ error: 'districtCode must be a GSS code' })
      .regex(/^E0[67]\d{6}$/, { error: 'districtCode must be a GSS district code, like E06000016' })
      .optional(),
    hateRelated: yesNo('hateRelated').optional(),
    crimeReference: text('Crime reference', 50).optional(),
    childInvolved: yesNo('childInvolved').optional(),
    channel: z
      .enum(['phone', 'online', 'in person', 'email', 'partner referral'], {
        error: 'channel must be phone, online, in person, email or partner referral',
      })
      .optional(),
    parties: z.array(partySchema, { error: 'parties must be a list' }).max(50).default([]),
    callAnswers: z
      .strictObject({
        happenedBefore: z.enum(['yes', 'no', 'not-known'], { error: 'happenedBefore must be yes, no or not-known' }).optional(),
        vulnerabilityFactors: z.array(text('A vulnerability factor', 60)).max(20).optional(),
        hateRelated: yesNo('callAnswers.hateRelated').optional(),
        immediateDanger: yesNo('immediateDanger').optional(),
        callerWants: text('What the caller wants', 1000).optional(),
      })
      .optional(),
    leadAgency: z
      .strictObject({
        lead: z.enum(['police', 'partner'], { error: 'leadAgency.lead must be police or partner' }),
        reason: text('The reason for the lead agency', 500).optional(),
      })
      .optional(),
  },
  { error: 'Send a JSON object' },
);

export type IncidentBody = z.infer<typeof incidentBodySchema>;

/** The API's 400 body for the first issue: `field` is its dotted path (an unknown key included). */
export function badRequest(issues: readonly z.core.$ZodIssue[]) {
  const issue = issues[0];
  if (!issue) return { error: 'bad_request' as const, message: 'Bad request', field: 'body' };
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return { error: 'bad_request' as const, message: `Unknown field ${[...path, key].join('.')}`, field: [...path, key].join('.') };
  }
  return { error: 'bad_request' as const, message: issue.message, field: path.join('.') || 'body' };
}
