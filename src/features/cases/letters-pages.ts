/** Letters and the use-of-powers report (issue 5): producing letters on a case, template administration, the report. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import caseLettersRoutes from './[id]/letters/routes.js';
import newLetterRoutes from './[id]/letters/new/routes.js';
import caseLetterRoutes from './[id]/letters/[letterId]/routes.js';
import letterTemplatesRoutes from '../admin/letter-templates/routes.js';
import letterTemplateRoutes from '../admin/letter-templates/[code]/routes.js';
import useOfPowersRoutes from '../analysis/use-of-powers/routes.js';
import interventionTypePages from '../admin/intervention-types/pages.js';

export const lettersPages: ((app: FastifyInstance, deps: AppDeps) => Promise<void>)[] = [
  caseLettersRoutes,
  newLetterRoutes,
  caseLetterRoutes,
  letterTemplatesRoutes,
  letterTemplateRoutes,
  useOfPowersRoutes,
  interventionTypePages,
];
