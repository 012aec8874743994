/** Work queues, compliance, the email outbox (issue 4 "Work queues and compliance"). */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import caseListRoutes from './list/routes.js';
import complianceRoutes from '../compliance/routes.js';
import sendWeeklyRoutes from '../compliance/send-weekly/routes.js';
import outboxRoutes from '../admin/outbox/routes.js';
import outboxEmailRoutes from '../admin/outbox/[id]/routes.js';

export const workPages: ((app: FastifyInstance, deps: AppDeps) => Promise<void>)[] = [
  caseListRoutes,
  complianceRoutes,
  sendWeeklyRoutes,
  outboxRoutes,
  outboxEmailRoutes,
];
