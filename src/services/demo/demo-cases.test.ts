import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import type { DbHandle } from '../../db/client.js';
import { loadCaseFacts } from '../../db/repositories/case-facts.js';
import { PERMISSIONS } from '../../domain/access/roles.js';
import { caseDue, isLate } from '../../domain/cases/due.js';
import { DEFAULT_CASE_SETTINGS } from '../../domain/cases/settings.js';
import { londonDate } from '../../domain/checks/calendar.js';
import { DEMO_CASE_COUNT, seedDemoCases } from './demo-cases.js';
import { seedDemo } from './seed-demo.js';

const NOW = new Date('2026-11-21T09:00:00Z');

describe('the demo partnership’s cases', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb();
    await seedDemo(h.db, () => undefined, { now: NOW, incidents: 600, placer: null });
  });
  afterAll(() => h.close());

  const cases = () =>
    h.db
      .selectFrom('cases')
      .innerJoin('organisations as o', 'o.id', 'cases.lead_organisation_id')
      .select([
        'cases.id',
        'cases.reference',
        'cases.status',
        'cases.synthetic',
        'cases.closed_at',
        'cases.outcome',
        'cases.lead_officer_id',
        'cases.lead_organisation_id',
        'o.name as org',
      ])
      .execute();

  it('seeds about 40 synthetic cases from demo incidents, each with its incidents, people and opening event', async () => {
    const rows = await cases();
    expect(rows).toHaveLength(DEMO_CASE_COUNT);
    expect(rows.every((c) => c.synthetic && /^DEMO-CASE-\d{4}$/.test(c.reference))).toBe(true);
    const links = await h.db
      .selectFrom('case_incidents')
      .innerJoin('incidents', 'incidents.id', 'case_incidents.incident_id')
      .select(['case_id', 'incidents.source'])
      .execute();
    expect(new Set(links.map((l) => l.case_id)).size).toBe(DEMO_CASE_COUNT);
    expect(links.every((l) => l.source === 'demo')).toBe(true);
    const victims = await h.db.selectFrom('case_parties').select('case_id').distinct().where('role', '=', 'victim').execute();
    expect(victims).toHaveLength(DEMO_CASE_COUNT);
    const opened = await h.db.selectFrom('case_events').select('case_id').where('kind', '=', 'opened').execute();
    expect(opened).toHaveLength(DEMO_CASE_COUNT);
  });

  it('mixes statuses, with closed cases carrying an outcome', async () => {
    const rows = await cases();
    const statuses = new Set(rows.map((c) => c.status));
    for (const s of ['open', 'active', 'closed']) expect(statuses, s).toContain(s);
    for (const c of rows.filter((r) => r.status === 'closed')) expect(c.outcome && c.closed_at).toBeTruthy();
    expect(rows.filter((r) => r.status !== 'closed').every((r) => r.closed_at === null)).toBe(true);
  });

  it('has the police and councils leading, each case led by a demo user with case work there', async () => {
    const rows = await cases();
    const orgs = new Set(rows.map((c) => c.org));
    expect(orgs).toContain('Leicestershire Police');
    expect([...orgs].some((o) => o.endsWith('Council'))).toBe(true);
    const memberships = await h.db.selectFrom('memberships').select(['user_id', 'organisation_id', 'role']).execute();
    for (const c of rows) {
      const ok = memberships.some(
        (m) =>
          m.user_id === c.lead_officer_id && m.organisation_id === c.lead_organisation_id && PERMISSIONS['cases:work'].includes(m.role),
      );
      expect(ok, c.reference).toBe(true);
    }
  });

  it('leaves some cases behind and keeps others up to date, for the queues and compliance page', async () => {
    const open = (await cases()).filter((c) => c.status !== 'closed').map((c) => c.id);
    const facts = await loadCaseFacts(h.db, open);
    const today = londonDate(NOW);
    const dues = [...facts.values()].map((f) => caseDue(f, DEFAULT_CASE_SETTINGS, today));
    expect(dues.some((d) => d.riskAssessments.some((r) => r.state === 'missing'))).toBe(true);
    expect(dues.some((d) => d.review && isLate(d.review.state))).toBe(true);
    expect(dues.some((d) => d.riskAssessments.every((r) => !isLate(r.state)) && d.review && !isLate(d.review.state))).toBe(true);
  });

  it('adds no cases when seeded again', async () => {
    expect(await seedDemoCases(h.db, () => undefined, { now: NOW })).toBe(0);
    await seedDemo(h.db, () => undefined, { now: NOW, placer: null });
    expect(await cases()).toHaveLength(DEMO_CASE_COUNT);
  });
});
