/** Every page, API and health route plugin, in one list (wired into buildApp). */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './platform/deps.js';
import healthRoutes from './features/health/routes.js';
import openApiRoutes from './api/openapi.js';
import signInRoutes from './features/sign-in/routes.js';
import homeRoutes from './features/home/routes.js';
import { adminPages } from './features/admin/pages.js';
import auditRoutes from './features/audit/routes.js';
import incidentRoutes from './features/incidents/[id]/routes.js';
import personRoutes from './features/people/[id]/routes.js';
import accountOrganisationRoutes from './features/account/organisation/routes.js';
import incidentsByPlaceAndMonthRoutes from './features/analysis/incidents-by-place-and-month/routes.js';
import statsApiRoutes from './api/stats/routes.js';
import reportApiRoutes from './api/report/routes.js';
import policeUkImportRoutes from './features/imports/police-uk/routes.js';
import { reportPages } from './features/report/pages.js';
import { casePages } from './features/cases/core-pages.js';
import { riskPages } from './features/cases/risk-pages.js';
import { oversightPages } from './features/cases/oversight-pages.js';
import { workPages } from './features/cases/work-pages.js';
import { actionsPages } from './features/cases/actions-pages.js';
import { lettersPages } from './features/cases/letters-pages.js';

export const routes: ((app: FastifyInstance, deps: AppDeps) => Promise<void>)[] = [
  healthRoutes,
  openApiRoutes,
  signInRoutes,
  homeRoutes,
  ...adminPages,
  auditRoutes,
  incidentRoutes,
  personRoutes,
  accountOrganisationRoutes,
  incidentsByPlaceAndMonthRoutes,
  statsApiRoutes,
  reportApiRoutes,
  policeUkImportRoutes,
  ...reportPages,
  ...workPages,
  ...casePages,
  ...riskPages,
  ...oversightPages,
  ...actionsPages,
  ...lettersPages,
];
