import { z } from 'zod';
import { TEXT_LIMITS } from '../../../../../domain/cases/oversight.js';

const max = (what: string, n: number) => `${what} must be ${n.toLocaleString('en-GB')} characters or fewer`;

/** The supervisory review form (GOV.UK wording). The next review date is read separately (date input). */
export const reviewSchema = z
  .object({
    progress: z
      .string({ error: 'Enter the progress made since the last review' })
      .trim()
      .min(1, 'Enter the progress made since the last review')
      .max(TEXT_LIMITS.progress, max('Progress', TEXT_LIMITS.progress)),
    riskStillRight: z.enum(['yes', 'no'], { error: 'Select yes if the risk level is still right' }),
    riskComment: z.string().trim().max(TEXT_LIMITS.riskComment, max('Why the risk is not right', TEXT_LIMITS.riskComment)).optional(),
    actionsAgreed: z
      .string({ error: 'Enter the actions agreed' })
      .trim()
      .min(1, 'Enter the actions agreed')
      .max(TEXT_LIMITS.actionsAgreed, max('Actions agreed', TEXT_LIMITS.actionsAgreed)),
    comments: z.string().trim().max(TEXT_LIMITS.comments, max('Comments', TEXT_LIMITS.comments)).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.riskStillRight === 'no' && !v.riskComment) {
      ctx.addIssue({ code: 'custom', path: ['riskComment'], message: 'Enter why the risk is not right and what should change' });
    }
  });
