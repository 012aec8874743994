/** Form fields shared by the add and edit incident-type pages (GOV.UK wording). */
import { z } from 'zod';

export const incidentTypeFields = {
  name: z
    .string({ error: 'Enter the incident type name' })
    .trim()
    .min(1, 'Enter the incident type name')
    .max(200, 'Incident type name must be 200 characters or fewer'),
  description: z
    .string()
    .trim()
    .max(1000, 'Description must be 1000 characters or fewer')
    .optional()
    .transform((v) => v ?? ''),
  nsirType: z
    .string()
    .trim()
    .max(200, 'NSIR type must be 200 characters or fewer')
    .optional()
    .transform((v) => v || null),
};
