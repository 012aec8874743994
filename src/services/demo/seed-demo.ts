/**
 * Seeds the demo partnership: one synthetic user per role (demo-users.ts), fictional people and
 * about 2,400 synthetic incidents over the last 24 calendar months (this one so far) shaped
 * like the LLR figures (demo-shape.ts). Everything is marked synthetic; incidents have source
 * 'demo', a DEMO- reference and a description starting "[SYNTHETIC]". Reproducible: a fixed
 * PRNG seed and, for a given `now`, the same data every time. One transaction with bulk
 * inserts: about two seconds on PGlite. Never called in production (config.ts refuses
 * SEED_DEMO there; the CLI checks too).
 */
import type { Insertable, Kysely } from 'kysely';
import type { Database, IncidentsTable, PlaceColumns } from '../../db/schema.js';
import type { Role } from '../../domain/access/roles.js';
import type { Placer } from '../../domain/geography/placement.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { anyIncidentFrom, insertIncidentParties, insertIncidentRows } from '../../db/repositories/incidents.js';
import { organisationIdsByName } from '../../db/repositories/organisations.js';
import { insertPeopleRows } from '../../db/repositories/people.js';
import { anyUser } from '../../db/repositories/users.js';
import { getPlacer } from '../geography/placer.js';
import { planIncidents, POLICE, type DemoIncident } from './demo-incidents.js';
import { seedDemoCases } from './demo-cases.js';
import { assignParties } from './demo-parties.js';
import { placePoints } from './demo-placement.js';
import { demoPersonRow } from './demo-people.js';
import { DEMO_PASSWORD, seedDemoUsers, type DemoUser } from './demo-users.js';
import { createRandom, DEMO_SEED } from './prng.js';

export { DEMO_PASSWORD, type DemoUser } from './demo-users.js';

/** How many synthetic incidents the demo holds (the brief: about 1,500–3,000). */
export const DEMO_INCIDENT_COUNT = 2400;

const BATCH = 500;

export interface SeedDemoOptions {
  /** The end of the 24-month window (default: now). Fix it for identical data on every run. */
  now?: Date;
  /** Number of incidents (default DEMO_INCIDENT_COUNT). */
  incidents?: number;
  /** The Placer to use; default the database's (getPlacer), `null` for none. */
  placer?: Placer | null;
}

export interface SeededDemo {
  users: DemoUser[];
  password: string;
}

/** Seeds the demo partnership when the database has no users at all; otherwise does nothing. */
export async function seedDemoIfEmpty(
  db: Kysely<Database>,
  log: (m: string) => void = () => undefined,
  options: SeedDemoOptions = {},
): Promise<SeededDemo | undefined> {
  if (await anyUser(db)) return undefined;
  return seedDemo(db, log, options);
}

/**
 * Seeds the demo partnership. Safe to repeat: existing demo users are kept, and no incidents
 * are added when demo incidents already exist.
 * @throws Error when the reference data (organisations) is not loaded.
 */
export async function seedDemo(
  db: Kysely<Database>,
  log: (m: string) => void = () => undefined,
  options: SeedDemoOptions = {},
): Promise<SeededDemo> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const placer = options.placer !== undefined ? options.placer : await getPlacer(db);
  const users = await db.transaction().execute(async (trx) => {
    const orgs = await organisationIdsByName(trx);
    const orgIds = new Map(orgs.map((o) => [o.name, o.id]));
    const seeded = await seedDemoUsers(trx, orgIds);
    if (await anyIncidentFrom(trx, 'demo')) {
      log('Demo incidents already present: none added');
      return seeded.users;
    }

    const rng = createRandom(DEMO_SEED);
    const incidents = planIncidents(rng, options.incidents ?? DEMO_INCIDENT_COUNT, now);
    const { people, parties } = assignParties(rng, incidents);
    const places = placePoints(
      rng,
      incidents.map((i) => i.point),
      placer,
    );
    const orgId = (name: string) => orgIds.get(name) ?? orgIds.get(POLICE)!;
    const recorder = recorderFor(seeded.idByRole, orgIds);

    for (let i = 0; i < people.length; i += BATCH) {
      const rows = people.slice(i, i + BATCH).map((p) => demoPersonRow(p, orgId(p.organisationName)));
      await insertPeopleRows(trx, rows);
    }
    for (let i = 0; i < incidents.length; i += BATCH) {
      const rows = incidents
        .slice(i, i + BATCH)
        .map((inc) => incidentRow(inc, places.get(inc.point)!, orgId(inc.organisationName), recorder));
      await insertIncidentRows(trx, rows);
    }
    for (let i = 0; i < parties.length; i += BATCH) {
      const rows = parties.slice(i, i + BATCH).map((p) => ({ incident_id: p.incidentId, person_id: p.personId, role: p.role }));
      await insertIncidentParties(trx, rows);
    }
    await writeAudit(trx, null, {
      action: 'demo.seeded',
      detail: { users: seeded.users.length, people: people.length, incidents: incidents.length, parties: parties.length },
    });
    log(
      `Demo partnership seeded: ${seeded.users.length} users, ${people.length} people, ` +
        `${incidents.length} incidents (all synthetic) in ${Date.now() - started} ms`,
    );
    return seeded.users;
  });
  await seedDemoCases(db, log, { now });
  return { users, password: DEMO_PASSWORD };
}

/** Which demo user recorded an incident for an organisation, where the demo has one there. */
function recorderFor(idByRole: ReadonlyMap<Role, string>, orgIds: ReadonlyMap<string, string>): (orgId: string) => string | null {
  const byOrg = new Map<string, string>();
  const set = (org: string, role: Role) => {
    const o = orgIds.get(org);
    const u = idByRole.get(role);
    if (o && u) byOrg.set(o, u);
  };
  set(POLICE, 'call_handler');
  set('Leicester City Council', 'asb_coordinator');
  set('Charnwood Borough Council', 'partner_case_officer');
  return (orgId) => byOrg.get(orgId) ?? null;
}

function incidentRow(
  inc: DemoIncident,
  place: PlaceColumns,
  organisationId: string,
  recorder: (orgId: string) => string | null,
): Insertable<IncidentsTable> {
  return {
    id: inc.id,
    reference: inc.reference,
    source: 'demo',
    source_id: null,
    organisation_id: organisationId,
    category: inc.category,
    incident_type_code: inc.typeCode,
    month: inc.month,
    occurred_from: inc.occurredFrom,
    occurred_to: inc.occurredTo,
    reported_at: inc.reportedAt,
    description: inc.description,
    hate_related: inc.hateRelated,
    synthetic: true,
    ...place,
    created_by: recorder(organisationId),
  };
}
