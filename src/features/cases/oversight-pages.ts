/**
 * Case oversight pages (issue 4): supervisory reviews, victim contact, notes and documents, and
 * sharing. Registered by src/routes.ts.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import caseReviewsRoutes from './[id]/reviews/routes.js';
import newReviewRoutes from './[id]/reviews/new/routes.js';
import caseContactRoutes from './[id]/contact/routes.js';
import contactPlanRoutes from './[id]/contact/[personId]/plan/routes.js';
import contactLogRoutes from './[id]/contact/[personId]/log/routes.js';
import caseDocumentsRoutes from './[id]/documents/routes.js';
import caseNotesRoutes from './[id]/documents/notes/routes.js';
import caseDocumentDownloadRoutes from './[id]/documents/[documentId]/routes.js';
import caseSharingRoutes from './[id]/sharing/routes.js';
import revokeShareRoutes from './[id]/sharing/[shareId]/revoke/routes.js';

export const oversightPages: ((app: FastifyInstance, deps: AppDeps) => Promise<void>)[] = [
  caseReviewsRoutes,
  newReviewRoutes,
  caseContactRoutes,
  contactPlanRoutes,
  contactLogRoutes,
  caseDocumentsRoutes,
  caseNotesRoutes,
  caseDocumentDownloadRoutes,
  caseSharingRoutes,
  revokeShareRoutes,
];
