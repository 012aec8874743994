/**
 * The queues and the compliance page read the stored due dates (case_due); these tests hold them
 * to the rule run over every case (caseDue), the way they were computed before the projection,
 * for many varied cases, and check that a case found without its dates is mended on read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import type { RiskKind } from '../../db/schema.js';
import { caseDue, type CaseDue } from '../../domain/cases/due.js';
import { addCalendarDays, londonDate } from '../../domain/checks/calendar.js';
import { loadCaseFacts } from '../../db/repositories/case-facts.js';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith, refreshDue } from '../../../test/case-builders.js';
import { createRandom } from '../demo/prng.js';
import { aPerson, anActor, POLICE } from '../report/test-support.js';
import { COMPLIANCE_LIST_LIMIT, complianceReport } from './compliance.js';
import { loadCaseSettings } from './settings.js';
import { workQueue, type DueFilter, type WorkQueueQuery } from './work-queue.js';

const TODAY = londonDate(new Date());
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const NPAS = ['charnwood', 'leicester-east', 'melton-rutland'];

describe('the queues and compliance figures from stored due dates', () => {
  let h: DbHandle;
  let supervisor: Actor;
  const ids: string[] = [];
  beforeAll(async () => {
    h = await createTestDb();
    ({ actor: supervisor } = await anActor(h.db, POLICE, ['supervisor']));
    const reviewer = supervisor.userId!;
    const questionnaires = Object.fromEntries(
      (await h.db.selectFrom('risk_questionnaires').select(['kind', 'id']).execute()).map((q) => [q.kind, q.id]),
    ) as Record<RiskKind, string>;
    const rng = createRandom(4);
    const people = await Promise.all(Array.from({ length: 12 }, (_, i) => aPerson(h.db, { surname: `Projection${i}` })));
    for (let n = 0; n < 70; n += 1) {
      const opened = rng.int(0, 80);
      const victims = [...new Set(Array.from({ length: rng.int(0, 2) }, () => rng.pick(people)))];
      const perpetrators = rng.chance(0.5) ? [rng.pick(people.filter((p) => !victims.includes(p)))] : [];
      const c = await aCaseWith(h.db, {
        openedAt: ago(opened),
        npaCode: rng.pick(NPAS),
        status: rng.chance(0.08) ? 'closed' : 'active',
        riskLevel: rng.pick(['standard', 'medium', 'high', null] as const),
        parties: [
          ...victims.map((personId) => ({ personId, role: 'victim' as const })),
          ...perpetrators.map((personId) => ({ personId, role: 'perpetrator' as const })),
        ],
      });
      ids.push(c.id);
      const when = () => ago(rng.int(0, opened));
      for (const [kind, personId] of [
        ['case', null],
        ...victims.map((v) => ['victim', v]),
        ...perpetrators.map((p) => ['perpetrator', p]),
      ] as [RiskKind, string | null][]) {
        if (!rng.chance(0.6)) continue;
        const at = when();
        await h.db
          .insertInto('risk_assessments')
          .values({
            case_id: c.id,
            kind,
            person_id: personId,
            questionnaire_id: questionnaires[kind],
            answers: '{}',
            status: 'completed',
            completed_at: at,
            started_at: at,
            level: rng.pick(['standard', 'medium', 'high'] as const),
          })
          .execute();
      }
      if (rng.chance(0.5)) {
        const at = when();
        await h.db
          .insertInto('supervisory_reviews')
          .values({
            case_id: c.id,
            reviewed_by: reviewer,
            reviewed_at: at,
            progress: 'p',
            risk_still_right: true,
            actions_agreed: 'a',
            next_review_on: londonDate(new Date(at.getTime() + rng.int(1, 28) * DAY)),
          })
          .execute();
      }
      for (const v of victims) {
        if (rng.chance(0.5))
          await h.db
            .insertInto('victim_contact_plans')
            .values({ case_id: c.id, person_id: v, method: 'phone', frequency_days: rng.int(3, 21), agreed_on: londonDate(when()) })
            .execute();
        if (rng.chance(0.6))
          await h.db
            .insertInto('victim_contacts')
            .values({
              case_id: c.id,
              person_id: v,
              contacted_at: when(),
              method: 'phone',
              outcome: rng.pick(['made', 'attempted'] as const),
              summary: 's',
            })
            .execute();
      }
      await refreshDue(h.db, c.id);
    }
  });
  afterAll(() => h.close());

  /** Every case of the team tab judged by the rule, as the queue did before the projection. */
  async function byRule(): Promise<{ id: string; reference: string; due: CaseDue }[]> {
    const [facts, settings, cases] = await Promise.all([
      loadCaseFacts(h.db, ids),
      loadCaseSettings(h.db),
      h.db.selectFrom('cases').select(['id', 'reference']).where('id', 'in', ids).execute(),
    ]);
    return cases.map((c) => ({ ...c, due: caseDue(facts.get(c.id)!, settings, TODAY) }));
  }
  const needs = (due: CaseDue, f: DueFilter) =>
    f === 'risk'
      ? due.riskAssessments.some((r) => r.state !== 'in_date')
      : f === 'review'
        ? !!due.review && due.review.state !== 'in_date'
        : due.contacts.some((c) => c.state !== 'in_date');
  const query = (over: Partial<WorkQueueQuery>): WorkQueueQuery => ({
    tab: 'team',
    status: 'all',
    due: [],
    highRiskOnly: false,
    sort: 'risk',
    page: 1,
    pageSize: 500,
    ...over,
  });

  it('filter to the same cases as the rule over every case, for each due filter and all three together', async () => {
    const judged = await byRule();
    for (const due of [['risk'], ['review'], ['contact'], ['risk', 'review', 'contact']] as DueFilter[][]) {
      const queue = await workQueue(h.db, supervisor, query({ due }), TODAY, null);
      const want = judged
        .filter((j) => due.every((f) => needs(j.due, f)))
        .map((j) => j.reference)
        .sort();
      expect(queue.rows.map((r) => r.case.reference).sort()).toEqual(want);
      expect(queue.total).toBe(want.length);
      expect(want.length).toBeGreaterThan(0);
      expect(want.length).toBeLessThan(judged.length);
      expect(queue.rows.every((r) => due.every((f) => needs(r.due, f)))).toBe(true);
    }
  });

  it('sort by next review due as the rule dates them, closed cases last', async () => {
    const judged = new Map((await byRule()).map((j) => [j.reference, j.due]));
    const queue = await workQueue(h.db, supervisor, query({ sort: 'review' }), TODAY, null);
    const dates = queue.rows.map((r) => judged.get(r.case.reference)!.review?.dueOn ?? '9999-12-31');
    expect(dates).toEqual([...dates].sort());
    expect(queue.rows.map((r) => r.due)).toEqual(queue.rows.map((r) => judged.get(r.case.reference)));
  });

  it('count the compliance figures as the rule does over every case, listing the same items not met in the same order', async () => {
    for (const filter of [{}, { npaCode: 'charnwood' }]) {
      const page = (await complianceReport(h.db, supervisor, filter, TODAY, 'view', null)).figures;
      const all = (await complianceReport(h.db, supervisor, filter, TODAY, 'export', null)).figures;
      for (const key of ['riskAssessments', 'reviews', 'contacts'] as const) {
        expect([page[key].numerator, page[key].denominator, page[key].notMet, page[key].shown]).toEqual([
          all[key].numerator,
          all[key].denominator,
          all[key].notMet,
          all[key].shown,
        ]);
        expect(page[key].items).toEqual(all[key].items.filter((i) => !i.met).slice(0, COMPLIANCE_LIST_LIMIT));
      }
      expect(all.reviews.denominator).toBeGreaterThan(0);
      expect(page.reviews.notMet + page.contacts.notMet + page.riskAssessments.notMet).toBeGreaterThan(0);
    }
  });

  it('mend a case found without its dates, or with dates stale for its status, and count it', async () => {
    const fresh = await aCaseWith(h.db, { openedAt: ago(60), npaCode: 'charnwood' });
    const closing = await aCaseWith(h.db, { openedAt: ago(60), npaCode: 'charnwood' });
    ids.push(fresh.id, closing.id);
    const reviewDue = addCalendarDays(londonDate(ago(60)), 28);
    const storedReview = async (id: string) =>
      (await h.db.selectFrom('case_due').select('review_due_on').where('case_id', '=', id).executeTakeFirst())?.review_due_on;
    await h.db.deleteFrom('case_due').where('case_id', '=', fresh.id).execute();
    await h.db.updateTable('cases').set({ status: 'closed', closed_at: new Date() }).where('id', '=', closing.id).execute();

    const all = (await complianceReport(h.db, supervisor, { npaCode: 'charnwood' }, TODAY, 'export', null)).figures.reviews;
    const page = (await complianceReport(h.db, supervisor, { npaCode: 'charnwood' }, TODAY, 'view', null)).figures.reviews;
    expect([page.numerator, page.denominator]).toEqual([all.numerator, all.denominator]);
    expect(page.items.map((i) => i.case.reference)).toContain(fresh.reference);
    expect(await storedReview(fresh.id)).toBe(reviewDue);

    await h.db.deleteFrom('case_due').where('case_id', '=', fresh.id).execute();
    const overdue = await workQueue(h.db, supervisor, query({ due: ['review'] }), TODAY, null);
    expect(overdue.rows.map((r) => r.case.reference)).toContain(fresh.reference);
    expect(overdue.rows.map((r) => r.case.reference)).not.toContain(closing.reference);
    expect([await storedReview(fresh.id), await storedReview(closing.id)]).toEqual([reviewDue, null]);
  });

  it('list at most COMPLIANCE_LIST_LIMIT items not met under a figure, counting them all', async () => {
    const more = COMPLIANCE_LIST_LIMIT + 5 - (await complianceReport(h.db, supervisor, {}, TODAY, 'view', null)).figures.reviews.notMet;
    for (let i = 0; i < more; i += 1) await aCaseWith(h.db, { openedAt: ago(45), npaCode: 'melton-rutland' });
    const reviews = (await complianceReport(h.db, supervisor, {}, TODAY, 'view', null)).figures.reviews;
    expect([reviews.items.length, reviews.notMet]).toEqual([COMPLIANCE_LIST_LIMIT, COMPLIANCE_LIST_LIMIT + 5]);
    expect(reviews.items.every((i) => !i.met)).toBe(true);
  });
});
