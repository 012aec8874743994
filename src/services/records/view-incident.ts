/**
 * Opens an incident record for a user. The rule: every view of an incident is audited,
 * and an incident the user may not see is "not found" (never its content). The audit record
 * carries the incident id only, never personal data.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { findVisibleIncident, partiesOf, type IncidentParty, type IncidentRecord } from '../../db/repositories/incident-records.js';
import type { Actor } from '../../domain/access/roles.js';

/** @returns the incident and its parties, or undefined when missing or outside the actor's scope. */
export async function viewIncident(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  ip: string | null = null,
): Promise<{ incident: IncidentRecord; parties: IncidentParty[] } | undefined> {
  return db.transaction().execute(async (trx) => {
    const incident = await findVisibleIncident(trx, actor, id);
    if (!incident) return undefined;
    const parties = await partiesOf(trx, incident.id);
    await writeAudit(trx, actor, { action: 'incident.view', entityType: 'incident', entityId: incident.id, ip });
    return { incident, parties };
  });
}
