/**
 * The compliance filters (GET /compliance and /compliance.csv) from the query string. They come
 * from a GET form of select boxes, so a value that is not an option is simply ignored.
 */
import { z } from 'zod';

const code = z
  .string()
  .trim()
  .max(60)
  .regex(/^[A-Za-z0-9-]*$/)
  .optional()
  .catch(undefined)
  .transform((v) => v || undefined);

export const complianceQuerySchema = z.object({
  organisationId: z.uuid().optional().catch(undefined),
  districtCode: code,
  npaCode: code,
  sent: z
    .string()
    .regex(/^\d{1,6}$/)
    .optional()
    .catch(undefined),
});

export type ComplianceQuery = z.output<typeof complianceQuerySchema>;
