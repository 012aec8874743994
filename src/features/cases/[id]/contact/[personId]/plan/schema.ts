import { z } from 'zod';
import { CONTACT_FREQUENCY_DAYS, TEXT_LIMITS } from '../../../../../../domain/cases/oversight.js';

const max = (what: string, n: number) => `${what} must be ${n.toLocaleString('en-GB')} characters or fewer`;

/** The contact plan form (GOV.UK wording). The date agreed is read separately (date input). */
export const contactPlanSchema = z
  .object({
    method: z.enum(['phone', 'email', 'letter', 'visit', 'via_named_person'], { error: 'Select how the victim wants to be contacted' }),
    viaName: z.string().trim().max(TEXT_LIMITS.viaName, max('Name of the person', TEXT_LIMITS.viaName)).optional(),
    frequencyDays: z
      .string({ error: 'Enter how often, in days' })
      .trim()
      .min(1, 'Enter how often, in days')
      .regex(/^\d+$/, 'How often must be a whole number of days, like 14')
      .transform(Number)
      .pipe(
        z
          .number()
          .min(CONTACT_FREQUENCY_DAYS.min, `How often must be at least ${CONTACT_FREQUENCY_DAYS.min} day`)
          .max(CONTACT_FREQUENCY_DAYS.max, `How often must be ${CONTACT_FREQUENCY_DAYS.max} days or fewer`),
      ),
    timesToAvoid: z.string().trim().max(TEXT_LIMITS.timesToAvoid, max('Times to avoid', TEXT_LIMITS.timesToAvoid)).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.method === 'via_named_person' && !v.viaName) {
      ctx.addIssue({ code: 'custom', path: ['viaName'], message: 'Enter the name of the person to contact them through' });
    }
  });
