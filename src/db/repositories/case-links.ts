/**
 * The SQL of linking incidents to a case (`case_incidents`; services/cases open-case.ts and
 * link-incident.ts). Each runs in the caller's transaction on a case it has locked through the
 * actor's scope and incidents it has found through theirs, so nothing here scopes again.
 */
import type { Executor } from './audit-log.js';

/** True when the incident is already linked to the case. */
export async function isIncidentLinked(db: Executor, caseId: string, incidentId: string): Promise<boolean> {
  const row = await db
    .selectFrom('case_incidents')
    .select('incident_id')
    .where('case_id', '=', caseId)
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Links the incidents (at least one) to the case at `linkedAt` by `linkedBy`, in one statement;
 * linking makes risk assessments due again (domain/cases/due.ts).
 */
export async function linkIncidentsToCase(
  db: Executor,
  caseId: string,
  incidentIds: readonly string[],
  linkedAt: Date,
  linkedBy: string | null,
): Promise<void> {
  await db
    .insertInto('case_incidents')
    .values(incidentIds.map((incidentId) => ({ case_id: caseId, incident_id: incidentId, linked_at: linkedAt, linked_by: linkedBy })))
    .execute();
}
