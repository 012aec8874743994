/**
 * What the report journey's confirmation page needs about a report once saved: its reference,
 * lead agency, whether the caller was told about the ASB Case Review, and who and where the
 * checks are about. Only the user who recorded it sees its confirmation (others open the
 * incident's own page); anything else is "not found".
 *
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { visibleIncidents } from '../../db/repositories/incident-scope.js';
import type { Actor } from '../../domain/access/roles.js';
import { isUuid } from '../../db/repositories/user-directory.js';

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
  const row = await db
    .selectFrom('incidents')
    .select([
      'incidents.id',
      'incidents.reference',
      'incidents.lead_agency as leadAgency',
      'incidents.lead_agency_reason as leadAgencyReason',
      'incidents.case_review_explained_at as caseReviewExplainedAt',
      'incidents.latitude as lat',
      'incidents.longitude as lon',
    ])
    .where('incidents.id', '=', incidentId)
    .where('incidents.created_by', '=', actor.userId)
    .where(visibleIncidents(actor))
    .executeTakeFirst();
  if (!row) return undefined;
  const parties = await db.selectFrom('incident_parties').select(['person_id', 'role']).where('incident_id', '=', row.id).execute();
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
