/**
 * The "check and complete" form (GOV.UK wording): whether the scored level is right, and if not
 * the officer's level and the reason (issue 4: "a professional-judgement override with a
 * required reason"). domain/risk/score.ts applyOverride checks the same rules again.
 */
import { z } from 'zod';
import { isRiskLevel } from '../../../../../../domain/risk/questionnaire.js';
import { OVERRIDE_REASON_MAX } from '../../../../../../domain/risk/score.js';

export const completeSchema = z
  .object({
    agree: z.enum(['yes', 'no'], { error: 'Select yes if the scored risk level is right' }),
    overrideLevel: z.string().optional(),
    overrideReason: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.agree !== 'no') return;
    if (!isRiskLevel(v.overrideLevel)) ctx.addIssue({ code: 'custom', path: ['overrideLevel'], message: 'Select the risk level' });
    const reason = v.overrideReason?.trim() ?? '';
    if (!reason) ctx.addIssue({ code: 'custom', path: ['overrideReason'], message: 'Enter the reason for changing the risk level' });
    else if (reason.length > OVERRIDE_REASON_MAX) {
      ctx.addIssue({
        code: 'custom',
        path: ['overrideReason'],
        message: `The reason for changing the risk level must be ${OVERRIDE_REASON_MAX.toLocaleString('en-GB')} characters or fewer`,
      });
    }
  })
  .transform((v) => ({ override: v.agree === 'no' ? { level: v.overrideLevel ?? '', reason: v.overrideReason ?? '' } : null }));
