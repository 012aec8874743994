/**
 * Open cases involving people or a place, for the point-of-report checks (issue 3: "open cases
 * involving the same people or place, with their lead agency and officer"). Across all partners,
 * like check-facts.ts: the lead agency and officer are what the caller is told, so they can
 * contact them. Indexed: people via incident_parties_person_idx → case_incidents_incident_idx;
 * the place via incidents_grid_reported_idx (migration 003) → case_incidents_incident_idx.
 */
import type { OpenCaseFact } from '../../domain/checks/types.js';
import type { Executor } from './audit-log.js';
import { inSquare, type PlaceQuery } from './check-facts.js';

/** An open case and how it involves the people or place asked about. */
export interface OpenCaseRow extends OpenCaseFact {
  leadOrganisationContact: string | null;
  /** For via 'person': which of the people asked about (partyRole is their role). */
  personId?: string;
}

/**
 * Open cases (not closed) that include an incident involving any of `personIds` (via
 * case_incidents → incident_parties), or an incident near the place (inside the square of
 * half-side `radiusMetres`, any date; not the whole LSOA, which at 1M incidents would read
 * every incident ever recorded there). One row per case and person/role for 'person', one per
 * case for 'place'; callers de-duplicate by caseId for display. Sorted by reference.
 */
export async function openCasesFor(
  db: Executor,
  about: { personIds: readonly string[]; place?: PlaceQuery | null },
): Promise<OpenCaseRow[]> {
  const base = () =>
    db
      .selectFrom('cases as c')
      .innerJoin('case_incidents as ci', 'ci.case_id', 'c.id')
      .innerJoin('organisations as o', 'o.id', 'c.lead_organisation_id')
      .leftJoin('users as u', 'u.id', 'c.lead_officer_id')
      .select([
        'c.id as caseId',
        'c.reference',
        'c.lead_organisation_id as leadOrganisationId',
        'o.name as leadOrganisationName',
        'o.contact_email as leadOrganisationContact',
        'u.name as leadOfficerName',
      ])
      .where('c.closed_at', 'is', null)
      .distinct();
  const [byPerson, byPlace] = await Promise.all([
    about.personIds.length
      ? base()
          .innerJoin('incident_parties as ip', 'ip.incident_id', 'ci.incident_id')
          .select(['ip.person_id as personId', 'ip.role as partyRole'])
          .where('ip.person_id', 'in', [...about.personIds])
          .execute()
      : [],
    about.place ? base().innerJoin('incidents', 'incidents.id', 'ci.incident_id').where(inSquare(about.place)).execute() : [],
  ]);
  const rows: OpenCaseRow[] = [
    ...byPerson.map((r) => ({ ...r, via: 'person' as const })),
    ...byPlace.map((r) => ({ ...r, via: 'place' as const })),
  ];
  return rows.sort((a, b) => a.reference.localeCompare(b.reference) || a.via.localeCompare(b.via));
}
