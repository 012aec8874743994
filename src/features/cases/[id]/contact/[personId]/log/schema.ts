import { z } from 'zod';
import { TEXT_LIMITS } from '../../../../../../domain/cases/oversight.js';

/** The contact log form (GOV.UK wording). The date and time are read separately (date input and time). */
export const contactSchema = z.object({
  method: z.enum(['phone', 'email', 'letter', 'visit', 'via_named_person'], { error: 'Select how the contact was made or tried' }),
  outcome: z.enum(['made', 'attempted'], { error: 'Select whether contact was made' }),
  summary: z
    .string({ error: 'Enter a summary of the contact' })
    .trim()
    .min(1, 'Enter a summary of the contact')
    .max(TEXT_LIMITS.contactSummary, `Summary must be ${TEXT_LIMITS.contactSummary} characters or fewer`),
});
