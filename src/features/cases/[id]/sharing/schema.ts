import { z } from 'zod';
import { TEXT_LIMITS } from '../../../../domain/cases/oversight.js';

/** Share the case (GOV.UK wording). */
export const shareSchema = z.object({
  organisation: z
    .string({ error: 'Select the organisation to share the case with' })
    .uuid('Select the organisation to share the case with'),
  reason: z
    .string({ error: 'Enter the reason for sharing and the legal gateway' })
    .trim()
    .min(1, 'Enter the reason for sharing and the legal gateway')
    .max(TEXT_LIMITS.shareReason, `Reason must be ${TEXT_LIMITS.shareReason.toLocaleString('en-GB')} characters or fewer`),
});

/** Stop sharing (GOV.UK wording); the field is named per share so each form keeps its own error. */
export const revokeSchema = z.object({
  reason: z
    .string({ error: 'Enter the reason for stopping sharing' })
    .trim()
    .min(1, 'Enter the reason for stopping sharing')
    .max(TEXT_LIMITS.revokeReason, `Reason must be ${TEXT_LIMITS.revokeReason.toLocaleString('en-GB')} characters or fewer`),
});
