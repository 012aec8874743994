/** The referral form (GOV.UK wording): the victim's consent and optional notes (DOMAIN.md §5.3). */
import { z } from 'zod';
import { REFERRAL_NOTES_MAX } from '../../../../../../services/risk/record-referral.js';

/** @param service the service the victim is offered, e.g. 'Victim First'. */
export function referralSchema(service: string) {
  return z.object({
    consent: z.enum(['given', 'refused', 'not_asked'], { error: `Select whether the victim agreed to a referral to ${service}` }),
    notes: z
      .string()
      .optional()
      .transform((v) => v?.trim() ?? '')
      .refine((v) => v.length <= REFERRAL_NOTES_MAX, {
        error: `Notes must be ${REFERRAL_NOTES_MAX.toLocaleString('en-GB')} characters or fewer`,
      }),
  });
}
