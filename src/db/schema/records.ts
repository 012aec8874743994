/** Kysely table types: People, incidents, police.uk crimes and cases. Kept by hand beside the SQL migrations. */
import type { Generated } from 'kysely';
import type { Timestamp, Json } from './columns.js';

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
