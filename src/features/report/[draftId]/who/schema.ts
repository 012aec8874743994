/**
 * The "Who is reporting" forms (GOV.UK wording): the person search, and the choice of a
 * candidate or a new person with the caller's role. Dates of birth are GOV.UK date inputs
 * (`dob-day` …, `new-dob-day` …).
 */
import { z } from 'zod';
import type { PersonQuery } from '../../../../services/people/search-people.js';
import { emailKey, nameKey, phoneKey, postcodeKey } from '../../../../domain/people/normalise.js';
import { readDate } from '../../_shared/date-time.js';
import { asText } from '../../_shared/report-page.js';

export const SEARCH_FIELDS = ['forename', 'surname', 'dob-day', 'dob-month', 'dob-year', 'address', 'postcode', 'phone', 'email'] as const;
export const NEW_FIELDS = [
  'new-forename',
  'new-surname',
  'new-dob-day',
  'new-dob-month',
  'new-dob-year',
  'new-address',
  'new-postcode',
  'new-phone',
  'new-email',
] as const;
export const CALLER_ROLES = ['victim', 'complainant', 'witness'] as const;
export type CallerRole = (typeof CALLER_ROLES)[number];

const DOB = { date: 'Date of birth', enter: 'Enter their date of birth' };
const EMAIL = 'Enter an email address in the correct format, like name@example.com';
const PHONE = 'Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192';
const POSTCODE = 'Enter a real postcode';

/** Only the named fields, as trimmed text. */
export function pick(body: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, asText(body[f])]));
}

const text = z.preprocess(asText, z.string());

/** Adds an issue for `field` when `bad`. */
function check(ctx: z.RefinementCtx, bad: boolean, field: string, message: string): void {
  if (bad) ctx.addIssue({ code: 'custom', path: [field], message });
}

const tooLong = (ctx: z.RefinementCtx, v: Record<string, unknown>, field: string, name: string, max: number) =>
  check(ctx, asText(v[field]).length > max, field, `${name} must be ${max} characters or fewer`);

/** The search form, checked in one pass; its output is the PersonQuery for searchPeople. */
export const searchSchema = (now: Date) =>
  z
    .looseObject({ forename: text, surname: text, address: text, postcode: text, phone: text, email: text })
    .transform((v, ctx): PersonQuery => {
      check(
        ctx,
        !nameKey(v.forename, v.surname) && !v.phone && !v.email && !v.postcode,
        'forename',
        'Enter a name, phone number, email address or postcode',
      );
      tooLong(ctx, v, 'forename', 'First name', 100);
      tooLong(ctx, v, 'surname', 'Last name', 100);
      const dob = readDate(v, 'dob', DOB, { required: false, now });
      if (!dob.ok) check(ctx, true, dob.field, dob.message);
      tooLong(ctx, v, 'address', 'Address', 200);
      check(ctx, !!v.postcode && !postcodeKey(v.postcode), 'postcode', POSTCODE);
      check(ctx, !!v.phone && !phoneKey(v.phone), 'phone', PHONE);
      check(ctx, !!v.email && !emailKey(v.email), 'email', EMAIL);
      const query: PersonQuery = {
        forename: v.forename,
        surname: v.surname,
        address: v.address,
        postcode: v.postcode,
        phone: v.phone,
        email: v.email,
      };
      if (dob.ok && dob.value) query.dateOfBirth = dob.value;
      return query;
    });

/** A new person as recorded with the report. */
export interface NewPersonValue {
  forename: string;
  surname: string;
  dateOfBirth: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
}

export type ChoiceValue = { role: CallerRole } & ({ personId: string; newPerson: null } | { personId: null; newPerson: NewPersonValue });

/** The choice form, checked in one pass: a candidate's id or 'new', the new person's details, and the role. */
export const choiceSchema = (now: Date) =>
  z
    .looseObject({ person: text, role: text, ...Object.fromEntries(NEW_FIELDS.map((f) => [f, text])) })
    .transform((raw, ctx): ChoiceValue => {
      const v = raw as Record<string, string>;
      const role = v.role as CallerRole;
      check(ctx, !v.person, 'person', 'Select the person reporting, or record a new person');
      const isNew = v.person === 'new';
      if (isNew) {
        check(ctx, !v['new-forename'], 'new-forename', 'Enter their first name');
        tooLong(ctx, v, 'new-forename', 'First name', 100);
        check(ctx, !v['new-surname'], 'new-surname', 'Enter their last name');
        tooLong(ctx, v, 'new-surname', 'Last name', 100);
      }
      const dob = isNew ? readDate(v, 'new-dob', DOB, { required: false, now }) : ({ ok: true, value: null } as const);
      if (!dob.ok) check(ctx, true, dob.field, dob.message);
      if (isNew) {
        tooLong(ctx, v, 'new-address', 'Address', 200);
        check(ctx, !!v['new-postcode'] && !postcodeKey(v['new-postcode']), 'new-postcode', POSTCODE);
        check(ctx, !!v['new-phone'] && !phoneKey(v['new-phone']), 'new-phone', PHONE);
        check(ctx, !!v['new-email'] && !emailKey(v['new-email']), 'new-email', EMAIL);
      }
      check(
        ctx,
        !(CALLER_ROLES as readonly string[]).includes(role),
        'role',
        'Select whether the caller is a victim, complainant or witness',
      );
      if (!isNew) return { role, personId: v.person!, newPerson: null };
      const orNull = (s: string | undefined) => s || null;
      return {
        role,
        personId: null,
        newPerson: {
          forename: v['new-forename']!,
          surname: v['new-surname']!,
          dateOfBirth: dob.ok ? dob.value : null,
          address: orNull(v['new-address']),
          postcode: orNull(v['new-postcode']),
          phone: orNull(v['new-phone']),
          email: orNull(v['new-email']),
        },
      };
    });

/** The new-person fields filled in from a search, so the call handler does not type them twice. */
export function newPersonFromSearch(search: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(SEARCH_FIELDS.map((f) => [`new-${f}`, asText(search[f])]));
}
