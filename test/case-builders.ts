/**
 * Case builders for issue 4 tests: aCaseWith({ org, officerId, parties, incidentIds, openedAt,
 * status }) writes a synthetic case directly (no service, no audit), so a test can set up any
 * state, e.g. a case opened 40 days ago with no review. People and incidents come from
 * src/services/report/test-support.ts (aPerson, anIncident, anActor).
 *
 * Like every service that changes a case, it keeps the case's due dates (case_due, see
 * services/cases/refresh-case-due.ts). A test that then writes facts straight into the tables
 * (an assessment, a review, a contact) calls refreshDue(db, caseId) afterwards, as a service would.
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CasePartyRole, CaseStatus, Database } from '../src/db/schema.js';
import { refreshCaseDue } from '../src/services/cases/refresh-case-due.js';
import { orgId } from './builders.js';

export interface CaseSpec {
  /** Lead organisation's name; default Leicestershire Police. */
  org?: string;
  officerId?: string | null;
  status?: CaseStatus;
  openedAt?: Date;
  incidentIds?: string[];
  parties?: { personId: string; role: CasePartyRole }[];
  npaCode?: string | null;
  districtCode?: string | null;
  riskLevel?: 'standard' | 'medium' | 'high' | null;
  summary?: string;
}

/** A synthetic case in the state described. @returns its id and reference. */
export async function aCaseWith(db: Kysely<Database>, spec: CaseSpec = {}): Promise<{ id: string; reference: string }> {
  const reference = `TC-${crypto.randomBytes(4).toString('hex').toUpperCase()}`;
  const status = spec.status ?? 'active';
  const openedAt = spec.openedAt ?? new Date();
  const row = await db
    .insertInto('cases')
    .values({
      reference,
      status,
      lead_organisation_id: await orgId(db, spec.org ?? 'Leicestershire Police'),
      lead_officer_id: spec.officerId ?? null,
      summary: spec.summary ?? 'Test case',
      opened_at: openedAt,
      closed_at: status === 'closed' ? new Date() : null,
      npa_code: spec.npaCode ?? null,
      district_code: spec.districtCode ?? null,
      risk_level: spec.riskLevel ?? null,
      synthetic: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (spec.incidentIds?.length) {
    await db
      .insertInto('case_incidents')
      .values(spec.incidentIds.map((incident_id) => ({ case_id: row.id, incident_id, linked_at: openedAt })))
      .execute();
  }
  if (spec.parties?.length) {
    await db
      .insertInto('case_parties')
      .values(spec.parties.map((p) => ({ case_id: row.id, person_id: p.personId, role: p.role, added_at: openedAt })))
      .execute();
  }
  await refreshCaseDue(db, [row.id]);
  return { id: row.id, reference };
}

/** Recomputes the due dates of cases whose facts a test wrote directly (as the services do). */
export async function refreshDue(db: Kysely<Database>, ...caseIds: string[]): Promise<void> {
  await refreshCaseDue(db, caseIds);
}
