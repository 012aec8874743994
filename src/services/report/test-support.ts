/**
 * Test support for the report tests (not used by the app): actors, people, incidents with parties
 * and places, and cases written straight into the database, all marked synthetic.
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, IncidentSource, Role } from '../../db/schema.js';
import { insertPerson } from '../../db/repositories/people.js';
import type { Actor } from '../../domain/access/roles.js';
import type { PartyRole } from '../../domain/checks/types.js';
import { toBritishNationalGrid } from '../../domain/geography/bng.js';
import { londonMonth } from '../../domain/time/london.js';
import { aUser, orgId, type TestUser } from '../../../test/builders.js';

export const POLICE = 'Leicestershire Police';
export const CITY = 'Leicester City Council';

/** Leicester's Clock Tower, WGS84 degrees. */
export const CLOCK_TOWER = { lat: 52.6365, lon: -1.1335 };

/** A point `north` and `east` metres from `p` (small distances; WGS84 degrees). */
export function offset(p: { lat: number; lon: number }, north: number, east: number): { lat: number; lon: number } {
  return { lat: p.lat + north / 111_320, lon: p.lon + east / (111_320 * Math.cos((p.lat * Math.PI) / 180)) };
}

export function daysBefore(at: Date, days: number): Date {
  return new Date(at.getTime() - days * 86_400_000);
}

/** A user with `roles` in `org`, and the Actor they act as. */
export async function anActor(db: Kysely<Database>, org: string, roles: Role[]): Promise<{ user: TestUser; actor: Actor }> {
  const user = await aUser(db, { org, roles });
  const actor: Actor = {
    kind: 'user',
    userId: user.id,
    apiTokenId: null,
    name: 'Test User',
    organisationId: user.organisationId,
    organisationName: org,
    roles,
  };
  return { user, actor };
}

export async function aPerson(
  db: Kysely<Database>,
  p: { forename?: string; surname: string; dateOfBirth?: string; org?: string },
): Promise<string> {
  return insertPerson(
    db,
    { forename: p.forename ?? 'Alex', surname: p.surname, dateOfBirth: p.dateOfBirth ?? null, synthetic: true },
    await orgId(db, p.org ?? POLICE),
  );
}

export interface IncidentSpec {
  /** Recording organisation's name; null for open data. Default POLICE. */
  org?: string | null;
  source?: IncidentSource;
  /** Null for open data, which has only a month. */
  reportedAt: Date | null;
  occurredFrom?: Date | null;
  month?: string;
  hateRelated?: boolean;
  type?: string | null;
  category?: string | null;
  at?: { lat: number; lon: number };
  lsoa21?: string | null;
  parties?: { personId: string; role: PartyRole }[];
}

/** One incident (synthetic) with its parties. */
export async function anIncident(db: Kysely<Database>, spec: IncidentSpec): Promise<{ id: string; reference: string }> {
  const org = spec.org === undefined ? POLICE : spec.org;
  const grid = spec.at ? toBritishNationalGrid(spec.at.lat, spec.at.lon) : null;
  const reference = `TEST-${crypto.randomBytes(5).toString('hex')}`;
  const when = spec.occurredFrom ?? spec.reportedAt;
  const row = await db
    .insertInto('incidents')
    .values({
      reference,
      source: spec.source ?? (org === null ? 'police.uk' : 'staff'),
      organisation_id: org === null ? null : await orgId(db, org),
      category: spec.category ?? null,
      incident_type_code: spec.type ?? null,
      month: spec.month ?? `${londonMonth(when ?? new Date())}-01`,
      reported_at: spec.reportedAt,
      occurred_from: spec.occurredFrom === undefined ? spec.reportedAt : spec.occurredFrom,
      hate_related: spec.hateRelated ?? false,
      latitude: spec.at?.lat ?? null,
      longitude: spec.at?.lon ?? null,
      easting: grid?.easting ?? null,
      northing: grid?.northing ?? null,
      lsoa21_code: spec.lsoa21 ?? null,
      synthetic: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (spec.parties?.length) {
    await db
      .insertInto('incident_parties')
      .values(spec.parties.map((p) => ({ incident_id: row.id, person_id: p.personId, role: p.role })))
      .execute();
  }
  return { id: row.id, reference };
}

/** A case led by `org` holding `incidentIds`; open unless `closed`. */
export async function aCase(
  db: Kysely<Database>,
  spec: { org: string; incidentIds: string[]; officerId?: string | null; closed?: boolean },
): Promise<{ id: string; reference: string }> {
  const reference = `CASE-${crypto.randomBytes(4).toString('hex')}`;
  const row = await db
    .insertInto('cases')
    .values({
      reference,
      lead_organisation_id: await orgId(db, spec.org),
      lead_officer_id: spec.officerId ?? null,
      closed_at: spec.closed ? new Date() : null,
      status: spec.closed ? 'closed' : 'open',
      synthetic: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('case_incidents')
    .values(spec.incidentIds.map((incident_id) => ({ case_id: row.id, incident_id })))
    .execute();
  return { id: row.id, reference };
}

/** Gives `org` a contact e-mail for the "held by … contact …" line. */
export async function setContact(db: Kysely<Database>, org: string, email: string): Promise<void> {
  await db.updateTable('organisations').set({ contact_email: email }).where('name', '=', org).execute();
}
