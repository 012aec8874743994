import { z } from 'zod';
import type { OrganisationKind } from '../../../../db/schema.js';
import { ORGANISATION_KINDS } from '../kinds.js';

const KIND_CODES = ORGANISATION_KINDS.map((k) => k.code) as [OrganisationKind, ...OrganisationKind[]];
const EMAIL_FORMAT = 'Enter an email address in the correct format, like name@example.org';

/** Add-an-organisation form (GOV.UK wording); `districtCodes` are the districts on offer. */
export function organisationSchema(districtCodes: string[]) {
  return z.object({
    name: z
      .string({ error: 'Enter the organisation name' })
      .trim()
      .min(1, 'Enter the organisation name')
      .max(200, 'Organisation name must be 200 characters or fewer'),
    kind: z.enum(KIND_CODES, { error: 'Select the kind of organisation' }),
    districtCode: z
      .string()
      .optional()
      .refine((v) => !v || districtCodes.includes(v), 'Select a district from the list')
      .transform((v) => v || null),
    contactEmail: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || z.email().safeParse(v).success, EMAIL_FORMAT)
      .transform((v) => v || null),
  });
}
