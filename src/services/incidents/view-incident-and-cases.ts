/**
 * The incident page's reads: the incident and its parties through viewIncident (audited, and
 * "not found" outside the actor's scope), then the cases holding it that the actor may see,
 * for users whose role may view cases. The cases are read after viewIncident's transaction, as
 * a separate scoped read; they add no audit record.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { casesOfIncident, type IncidentCase } from '../../db/repositories/case-records.js';
import type { IncidentParty, IncidentRecord } from '../../db/repositories/incident-records.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { viewIncident } from '../records/view-incident.js';

export type { IncidentCase } from '../../db/repositories/case-records.js';
export type { IncidentParty, IncidentRecord } from '../../db/repositories/incident-records.js';

export interface IncidentWithCases {
  incident: IncidentRecord;
  parties: IncidentParty[];
  /** Visible cases holding the incident, newest first; null when the actor may not view cases. */
  cases: IncidentCase[] | null;
}

/** @returns the incident, its parties and cases, or undefined when missing or outside the actor's scope. */
export async function viewIncidentAndCases(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  ip: string | null = null,
): Promise<IncidentWithCases | undefined> {
  const found = await viewIncident(db, actor, id, ip);
  if (!found) return undefined;
  const cases = can(actor, 'cases:view') ? await casesOfIncident(db, actor, found.incident.id) : null;
  return { ...found, cases };
}
