/**
 * Risk assessment pages (issue 4 "Risk assessments"): the case's Risk tab, an assessment's task
 * list, its sections, check and complete, the referral to victim support; and the
 * administrators' risk questionnaire pages (registered here so the area's pages stay together).
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import riskTabRoutes from './[id]/risk/routes.js';
import assessmentRoutes from './[id]/risk/[assessmentId]/routes.js';
import sectionRoutes from './[id]/risk/[assessmentId]/[sectionId]/routes.js';
import completeRoutes from './[id]/risk/[assessmentId]/complete/routes.js';
import referralRoutes from './[id]/risk/[assessmentId]/referral/routes.js';
import riskQuestionnairesRoutes from '../admin/risk-questionnaires/routes.js';
import publishQuestionnaireRoutes from '../admin/risk-questionnaires/[kind]/routes.js';
import questionnaireVersionRoutes from '../admin/risk-questionnaires/[kind]/[version]/routes.js';

export const riskPages: ((app: FastifyInstance, deps: AppDeps) => Promise<void>)[] = [
  riskTabRoutes,
  assessmentRoutes,
  sectionRoutes,
  completeRoutes,
  referralRoutes,
  riskQuestionnairesRoutes,
  publishQuestionnaireRoutes,
  questionnaireVersionRoutes,
];
