/**
 * The "Add a person to the case" forms (GOV.UK wording): the search by name (GET), and the
 * choice of a person found or a new person with their details, and their role on the case.
 * Dates of birth are GOV.UK date inputs (`new-dob-day` …).
 */
import { z } from 'zod';
import type { CasePartyRole } from '../../../../../db/schema.js';
import { isCasePartyRole } from '../../../../../domain/cases/parties.js';
import { emailKey, phoneKey, postcodeKey } from '../../../../../domain/people/normalise.js';
import type { AddPartyInput } from '../../../../../services/cases/add-party.js';
import { readDate } from '../../../../report/_shared/date-time.js';
import { asText } from '../../../_core/page.js';

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

const text = z.preprocess(asText, z.string());

/** The choice form, checked in one pass. */
export const addPartySchema = (now: Date) =>
  z
    .looseObject({ person: text, role: text, ...Object.fromEntries(NEW_FIELDS.map((f) => [f, text])) })
    .transform((raw, ctx): AddPartyInput => {
      const v = raw as Record<string, string>;
      const issue = (bad: boolean, path: string, message: string) => bad && ctx.addIssue({ code: 'custom', path: [path], message });
      const long = (f: string, name: string, max: number) =>
        issue((v[f] ?? '').length > max, f, `${name} must be ${max} characters or fewer`);
      issue(!v.person, 'person', 'Select a person from the search results, or record a new person');
      const isNew = v.person === 'new';
      const dob = isNew
        ? readDate(v, 'new-dob', { date: 'Date of birth', enter: 'Enter their date of birth' }, { required: false, now })
        : ({ ok: true, value: null } as const);
      if (isNew) {
        issue(!v['new-forename'], 'new-forename', 'Enter their first name');
        long('new-forename', 'First name', 100);
        issue(!v['new-surname'], 'new-surname', 'Enter their last name');
        long('new-surname', 'Last name', 100);
        if (!dob.ok) issue(true, dob.field, dob.message);
        long('new-address', 'Address', 200);
        issue(!!v['new-postcode'] && !postcodeKey(v['new-postcode']!), 'new-postcode', 'Enter a real postcode');
        issue(
          !!v['new-phone'] && !phoneKey(v['new-phone']!),
          'new-phone',
          'Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
        );
        issue(
          !!v['new-email'] && !emailKey(v['new-email']!),
          'new-email',
          'Enter an email address in the correct format, like name@example.com',
        );
      }
      issue(!isCasePartyRole(v.role ?? ''), 'role', 'Select their role in the case');
      const role = v.role as CasePartyRole;
      if (!isNew) return { role, personId: v.person! };
      const orNull = (s: string | undefined) => s || null;
      return {
        role,
        person: {
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
