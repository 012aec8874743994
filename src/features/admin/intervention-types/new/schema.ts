import { z } from 'zod';
import { INTERVENTION_TYPE_CODE } from '../../../../services/powers/admin-intervention-types.js';
import { interventionTypeFields } from '../fields.js';

/** Add-an-intervention-type form (GOV.UK wording). */
export const newInterventionTypeSchema = z.object({
  code: z
    .string({ error: 'Enter a code' })
    .trim()
    .min(1, 'Enter a code')
    .max(50, 'Code must be 50 characters or fewer')
    .regex(
      INTERVENTION_TYPE_CODE,
      'Code must start with a letter and only include lower-case letters, numbers and underscores, like respect_order',
    ),
  ...interventionTypeFields,
});
