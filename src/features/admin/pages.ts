/** The administration pages, in one list for src/routes.ts. */
import adminIndexRoutes from './routes.js';
import organisationsRoutes from './organisations/routes.js';
import newOrganisationRoutes from './organisations/new/routes.js';
import usersRoutes from './users/routes.js';
import newUserRoutes from './users/new/routes.js';
import userRoutes from './users/[id]/routes.js';
import incidentTypesRoutes from './incident-types/routes.js';
import newIncidentTypeRoutes from './incident-types/new/routes.js';
import incidentTypeRoutes from './incident-types/[code]/routes.js';
import ruleSettingsRoutes from './rule-settings/routes.js';
import ruleSettingsGroupRoutes from './rule-settings/[key]/routes.js';

export const adminPages = [
  adminIndexRoutes,
  organisationsRoutes,
  newOrganisationRoutes,
  usersRoutes,
  newUserRoutes,
  userRoutes,
  incidentTypesRoutes,
  newIncidentTypeRoutes,
  incidentTypeRoutes,
  ruleSettingsRoutes,
  ruleSettingsGroupRoutes,
];
