/**
 * The work queue's query string (GET /cases). Filters come from links and a GET form, so an
 * unknown value falls back to its default instead of failing: there is nothing to correct.
 */
import { z } from 'zod';
import { pageNumber } from '../../../platform/pagination.js';

const SHOW = ['risk', 'review', 'contact', 'high'] as const;

const list = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()));

export const queueQuerySchema = z.object({
  tab: z.enum(['mine', 'team', 'shared']).optional().catch(undefined),
  status: z.enum(['current', 'open', 'active', 'under_review', 'closed', 'all']).default('current').catch('current'),
  show: list.catch([]).transform((values) => SHOW.filter((s) => values.includes(s))),
  sort: z.enum(['risk', 'review', 'reference']).default('risk').catch('risk'),
  page: z
    .unknown()
    .optional()
    .transform((v) => pageNumber(v)),
});

export type QueueQuery = z.output<typeof queueQuerySchema>;
