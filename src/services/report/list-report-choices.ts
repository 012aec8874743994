/**
 * The lists the report journey's pages choose from and name things by: every incident type at
 * its current version (active or not, in the list's order, so a type retired since the draft was
 * started still has its name) and the local authority districts by name. Reference data readable
 * by every signed-in user, so not scoped to the actor; nothing is written or audited.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { listIncidentTypes, type IncidentTypeRow } from '../../db/repositories/incident-types.js';
import { districtOptions } from '../../db/repositories/organisations.js';

export interface ReportChoices {
  incidentTypes: IncidentTypeRow[];
  /** `{ code, name }` (ONS district codes), by name. */
  districts: { code: string; name: string }[];
}

/** @returns both lists; never throws for an empty list. */
export async function listReportChoices(db: Kysely<Database>): Promise<ReportChoices> {
  const [incidentTypes, districts] = await Promise.all([listIncidentTypes(db), districtOptions(db)]);
  return { incidentTypes, districts };
}
