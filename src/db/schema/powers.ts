/**
 * Kysely table types: tools and powers (migrations 005, 006): intervention types, interventions,
 * breaches, letter templates and letters. Kept by hand beside the SQL migrations.
 */
import type { Generated } from 'kysely';
import type { Timestamp, Json } from './columns.js';

export type SubjectKind = 'person' | 'body' | 'premises' | 'area';
export type InterventionOutcome = 'complied' | 'breached' | 'varied' | 'discharged' | 'appealed' | 'expired' | 'withdrawn';

export interface InterventionTypesTable {
  code: string;
  name: string;
  tier: number | null;
  statutory: Generated<boolean>;
  subject_kinds: SubjectKind[];
  legal_source: string | null;
  description: string | null;
  active: Generated<boolean>;
  sort_order: Generated<number>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface InterventionsTable {
  id: Generated<string>;
  case_id: string;
  type_code: string;
  subject_kind: SubjectKind;
  person_id: string | null;
  subject_text: string | null;
  organisation_id: string;
  officer_id: string | null;
  conduct: string;
  terms: string | null;
  /** YYYY-MM-DD, Europe/London (as are the other *_on columns). */
  issued_on: string;
  served_at: Timestamp | null;
  starts_on: string | null;
  ends_on: string | null;
  ends_at: Timestamp | null;
  compliance_due_on: string | null;
  review_on: string | null;
  linked_intervention_id: string | null;
  authorised_by_rank: string | null;
  authorised_in_writing: boolean | null;
  grounds: string | null;
  court: string | null;
  hearing_at: Timestamp | null;
  youth_justice_consulted_on: string | null;
  youth_justice_views: string | null;
  conviction_reference: string | null;
  trigger_event: string | null;
  /** Absolute ground for possession: the day of the trigger event (migration 006); null before it and for other types. */
  trigger_event_on: string | null;
  first_time_entrant: boolean | null;
  skip_reason: string | null;
  outcome: InterventionOutcome | null;
  outcome_on: string | null;
  outcome_notes: string | null;
  details: Json<Record<string, unknown>>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface InterventionBreachesTable {
  id: Generated<string>;
  intervention_id: string;
  breached_on: string;
  details: string;
  action_taken: string | null;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
}

export interface LetterTemplatesTable {
  id: Generated<string>;
  code: string;
  version: number;
  name: string;
  recipient: 'perpetrator' | 'victim' | 'any';
  subject: string;
  body: string;
  published_by: string | null;
  published_at: Generated<Date>;
}

export interface LettersTable {
  id: Generated<string>;
  case_id: string;
  template_id: string;
  intervention_id: string | null;
  person_id: string | null;
  method: string | null;
  docx_document_id: string;
  pdf_document_id: string;
  produced_by: string | null;
  produced_at: Generated<Date>;
}
