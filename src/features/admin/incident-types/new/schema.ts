import { z } from 'zod';
import { incidentTypeFields } from '../fields.js';

/** Add-an-incident-type form (GOV.UK wording). */
export const newIncidentTypeSchema = z.object({
  code: z
    .string({ error: 'Enter a code' })
    .trim()
    .min(1, 'Enter a code')
    .max(50, 'Code must be 50 characters or fewer')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Code must only include lowercase letters, numbers and hyphens, like street-drinking'),
  ...incidentTypeFields,
});
