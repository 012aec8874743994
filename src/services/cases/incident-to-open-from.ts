/**
 * The incident a case is being opened from ("Open a case" with ?incident=): found by its id or
 * reference only when the actor may see it (incident-scope.ts), then opened as a view of the
 * incident (services/records/view-incident.ts, which audits 'incident.view').
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { findIncidentForCase, type IncidentForCase } from '../../db/repositories/case-records.js';
import type { Actor } from '../../domain/access/roles.js';
import { viewIncident } from '../records/view-incident.js';

export interface IncidentToOpenFrom {
  /** What the case copies from the incident: classification, flags and place. */
  from: IncidentForCase;
  /** The incident record and its parties, as the incident page shows them. */
  found: NonNullable<Awaited<ReturnType<typeof viewIncident>>>;
}

/** @returns the incident, or undefined when there is none by that id or reference or the actor may not see it. */
export async function viewIncidentToOpenFrom(
  db: Kysely<Database>,
  actor: Actor,
  idOrReference: string,
  ip: string | null,
): Promise<IncidentToOpenFrom | undefined> {
  const from = await findIncidentForCase(db, actor, idOrReference);
  const found = from ? await viewIncident(db, actor, from.id, ip) : undefined;
  return from && found ? { from, found } : undefined;
}
