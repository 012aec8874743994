/**
 * What the report journey's confirmation page needs about a report once saved: its reference,
 * lead agency, whether the caller was told about the ASB Case Review, and who and where the
 * checks are about. Only the user who recorded it sees its confirmation (others open the
 * incident's own page); anything else is "not found".
 *
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { findRecordedIncident, partyRolesOf } from '../../db/repositories/incidents.js';
import type { Actor } from '../../domain/access/roles.js';
import { isUuid } from '../../domain/ids.js';

export interface RecordedReport {
  id: string;
  reference: string;
  leadAgency: 'police' | 'partner' | null;
  leadAgencyReason: string | null;
  caseReviewExplainedAt: Date | null;
  location: { lat: number; lon: number } | null;
  /** The caller the checks are about: the first victim, else the first complainant (as recordIncident). */
  callerPersonId: string | null;
  perpetratorIds: string[];
}

/** @returns the report if the actor recorded it and may still see it; otherwise undefined. */
export async function viewRecordedReport(db: Kysely<Database>, actor: Actor, incidentId: string): Promise<RecordedReport | undefined> {
  if (!actor.userId || !isUuid(incidentId)) return undefined;
  const row = await findRecordedIncident(db, actor, actor.userId, incidentId);
  if (!row) return undefined;
  const parties = await partyRolesOf(db, [row.id]);
  const first = (role: string) => parties.find((p) => p.role === role)?.person_id;
  const callerPersonId = first('victim') ?? first('complainant') ?? null;
  return {
    id: row.id,
    reference: row.reference,
    leadAgency: row.leadAgency,
    leadAgencyReason: row.leadAgencyReason,
    caseReviewExplainedAt: row.caseReviewExplainedAt,
    location: row.lat !== null && row.lon !== null ? { lat: Number(row.lat), lon: Number(row.lon) } : null,
    callerPersonId,
    perpetratorIds: [...new Set(parties.filter((p) => p.role === 'perpetrator' && p.person_id !== callerPersonId).map((p) => p.person_id))],
  };
}
