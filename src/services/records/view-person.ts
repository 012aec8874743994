/**
 * Opens a person's record for a user. Every view is audited (id only, never personal data);
 * a person the user may not see is "not found". Only the incidents the user may see are listed.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { findVisiblePerson, incidentsOfPerson, type PersonIncident, type PersonRecord } from '../../db/repositories/person-records.js';
import type { Actor } from '../../domain/access/roles.js';

/** @returns the person and their visible incidents, or undefined when missing or outside the actor's scope. */
export async function viewPerson(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  ip: string | null = null,
): Promise<{ person: PersonRecord; incidents: PersonIncident[] } | undefined> {
  return db.transaction().execute(async (trx) => {
    const person = await findVisiblePerson(trx, actor, id);
    if (!person) return undefined;
    const incidents = await incidentsOfPerson(trx, actor, person.id);
    await writeAudit(trx, actor, { action: 'person.view', entityType: 'person', entityId: person.id, ip });
    return { person, incidents };
  });
}
