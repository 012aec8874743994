/** Kysely table types: Reference data and versioned configuration. Kept by hand beside the SQL migrations. */
import type { Generated } from 'kysely';
import type { Json } from './columns.js';

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
