import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { addCalendarDays, londonDate } from '../../domain/checks/calendar.js';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith } from '../../../test/case-builders.js';
import { orgId } from '../../../test/builders.js';
import { CITY, POLICE, aPerson, anActor } from '../report/test-support.js';
import { queueTabs, workQueue, type WorkQueueQuery } from './work-queue.js';

const DAY = 86_400_000;
const TODAY = londonDate(new Date());
const ago = (days: number) => new Date(Date.now() - days * DAY);

describe('the work queues', () => {
  let h: DbHandle;
  let officer: Actor;
  let otherOfficer: Actor;
  let supervisor: Actor;
  let areaSupervisor: Actor;
  let cityOfficer: Actor;
  const refs: Record<string, string> = {};
  beforeAll(async () => {
    h = await createTestDb();
    ({ actor: officer } = await anActor(h.db, POLICE, ['officer']));
    ({ actor: otherOfficer } = await anActor(h.db, POLICE, ['officer']));
    ({ actor: supervisor } = await anActor(h.db, POLICE, ['supervisor']));
    const area = await anActor(h.db, POLICE, ['supervisor']);
    areaSupervisor = area.actor;
    await h.db.updateTable('users').set({ area_code: 'charnwood' }).where('id', '=', area.user.id).execute();
    ({ actor: cityOfficer } = await anActor(h.db, CITY, ['partner_case_officer']));
    const victim = await aPerson(h.db, { surname: 'Underhill' });

    const make = async (name: string, spec: Parameters<typeof aCaseWith>[1]) => {
      refs[name] = (await aCaseWith(h.db, spec)).reference;
    };
    // Officer's own cases: a fresh standard one, an old one (review overdue, victim never contacted), a high-risk one, a closed one.
    await make('fresh', { officerId: officer.userId, openedAt: ago(1), riskLevel: 'standard', npaCode: 'charnwood' });
    await make('old', {
      officerId: officer.userId,
      openedAt: ago(40),
      parties: [{ personId: victim, role: 'victim' }],
      npaCode: 'leicester-east',
    });
    await make('high', { officerId: officer.userId, openedAt: ago(10), riskLevel: 'high', districtCode: 'E07000130' });
    await make('closed', { officerId: officer.userId, openedAt: ago(50), status: 'closed' });
    // A colleague's case in the same organisation.
    await make('colleague', { officerId: otherOfficer.userId, openedAt: ago(5), riskLevel: 'medium', npaCode: 'charnwood' });
    // The council's cases: one shared with the police, one not.
    await make('cityShared', { org: CITY, officerId: cityOfficer.userId, openedAt: ago(3) });
    await make('cityPrivate', { org: CITY, officerId: cityOfficer.userId, openedAt: ago(3) });
    const shared = await h.db.selectFrom('cases').select('id').where('reference', '=', refs.cityShared!).executeTakeFirstOrThrow();
    await h.db
      .insertInto('case_shares')
      .values({ case_id: shared.id, organisation_id: await orgId(h.db, POLICE), reason: 'Joint problem' })
      .execute();
  });
  afterAll(() => h.close());

  const query = (over: Partial<WorkQueueQuery> = {}): WorkQueueQuery => ({
    status: 'current',
    due: [],
    highRiskOnly: false,
    sort: 'risk',
    page: 1,
    pageSize: 25,
    ...over,
  });
  const listed = async (actor: Actor, over: Partial<WorkQueueQuery> = {}) =>
    (await workQueue(h.db, actor, query(over), TODAY, null)).rows.map((r) => r.case.reference);
  const names = (list: string[]) => list.map((ref) => Object.keys(refs).find((k) => refs[k] === ref));

  it('gives officers "My cases" and "Shared with us", and reviewers a "Team" tab first', () => {
    expect(queueTabs(officer)).toEqual(['mine', 'shared']);
    expect(queueTabs(supervisor)).toEqual(['team', 'mine', 'shared']);
  });

  it('lists an officer’s open cases, high risk first, without the closed one', async () => {
    expect(names(await listed(officer, { tab: 'mine' }))).toEqual(['high', 'fresh', 'old']);
  });

  it('falls back to "My cases" when an officer asks for the team tab', async () => {
    const queue = await workQueue(h.db, officer, query({ tab: 'team' }), TODAY, null);
    expect(queue.tab).toBe('mine');
  });

  it('shows a supervisor every open case led by their organisation, and never another organisation’s', async () => {
    expect(names(await listed(supervisor, { tab: 'team' })).sort()).toEqual(['colleague', 'fresh', 'high', 'old'].sort());
  });

  it('limits a supervisor with an area to cases in that NPA or district', async () => {
    await h.db.updateTable('users').set({ area_code: 'E07000130' }).where('id', '=', areaSupervisor.userId!).execute();
    expect(names(await listed(areaSupervisor, { tab: 'team' }))).toEqual(['high']);
    await h.db.updateTable('users').set({ area_code: 'charnwood' }).where('id', '=', areaSupervisor.userId!).execute();
    expect(names(await listed(areaSupervisor, { tab: 'team' }))).toEqual(['colleague', 'fresh']);
  });

  it('puts a case shared with the organisation under "Shared with us" only; an unshared one never appears', async () => {
    expect(names(await listed(officer, { tab: 'shared' }))).toEqual(['cityShared']);
    for (const tab of ['mine', 'team', 'shared'] as const) {
      for (const actor of [officer, supervisor]) expect(await listed(actor, { tab, status: 'all' })).not.toContain(refs.cityPrivate);
    }
    expect(names(await listed(cityOfficer, { tab: 'mine' })).sort()).toEqual(['cityPrivate', 'cityShared']);
    expect(await listed(cityOfficer, { tab: 'shared' })).toEqual([]);
  });

  it('filters by status', async () => {
    expect(names(await listed(officer, { tab: 'mine', status: 'closed' }))).toEqual(['closed']);
    expect(await listed(officer, { tab: 'mine', status: 'all' })).toHaveLength(4);
  });

  it('filters to high risk (flag or assessed level)', async () => {
    await h.db.updateTable('cases').set({ high_risk: true }).where('reference', '=', refs.colleague!).execute();
    expect(names(await listed(supervisor, { tab: 'team', highRiskOnly: true }))).toEqual(['high', 'colleague']);
    await h.db.updateTable('cases').set({ high_risk: false }).where('reference', '=', refs.colleague!).execute();
  });

  it('filters to cases with a review due or overdue, a contact due or overdue, or a risk assessment due or missing', async () => {
    expect(names(await listed(officer, { tab: 'mine', due: ['review'] }))).toEqual(['old']);
    expect(names(await listed(officer, { tab: 'mine', due: ['contact'] }))).toEqual(['old']);
    expect(names(await listed(officer, { tab: 'mine', due: ['risk'] }))).toEqual(['high', 'fresh', 'old']);
    expect(names(await listed(officer, { tab: 'mine', due: ['risk', 'review', 'contact'] }))).toEqual(['old']);
  });

  it('gives each case what it owes: the old case’s review is overdue and its victim never contacted', async () => {
    const queue = await workQueue(h.db, officer, query({ tab: 'mine', due: ['review'] }), TODAY, null);
    const due = queue.rows[0]!.due;
    expect(due.review).toMatchObject({ state: 'overdue', dueOn: addCalendarDays(londonDate(ago(40)), 28) });
    expect(due.contacts.map((c) => c.state)).toEqual(['missing']);
  });

  it('sorts by next review due, soonest first, and by reference', async () => {
    expect(names(await listed(officer, { tab: 'mine', sort: 'review' }))).toEqual(['old', 'high', 'fresh']);
    expect(await listed(officer, { tab: 'mine', sort: 'reference' })).toEqual([refs.fresh, refs.old, refs.high].sort());
  });

  it('pages the queue, counting every case, on both paths', async () => {
    const first = await workQueue(h.db, officer, query({ tab: 'mine', pageSize: 2 }), TODAY, null);
    const second = await workQueue(h.db, officer, query({ tab: 'mine', pageSize: 2, page: 2 }), TODAY, null);
    expect([first.total, first.rows.length, second.rows.length]).toEqual([3, 2, 1]);
    const byReview = await workQueue(h.db, officer, query({ tab: 'mine', pageSize: 2, page: 2, sort: 'review' }), TODAY, null);
    expect([byReview.total, names(byReview.rows.map((r) => r.case.reference))]).toEqual([3, ['fresh']]);
  });

  it('audits each view of a queue with the tab and page only', async () => {
    await workQueue(h.db, otherOfficer, query({ tab: 'mine' }), TODAY, '127.0.0.1');
    const rows = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'case.queue')
      .where('user_id', '=', otherOfficer.userId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.detail).toEqual({ tab: 'mine', page: 1 });
  });
});
