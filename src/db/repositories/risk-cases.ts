/**
 * The case side of risk assessments (issue 4 "Risk assessments"): the case an officer works on,
 * the victims and perpetrators on it (the subjects of assessments), its stored risk level, and the
 * supervisors a high result is sent to. The scoping rule: caseForRisk reads through
 * visibleCases(actor) (case-scope.ts); the other reads take a case the caller has already found
 * visible in the same transaction, or (supervisorsOfCaseArea) an organisation, not case data.
 */
import type { Actor } from '../../domain/access/roles.js';
import type { CasePartyRole, CaseStatus, RiskLevel } from '../schema.js';
import type { Executor } from './audit-log.js';
import { visibleCases } from './case-scope.js';

/** The case as the risk services need it; the caller checks `caseId` is a UUID. */
export interface RiskCaseRow {
  id: string;
  reference: string;
  status: CaseStatus;
  leadOrganisationId: string;
  npaCode: string | null;
  districtCode: string | null;
}

/** The case `caseId` when the actor may see it (any status), else undefined. */
export async function caseForRisk(db: Executor, actor: Actor, caseId: string): Promise<RiskCaseRow | undefined> {
  return db
    .selectFrom('cases')
    .select([
      'id',
      'reference',
      'status',
      'lead_organisation_id as leadOrganisationId',
      'npa_code as npaCode',
      'district_code as districtCode',
    ])
    .where('id', '=', caseId)
    .where(visibleCases(actor))
    .executeTakeFirst();
}

/** Stores the case's risk level (null: no completed assessment counts). */
export async function setCaseRiskLevel(db: Executor, caseId: string, level: RiskLevel | null): Promise<void> {
  await db.updateTable('cases').set({ risk_level: level }).where('id', '=', caseId).execute();
}

/** True when the person is on the case now (not removed) in the role. The caller checks `personId` is a UUID. */
export async function isCurrentParty(
  db: Executor,
  caseId: string,
  personId: string,
  role: Extract<CasePartyRole, 'victim' | 'perpetrator'>,
): Promise<boolean> {
  const row = await db
    .selectFrom('case_parties')
    .select('person_id')
    .where('case_id', '=', caseId)
    .where('person_id', '=', personId)
    .where('role', '=', role)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** The victims and perpetrators on the case now: one row per person and role, unordered. */
export async function currentRiskSubjects(db: Executor, caseId: string): Promise<{ personId: string; role: 'victim' | 'perpetrator' }[]> {
  const rows = await db
    .selectFrom('case_parties')
    .select(['person_id as personId', 'role'])
    .where('case_id', '=', caseId)
    .where('removed_at', 'is', null)
    .where('role', 'in', ['victim', 'perpetrator'])
    .execute();
  return rows.map((r) => ({ personId: r.personId, role: r.role as 'victim' | 'perpetrator' }));
}

/** A victim or perpetrator on the case with their name, for the Risk tab. */
export interface RiskSubjectRow {
  personId: string;
  role: 'victim' | 'perpetrator';
  forename: string;
  surname: string;
  addedAt: Date;
}

/** The victims and perpetrators on the case now, in the order they were added, then by surname (a person in two roles twice). */
export async function riskSubjectsOnCase(db: Executor, caseId: string): Promise<RiskSubjectRow[]> {
  const rows = await db
    .selectFrom('case_parties as cp')
    .innerJoin('people as p', 'p.id', 'cp.person_id')
    .select(['cp.person_id as personId', 'cp.role', 'p.forename', 'p.surname', 'cp.added_at as addedAt'])
    .where('cp.case_id', '=', caseId)
    .where('cp.removed_at', 'is', null)
    .where('cp.role', 'in', ['victim', 'perpetrator'])
    .orderBy('cp.added_at')
    .orderBy('p.surname')
    .execute();
  return rows.map((r) => ({ ...r, role: r.role as 'victim' | 'perpetrator' }));
}

/**
 * The email addresses of the active supervisors of the organisation who look after all of it
 * (users.area_code null) or one of `areaCodes` (NPA or district codes), distinct, by address.
 */
export async function supervisorsOfCaseArea(db: Executor, organisationId: string, areaCodes: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('memberships as m', 'm.user_id', 'u.id')
    .select(['u.email'])
    .distinct()
    .where('m.organisation_id', '=', organisationId)
    .where('m.role', '=', 'supervisor')
    .where('u.active', '=', true)
    .where((eb) => eb.or([eb('u.area_code', 'is', null), ...(areaCodes.length ? [eb('u.area_code', 'in', areaCodes)] : [])]))
    .orderBy('u.email')
    .execute();
  return rows.map((r) => r.email);
}
