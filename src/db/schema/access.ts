/** Kysely table types: Organisations, staff, sessions, API tokens and the audit log. Kept by hand beside the SQL migrations. */
import type { Generated } from 'kysely';
import type { Timestamp, Json } from './columns.js';

export type Role =
  'call_handler' | 'officer' | 'supervisor' | 'asb_coordinator' | 'analyst' | 'partner_case_officer' | 'administrator' | 'auditor';

export type OrganisationKind = 'police' | 'local_authority' | 'housing_provider' | 'victim_service' | 'youth_justice' | 'other';

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
  /** The NPA or district code a supervisor looks after; null = the whole organisation (migration 004). */
  area_code: string | null;
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
