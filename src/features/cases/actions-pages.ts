/** Tools and powers pages (issue 5): the Actions tab, recording interventions, breaches and outcomes. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import caseActionsRoutes from './[id]/actions/routes.js';
import newActionRoutes from './[id]/actions/new/routes.js';
import actionDetailsRoutes from './[id]/actions/[interventionId]/routes.js';

export const actionsPages: ((app: FastifyInstance, deps: AppDeps) => Promise<void>)[] = [
  caseActionsRoutes,
  newActionRoutes,
  actionDetailsRoutes,
];
