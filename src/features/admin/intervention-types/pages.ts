/** The intervention-type administration pages (issue 5), as one plugin for letters-pages.ts. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.js';
import interventionTypesRoutes from './routes.js';
import newInterventionTypeRoutes from './new/routes.js';
import interventionTypeRoutes from './[code]/routes.js';

export default async function interventionTypePages(app: FastifyInstance, deps: AppDeps) {
  await interventionTypesRoutes(app, deps);
  await newInterventionTypeRoutes(app, deps);
  await interventionTypeRoutes(app, deps);
}
