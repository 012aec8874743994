import { z } from 'zod';
import { incidentTypeFields } from '../fields.js';

/** Edit-an-incident-type form (GOV.UK wording). */
export const editIncidentTypeSchema = z.object({
  ...incidentTypeFields,
  active: z.enum(['yes', 'no'], { error: 'Select yes if staff can choose this incident type' }).transform((v) => v === 'yes'),
});
