/**
 * Kysely table types, kept by hand beside the SQL migrations (one entry per table/column).
 * Dates are 'YYYY-MM-DD' strings; timestamps are Date objects.
 */
export * from './schema/columns.js';
export * from './schema/access.js';
export * from './schema/reference.js';
export * from './schema/geography.js';
export * from './schema/records.js';
export * from './schema/work.js';
export * from './schema/cases.js';
export * from './schema/powers.js';
import type { OrganisationsTable, UsersTable, MembershipsTable, SessionsTable, ApiTokensTable, AuditLogTable } from './schema/access.js';
import type {
  AsbCategoriesTable,
  IncidentTypesTable,
  IncidentTypeRevisionsTable,
  CallHandlingQuestionnairesTable,
  RuleSettingsTable,
} from './schema/reference.js';
import type {
  CommunitySafetyPartnershipsTable,
  DistrictsTable,
  NeighbourhoodPolicingAreasTable,
  NpaMappingsTable,
  PoliceNeighbourhoodsTable,
  WardsTable,
  LsoasTable,
} from './schema/geography.js';
import type { PeopleTable, PersonVulnerabilitiesTable, IncidentsTable, IncidentPartiesTable, PoliceCrimesTable } from './schema/records.js';
import type {
  CasesTable,
  CaseIncidentsTable,
  CasePartiesTable,
  CaseEventsTable,
  CaseDocumentsTable,
  CaseSharesTable,
  RiskQuestionnairesTable,
  RiskAssessmentsTable,
  ReferralsTable,
  SupervisoryReviewsTable,
  VictimContactPlansTable,
  VictimContactsTable,
  EmailsTable,
  ScheduledRunsTable,
  CaseDueTable,
  CaseContactDueTable,
} from './schema/cases.js';
import type {
  InterventionTypesTable,
  InterventionsTable,
  InterventionBreachesTable,
  LetterTemplatesTable,
  LettersTable,
} from './schema/powers.js';
import type { ImportRunsTable, JobsTable, FormDraftsTable } from './schema/work.js';

export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  asb_categories: AsbCategoriesTable;
  incident_types: IncidentTypesTable;
  incident_type_revisions: IncidentTypeRevisionsTable;
  community_safety_partnerships: CommunitySafetyPartnershipsTable;
  districts: DistrictsTable;
  neighbourhood_policing_areas: NeighbourhoodPolicingAreasTable;
  npa_mappings: NpaMappingsTable;
  police_neighbourhoods: PoliceNeighbourhoodsTable;
  wards: WardsTable;
  lsoas: LsoasTable;
  people: PeopleTable;
  person_vulnerabilities: PersonVulnerabilitiesTable;
  call_handling_questionnaires: CallHandlingQuestionnairesTable;
  rule_settings: RuleSettingsTable;
  cases: CasesTable;
  case_incidents: CaseIncidentsTable;
  case_parties: CasePartiesTable;
  case_events: CaseEventsTable;
  case_documents: CaseDocumentsTable;
  case_shares: CaseSharesTable;
  risk_questionnaires: RiskQuestionnairesTable;
  risk_assessments: RiskAssessmentsTable;
  referrals: ReferralsTable;
  supervisory_reviews: SupervisoryReviewsTable;
  victim_contact_plans: VictimContactPlansTable;
  victim_contacts: VictimContactsTable;
  emails: EmailsTable;
  scheduled_runs: ScheduledRunsTable;
  case_due: CaseDueTable;
  case_contact_due: CaseContactDueTable;
  intervention_types: InterventionTypesTable;
  interventions: InterventionsTable;
  intervention_breaches: InterventionBreachesTable;
  letter_templates: LetterTemplatesTable;
  letters: LettersTable;
  form_drafts: FormDraftsTable;
  incidents: IncidentsTable;
  incident_parties: IncidentPartiesTable;
  police_crimes: PoliceCrimesTable;
  import_runs: ImportRunsTable;
  jobs: JobsTable;
}
