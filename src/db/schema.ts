/**
 * Kysely table types, kept by hand beside the SQL migrations (one entry per table/column).
 * Dates are 'YYYY-MM-DD' strings; timestamps are Date objects.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string | T, string | T>;

export type Role =
  | 'call_handler'
  | 'officer'
  | 'supervisor'
  | 'asb_coordinator'
  | 'analyst'
  | 'partner_case_officer'
  | 'administrator'
  | 'auditor';

export type OrganisationKind =
  | 'police'
  | 'local_authority'
  | 'housing_provider'
  | 'victim_service'
  | 'youth_justice'
  | 'other';

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  kind: OrganisationKind;
  district_code: string | null;
  contact_email: string | null;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  active: Generated<boolean>;
  synthetic: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface MembershipsTable {
  user_id: string;
  organisation_id: string;
  role: Role;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  organisation_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  role: Role;
  token_hash: string;
  created_at: Generated<Date>;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Generated<Date>;
  user_id: string | null;
  organisation_id: string | null;
  api_token_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  outcome: Generated<string>;
  detail: Json<Record<string, unknown>>;
  ip: string | null;
}

export interface AsbCategoriesTable {
  code: string;
  name: string;
  description: string;
}

export interface IncidentTypesTable {
  code: string;
  name: string;
  description: Generated<string>;
  nsir_type: string | null;
  active: Generated<boolean>;
  sort_order: Generated<number>;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface IncidentTypeRevisionsTable {
  id: Generated<string>;
  code: string;
  version: number;
  name: string;
  description: string;
  nsir_type: string | null;
  active: boolean;
  changed_by: string | null;
  changed_at: Generated<Date>;
}

export interface CommunitySafetyPartnershipsTable {
  code: string;
  name: string;
}

interface Bbox {
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
}

export interface DistrictsTable {
  code: string;
  name: string;
  kind: 'unitary' | 'district';
  utla_code: string;
  csp_code: string | null;
  geometry: string | null;
  min_lon: number | null;
  min_lat: number | null;
  max_lon: number | null;
  max_lat: number | null;
}

export interface NeighbourhoodPolicingAreasTable {
  code: string;
  name: string;
}

export interface NpaMappingsTable {
  area_type: 'district' | 'ward';
  area_code: string;
  npa_code: string;
}

export interface PoliceNeighbourhoodsTable {
  code: string;
  name: string;
  npa_code: string | null;
  geometry: string | null;
}

export interface WardsTable extends Bbox {
  code: string;
  name: string;
  district_code: string;
  geometry: string;
}

export interface LsoasTable extends Bbox {
  code: string;
  vintage: 2011 | 2021;
  name: string;
  district_code: string;
  geometry: string;
}

export interface PeopleTable {
  id: Generated<string>;
  forename: string;
  surname: string;
  date_of_birth: string | null;
  organisation_id: string;
  synthetic: Generated<boolean>;
  created_at: Generated<Date>;
  phone: string | null;
  email: string | null;
  address: string | null;
  postcode: string | null;
  /** Matching keys, set by src/domain/people/normalise.ts at write time. */
  name_key: string | null;
  surname_key: string | null;
  phone_key: string | null;
  postcode_key: string | null;
  email_key: string | null;
}

export interface PersonVulnerabilitiesTable {
  id: Generated<string>;
  person_id: string;
  incident_id: string | null;
  factors: string[];
  notes: string | null;
  organisation_id: string;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
}

/** Place columns derived at write time (see services/geography). */
export interface PlaceColumns {
  location_text: string | null;
  latitude: number | null;
  longitude: number | null;
  easting: number | null;
  northing: number | null;
  lsoa11_code: string | null;
  lsoa21_code: string | null;
  ward_code: string | null;
  district_code: string | null;
  csp_code: string | null;
  npa_code: string | null;
}

export type IncidentSource = 'police.uk' | 'staff' | 'public' | 'api' | 'demo';

export interface IncidentsTable extends PlaceColumns {
  id: Generated<string>;
  reference: string;
  source: IncidentSource;
  source_id: string | null;
  organisation_id: string | null;
  category: string | null;
  incident_type_code: string | null;
  month: string;
  occurred_from: Timestamp | null;
  occurred_to: Timestamp | null;
  reported_at: Timestamp | null;
  description: string | null;
  hate_related: Generated<boolean>;
  synthetic: Generated<boolean>;
  created_at: Generated<Date>;
  created_by: string | null;
  channel: string | null;
  crime_linked: Generated<boolean>;
  crime_reference: string | null;
  child_involved: Generated<boolean>;
  lead_agency: 'police' | 'partner' | null;
  lead_agency_reason: string | null;
  questionnaire_version: number | null;
  call_answers: Json<Record<string, unknown>> | null;
  case_review_explained_at: Timestamp | null;
  case_review_explained_by: string | null;
}

export interface CallHandlingQuestionnairesTable {
  version: number;
  questions: Json<unknown[]>;
  published_at: Generated<Date>;
  published_by: string | null;
}

export interface RuleSettingsTable {
  id: Generated<string>;
  scope: Generated<string>;
  key: string;
  value: Json<unknown>;
  changed_by: string | null;
  changed_at: Generated<Date>;
}

export interface CasesTable {
  id: Generated<string>;
  reference: string;
  status: Generated<string>;
  lead_organisation_id: string;
  lead_officer_id: string | null;
  summary: string | null;
  opened_at: Generated<Date>;
  closed_at: Timestamp | null;
  synthetic: Generated<boolean>;
}

export interface FormDraftsTable {
  id: Generated<string>;
  kind: string;
  user_id: string;
  organisation_id: string;
  data: Json<Record<string, unknown>>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CaseIncidentsTable {
  case_id: string;
  incident_id: string;
}

export interface IncidentPartiesTable {
  incident_id: string;
  person_id: string;
  role: 'victim' | 'complainant' | 'witness' | 'perpetrator' | 'subject';
}

export interface PoliceCrimesTable extends PlaceColumns {
  crime_id: string;
  month: string;
  crime_type: string;
  asb_proxy: boolean;
  outcome: string | null;
}

export interface ImportRunsTable {
  id: Generated<string>;
  source: string;
  file_name: string;
  file_sha256: string;
  rows_read: number;
  incidents_added: number;
  crimes_added: number;
  outside_area: number;
  rejected: number;
  summary: Json<Record<string, unknown>>;
  imported_by: string | null;
  imported_at: Generated<Date>;
}

export interface JobsTable {
  id: Generated<string>;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progress_done: Generated<number>;
  progress_total: Generated<number>;
  result: Json<Record<string, unknown>> | null;
  error: string | null;
  created_by: string | null;
  organisation_id: string | null;
  created_at: Generated<Date>;
  finished_at: Timestamp | null;
}

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
  form_drafts: FormDraftsTable;
  incidents: IncidentsTable;
  incident_parties: IncidentPartiesTable;
  police_crimes: PoliceCrimesTable;
  import_runs: ImportRunsTable;
  jobs: JobsTable;
}
