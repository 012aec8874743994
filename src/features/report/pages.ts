/** The report journey's pages (issue 3), registered together in src/routes.ts. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import newReportRoutes from './new/routes.js';
import whoRoutes from './[draftId]/who/routes.js';
import questionsRoutes from './[draftId]/questions/routes.js';
import whatAndWhereRoutes from './[draftId]/what-and-where/routes.js';
import checkYourAnswersRoutes from './[draftId]/check-your-answers/routes.js';
import doneRoutes from './done/[incidentId]/routes.js';
import gazetteerRoutes from './gazetteer/routes.js';

export const reportPages: ((app: FastifyInstance, deps: AppDeps) => Promise<void>)[] = [
  newReportRoutes,
  gazetteerRoutes,
  whoRoutes,
  questionsRoutes,
  whatAndWhereRoutes,
  checkYourAnswersRoutes,
  doneRoutes,
];
