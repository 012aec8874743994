import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb } from '../../../test/db.js';
import type { DbHandle } from '../../db/client.js';
import { ROLES } from '../../domain/access/roles.js';
import { planIncidents } from './demo-incidents.js';
import { DEMO_STAFF, demoEmail } from './demo-users.js';
import { createRandom } from './prng.js';
import { seedDemo, seedDemoIfEmpty } from './seed-demo.js';

const NOW = new Date('2026-11-21T09:00:00Z');
const YEAR_MS = 365 * 86_400_000;

describe('the demo partnership seed', () => {
  let h: DbHandle;
  let password: string;
  beforeAll(async () => {
    h = await createTestDb();
    const seeded = await seedDemoIfEmpty(h.db, () => undefined, { now: NOW });
    password = seeded!.password;
  });
  afterAll(() => h.close());

  const demoIncidents = () => h.db.selectFrom('incidents').where('source', '=', 'demo');

  it('creates one synthetic user per role, in the organisation the demo says', async () => {
    const rows = await h.db
      .selectFrom('users')
      .innerJoin('memberships', 'memberships.user_id', 'users.id')
      .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
      .select(['users.email', 'users.synthetic', 'memberships.role', 'organisations.name'])
      .execute();
    for (const { code } of ROLES) {
      const staff = DEMO_STAFF.find((s) => s.role === code)!;
      const row = rows.find((r) => r.role === code);
      expect(row, code).toMatchObject({ email: demoEmail(code), synthetic: true, name: staff.organisation });
    }
    expect(password.length).toBeGreaterThanOrEqual(12);
  });

  it('marks every incident synthetic, with a DEMO- reference, a [SYNTHETIC] description and a recording agency', async () => {
    const [all, marked] = await Promise.all([
      demoIncidents()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
      demoIncidents()
        .where('synthetic', '=', true)
        .where('reference', 'like', 'DEMO-%')
        .where('description', 'like', '[SYNTHETIC]%')
        .where('organisation_id', 'is not', null)
        .where('district_code', 'is not', null)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    expect(Number(all.n)).toBeGreaterThanOrEqual(1500);
    expect(Number(all.n)).toBeLessThanOrEqual(3000);
    expect(Number(marked.n)).toBe(Number(all.n));
    const people = await h.db.selectFrom('people').select(['synthetic']).execute();
    expect(people.length).toBeGreaterThan(500);
    expect(people.every((p) => p.synthetic)).toBe(true);
  });

  it('has about 30% personal ASB and 70% community (nuisance and environmental)', async () => {
    const rows = await demoIncidents().select(['category']).execute();
    const personal = rows.filter((r) => r.category === 'personal').length / rows.length;
    expect(personal).toBeGreaterThanOrEqual(0.25);
    expect(personal).toBeLessThanOrEqual(0.35);
  });

  it('makes about 39% of victims repeat victims within 12 months', async () => {
    const rows = await h.db
      .selectFrom('incident_parties')
      .innerJoin('incidents', 'incidents.id', 'incident_parties.incident_id')
      .where('incident_parties.role', '=', 'victim')
      .select(['incident_parties.person_id', 'incidents.occurred_from'])
      .execute();
    const byVictim = new Map<string, number[]>();
    for (const r of rows) byVictim.set(r.person_id, [...(byVictim.get(r.person_id) ?? []), new Date(r.occurred_from!).getTime()]);
    const repeats = [...byVictim.values()].filter((times) => {
      times.sort((a, b) => a - b);
      return times.some((t, i) => i > 0 && t - times[i - 1]! <= YEAR_MS);
    }).length;
    const share = repeats / byVictim.size;
    expect(share).toBeGreaterThanOrEqual(0.3);
    expect(share).toBeLessThanOrEqual(0.48);
  });

  it('peaks in May and is quieter in November', async () => {
    const rows = await demoIncidents()
      .select([sql<number>`extract(month from month)::int`.as('m'), (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(sql`extract(month from month)`)
      .execute();
    const count = (m: number) => Number(rows.find((r) => Number(r.m) === m)?.n ?? 0);
    expect(count(5)).toBeGreaterThan(count(11));
    expect(count(5)).toBe(Math.max(...rows.map((r) => Number(r.n))));
  });

  it('happens more on weekdays than at weekends (London days)', async () => {
    const rows = await demoIncidents()
      .select([
        sql<number>`extract(isodow from occurred_from at time zone 'Europe/London')::int`.as('d'),
        (eb) => eb.fn.countAll<number>().as('n'),
      ])
      .groupBy(sql`1`)
      .execute();
    const total = rows.reduce((s, r) => s + Number(r.n), 0);
    const weekdays = rows.filter((r) => Number(r.d) <= 5).reduce((s, r) => s + Number(r.n), 0);
    expect(weekdays / total).toBeGreaterThan(5 / 7);
  });

  it('puts about 46% of incidents in Leicester and the next most in Charnwood', async () => {
    const rows = await demoIncidents()
      .select(['district_code', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('district_code')
      .orderBy('n', 'desc')
      .execute();
    const total = rows.reduce((s, r) => s + Number(r.n), 0);
    expect(rows[0]!.district_code).toBe('E06000016');
    expect(Number(rows[0]!.n) / total).toBeGreaterThan(0.4);
    expect(Number(rows[0]!.n) / total).toBeLessThan(0.52);
    expect(rows[1]!.district_code).toBe('E07000130');
  });

  it('adds nothing when seeded again, and seedDemoIfEmpty leaves a database with users alone', async () => {
    const before = await demoIncidents()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await seedDemoIfEmpty(h.db, () => undefined, { now: NOW })).toBeUndefined();
    const again = await seedDemo(h.db, () => undefined, { now: NOW });
    expect(again.users).toHaveLength(ROLES.length);
    const after = await demoIncidents()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('plans the same incidents every time for the same moment (fixed seed)', () => {
    const a = planIncidents(createRandom(), 50, NOW);
    const b = planIncidents(createRandom(), 50, NOW);
    expect(b).toEqual(a);
  });
});
