/** Kysely table types: Imports, background jobs and multi-page form drafts. Kept by hand beside the SQL migrations. */
import type { Generated } from 'kysely';
import type { Timestamp, Json } from './columns.js';

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

export interface FormDraftsTable {
  id: Generated<string>;
  kind: string;
  user_id: string;
  organisation_id: string;
  data: Json<Record<string, unknown>>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
