/** The publish form: the definition as JSON text (checked in full by services/risk/publish-questionnaire.ts). */
import { z } from 'zod';

export const publishSchema = z.object({
  definition: z
    .string({ error: 'Enter the questionnaire as JSON' })
    .trim()
    .min(1, { error: 'Enter the questionnaire as JSON' })
    .max(200_000, { error: 'The questionnaire must be 200,000 characters or fewer' }),
});
