/**
 * Query parameters of GET /api/v1/stats/incidents: the shared incident filters plus `groupBy`,
 * which for now must be `district,month` (either order; absent means the same).
 */
import { z } from 'zod';
import { incidentFilterFields, withMonthOrder } from '../../services/analysis/incident-filters.js';

const GROUP_BY_MESSAGE = 'groupBy must be district,month: no other grouping is supported yet';

export const incidentStatsQuerySchema = withMonthOrder(
  z.object({
    ...incidentFilterFields,
    groupBy: z
      .string({ error: GROUP_BY_MESSAGE })
      .optional()
      .refine(
        (v) =>
          v === undefined ||
          v
            .split(',')
            .map((p) => p.trim())
            .sort()
            .join(',') === 'district,month',
        GROUP_BY_MESSAGE,
      ),
  }),
);

/** The first problem with a query, as the API's 400 body: `{ error, message, field }`. */
export function badRequest(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const issue = issues[0];
  return { error: 'bad_request' as const, message: issue?.message ?? 'Bad request', field: String(issue?.path[0] ?? 'query') };
}
