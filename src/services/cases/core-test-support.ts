/**
 * Test support for the case services and pages (not used by the app): a small partnership of
 * actors in the police and the city council, incidents with people and a place, and sharing a
 * case directly in the database, all marked synthetic.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/roles.js';
import { anActor, aPerson, anIncident, CITY, POLICE, type IncidentSpec } from '../report/test-support.js';
import { orgId, type TestUser } from '../../../test/builders.js';

export { CITY, POLICE };

export interface Cast {
  officer: { user: TestUser; actor: Actor };
  colleague: { user: TestUser; actor: Actor };
  supervisor: { user: TestUser; actor: Actor };
  callHandler: { user: TestUser; actor: Actor };
  cityOfficer: { user: TestUser; actor: Actor };
  citySupervisor: { user: TestUser; actor: Actor };
}

/** Police officer, a second officer, a supervisor and a call handler; a city partner case officer and supervisor. */
export async function aCast(db: Kysely<Database>): Promise<Cast> {
  return {
    officer: await anActor(db, POLICE, ['officer']),
    colleague: await anActor(db, POLICE, ['officer']),
    supervisor: await anActor(db, POLICE, ['supervisor']),
    callHandler: await anActor(db, POLICE, ['call_handler']),
    cityOfficer: await anActor(db, CITY, ['partner_case_officer']),
    citySupervisor: await anActor(db, CITY, ['supervisor']),
  };
}

/** Where the placed incidents are: a Leicester street with its codes. */
export const PLACE = {
  location_text: 'Outside 12 Granby Street',
  latitude: 52.6339,
  longitude: -1.1292,
  easting: 459100,
  northing: 304200,
  lsoa21_code: 'E01013648',
  ward_code: null,
  district_code: 'E06000016',
  csp_code: null,
  npa_code: null,
};

/**
 * An incident recorded by `org` (default the police) with a place, category, type and people.
 * @returns its id and reference.
 */
export async function aPlacedIncident(
  db: Kysely<Database>,
  spec: Partial<IncidentSpec> & { place?: Partial<typeof PLACE>; childInvolved?: boolean } = {},
): Promise<{ id: string; reference: string }> {
  const { place, childInvolved, ...rest } = spec;
  const made = await anIncident(db, { reportedAt: new Date('2026-11-01T10:00:00Z'), category: 'personal', type: 'noise', ...rest });
  await db
    .updateTable('incidents')
    .set({ ...PLACE, ...place, child_involved: childInvolved ?? false })
    .where('id', '=', made.id)
    .execute();
  return made;
}

/** A person recorded by the police. */
export async function someone(db: Kysely<Database>, forename: string, surname: string): Promise<string> {
  return aPerson(db, { forename, surname });
}

/** Shares the case with `org` as the sharing service would, without its event. @returns the share's id. */
export async function shareCase(db: Kysely<Database>, caseId: string, org: string): Promise<string> {
  const row = await db
    .insertInto('case_shares')
    .values({ case_id: caseId, organisation_id: await orgId(db, org), reason: 'Joint working agreed at the JAG' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Revokes a share. */
export async function revokeShare(db: Kysely<Database>, shareId: string): Promise<void> {
  await db.updateTable('case_shares').set({ revoked_at: new Date(), revoke_reason: 'Work finished' }).where('id', '=', shareId).execute();
}

/** The case's events, oldest first. */
export async function eventsOf(db: Kysely<Database>, caseId: string) {
  return db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
}

/** Audit records of `action` about the case. */
export async function auditOf(db: Kysely<Database>, caseId: string, action: string) {
  return db.selectFrom('audit_log').selectAll().where('entity_id', '=', caseId).where('action', '=', action).orderBy('id').execute();
}
