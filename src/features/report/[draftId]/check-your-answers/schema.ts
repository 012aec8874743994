import { z } from 'zod';

/** The check-your-answers form: the lead agency the call handler settles on (GOV.UK wording). */
export const saveReportSchema = z.object({
  leadAgency: z.enum(['police', 'partner'], { error: 'Select who should lead: police-led or partner-led' }),
});
