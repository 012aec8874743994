/**
 * Case pages (issue 4, "Cases"): opening a case, and the case's Summary, Incidents, People and
 * History tabs with their forms (change details, change status, link an incident, add and take
 * off people). Registered by src/routes.ts.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import newCaseRoutes from './new/routes.js';
import caseSummaryRoutes from './[id]/summary/routes.js';
import editCaseRoutes from './[id]/edit/routes.js';
import caseStatusRoutes from './[id]/status/[move]/routes.js';
import caseIncidentsRoutes from './[id]/incidents/routes.js';
import casePeopleRoutes from './[id]/people/routes.js';
import addCasePartyRoutes from './[id]/people/add/routes.js';
import removeCasePartyRoutes from './[id]/people/remove/routes.js';
import caseHistoryRoutes from './[id]/history/routes.js';

export const casePages: ((app: FastifyInstance, deps: AppDeps) => Promise<void>)[] = [
  newCaseRoutes,
  caseSummaryRoutes,
  editCaseRoutes,
  caseStatusRoutes,
  caseIncidentsRoutes,
  casePeopleRoutes,
  addCasePartyRoutes,
  removeCasePartyRoutes,
  caseHistoryRoutes,
];
