/**
 * Kysely table types: case management (migration 004): parties, the case timeline, documents,
 * sharing, risk questionnaires and assessments, referrals, supervisory reviews, victim contact,
 * the email outbox and scheduled runs. Kept by hand beside the SQL migrations.
 */
import type { Generated } from 'kysely';
import type { Timestamp, Json } from './columns.js';

export type CaseStatus = 'open' | 'active' | 'under_review' | 'closed';
export type CaseOutcome = 'resolved' | 'no_further_action' | 'transferred' | 'unable_to_progress' | 'victim_withdrew' | 'other';
export type VictimView = 'satisfied' | 'neither' | 'dissatisfied' | 'not_given';
export type CasePartyRole = 'victim' | 'complainant' | 'perpetrator' | 'witness' | 'parent_guardian' | 'professional';
export type RiskKind = 'victim' | 'perpetrator' | 'case';
export type RiskLevel = 'standard' | 'medium' | 'high';
export type ContactMethod = 'phone' | 'email' | 'letter' | 'visit' | 'via_named_person';

export interface CasesTable {
  id: Generated<string>;
  reference: string;
  status: Generated<CaseStatus>;
  lead_organisation_id: string;
  lead_officer_id: string | null;
  summary: string | null;
  opened_at: Generated<Date>;
  closed_at: Timestamp | null;
  synthetic: Generated<boolean>;
  category: string | null;
  incident_type_code: string | null;
  child_involved: Generated<boolean>;
  hate_related: Generated<boolean>;
  high_risk: Generated<boolean>;
  risk_level: RiskLevel | null;
  location_text: string | null;
  latitude: number | null;
  longitude: number | null;
  easting: number | null;
  northing: number | null;
  lsoa21_code: string | null;
  ward_code: string | null;
  district_code: string | null;
  csp_code: string | null;
  npa_code: string | null;
  outcome: CaseOutcome | null;
  outcome_notes: string | null;
  victim_view: VictimView | null;
  victim_view_notes: string | null;
  created_by: string | null;
  updated_at: Generated<Date>;
}

export interface CaseIncidentsTable {
  case_id: string;
  incident_id: string;
  linked_at: Generated<Date>;
  linked_by: string | null;
}

export interface CasePartiesTable {
  case_id: string;
  person_id: string;
  role: CasePartyRole;
  added_at: Generated<Date>;
  added_by: string | null;
  removed_at: Timestamp | null;
}

export interface CaseEventsTable {
  id: Generated<string>;
  case_id: string;
  at: Generated<Date>;
  user_id: string | null;
  organisation_id: string | null;
  kind: string;
  summary: string;
  body: string | null;
  detail: Json<Record<string, unknown>>;
}

export interface CaseDocumentsTable {
  id: Generated<string>;
  case_id: string;
  document_type: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer | null;
  storage_key: string | null;
  uploaded_by: string | null;
  uploaded_at: Generated<Date>;
}

export interface CaseSharesTable {
  id: Generated<string>;
  case_id: string;
  organisation_id: string;
  reason: string;
  shared_by: string | null;
  shared_at: Generated<Date>;
  revoked_by: string | null;
  revoked_at: Timestamp | null;
  revoke_reason: string | null;
}

export interface RiskQuestionnairesTable {
  id: Generated<string>;
  kind: RiskKind;
  version: number;
  definition: Json<unknown>;
  published_at: Generated<Date>;
  published_by: string | null;
}

export interface RiskAssessmentsTable {
  id: Generated<string>;
  case_id: string;
  kind: RiskKind;
  person_id: string | null;
  questionnaire_id: string;
  answers: Json<Record<string, string>>;
  status: Generated<'in_progress' | 'completed'>;
  score: number | null;
  scored_level: RiskLevel | null;
  override_level: RiskLevel | null;
  override_reason: string | null;
  level: RiskLevel | null;
  started_by: string | null;
  started_at: Generated<Date>;
  completed_by: string | null;
  completed_at: Timestamp | null;
}

export interface ReferralsTable {
  id: Generated<string>;
  case_id: string;
  person_id: string;
  service: string;
  consent: 'given' | 'refused' | 'not_asked';
  consent_notes: string | null;
  risk_assessment_id: string | null;
  referred_by: string | null;
  referred_at: Generated<Date>;
}

export interface SupervisoryReviewsTable {
  id: Generated<string>;
  case_id: string;
  reviewed_by: string;
  reviewed_at: Generated<Date>;
  progress: string;
  risk_still_right: boolean;
  risk_comment: string | null;
  actions_agreed: string;
  /** YYYY-MM-DD, Europe/London. */
  next_review_on: string;
  comments: string | null;
}

export interface VictimContactPlansTable {
  id: Generated<string>;
  case_id: string;
  person_id: string;
  method: ContactMethod;
  via_name: string | null;
  frequency_days: number;
  times_to_avoid: string | null;
  /** YYYY-MM-DD, Europe/London. */
  agreed_on: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface VictimContactsTable {
  id: Generated<string>;
  case_id: string;
  person_id: string;
  contacted_at: Timestamp;
  method: ContactMethod;
  outcome: 'made' | 'attempted';
  summary: string;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
}

export interface EmailsTable {
  id: Generated<string>;
  kind: string;
  to_address: string;
  subject: string;
  body_text: string;
  organisation_id: string | null;
  status: Generated<'queued' | 'sending' | 'sent' | 'failed' | 'outbox'>;
  claimed_at: Timestamp | null;
  attempts: Generated<number>;
  error: string | null;
  created_at: Generated<Date>;
  sent_at: Timestamp | null;
}

export interface ScheduledRunsTable {
  task: string;
  period_key: string;
  started_at: Generated<Date>;
  finished_at: Timestamp | null;
  result: Json<Record<string, unknown>> | null;
  error: string | null;
}

export interface CaseDueTable {
  case_id: string;
  /** YYYY-MM-DD, Europe/London. */
  risk_due_on: string | null;
  risk_never_done: Generated<number>;
  review_due_on: string | null;
  contact_due_on: string | null;
  computed_at: Generated<Date>;
}

export interface CaseContactDueTable {
  case_id: string;
  person_id: string;
  /** YYYY-MM-DD, Europe/London. */
  due_on: string;
  has_plan: boolean;
  ever_made: boolean;
}
