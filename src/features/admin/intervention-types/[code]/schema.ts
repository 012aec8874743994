import { z } from 'zod';
import { interventionTypeFields } from '../fields.js';

/** Change-an-intervention-type form (GOV.UK wording). */
export const editInterventionTypeSchema = z.object({
  ...interventionTypeFields,
  active: z.enum(['yes', 'no'], { error: 'Select yes if staff can record this type' }).transform((v) => v === 'yes'),
});
