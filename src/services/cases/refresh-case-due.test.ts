import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { dueDates } from '../../domain/cases/due.js';
import { londonDate } from '../../domain/checks/calendar.js';
import { CASE_QUESTIONNAIRE_V1 } from '../../domain/risk/default-questionnaires.js';
import { loadCaseFacts } from '../../db/repositories/case-facts.js';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith, refreshDue } from '../../../test/case-builders.js';
import { aPerson, anActor, POLICE } from '../report/test-support.js';
import { answersFor } from '../risk/test-support.js';
import { completeAssessment } from '../risk/complete-assessment.js';
import { saveSection } from '../risk/save-section.js';
import { startAssessment } from '../risk/start-assessment.js';
import { recordContact } from './record-contact.js';
import { recordSupervisoryReview } from './record-review.js';
import { CASE_SETTINGS_KEY, loadCaseSettings } from './settings.js';
import { setContactPlan } from './set-contact-plan.js';
import { refreshAllCaseDue, refreshCaseDue, refreshCaseDueOnce, refreshMissingCaseDue } from './refresh-case-due.js';

const ago = (days: number) => new Date(Date.now() - days * 86_400_000);

describe('the stored due dates (case_due, case_contact_due)', () => {
  let h: DbHandle;
  let officer: Actor;
  let supervisor: Actor;
  beforeAll(async () => {
    h = await createTestDb();
    officer = (await anActor(h.db, POLICE, ['officer'])).actor;
    supervisor = (await anActor(h.db, POLICE, ['supervisor'])).actor;
  });
  afterAll(() => h.close());

  const stored = async (caseId: string) => ({
    due: await h.db
      .selectFrom('case_due')
      .select(['risk_due_on', 'risk_never_done', 'review_due_on', 'contact_due_on'])
      .where('case_id', '=', caseId)
      .executeTakeFirst(),
    contacts: await h.db
      .selectFrom('case_contact_due')
      .select(['person_id', 'due_on', 'has_plan', 'ever_made'])
      .where('case_id', '=', caseId)
      .orderBy('due_on')
      .orderBy('person_id')
      .execute(),
  });
  /** What the rule says the case's stored dates must be, from its facts now. */
  const expected = async (caseId: string) => {
    const d = dueDates((await loadCaseFacts(h.db, [caseId])).get(caseId)!, await loadCaseSettings(h.db));
    return {
      due: { risk_due_on: d.riskDueOn, risk_never_done: d.riskNeverDone, review_due_on: d.reviewDueOn, contact_due_on: d.contactDueOn },
      contacts: d.contacts
        .map((c) => ({ person_id: c.personId, due_on: c.dueOn, has_plan: c.hasPlan, ever_made: c.everMade }))
        .sort((a, b) => a.due_on.localeCompare(b.due_on) || a.person_id.localeCompare(b.person_id)),
    };
  };
  const casesWithoutDates = async () =>
    (
      await h.db
        .selectFrom('cases')
        .leftJoin('case_due as d', 'd.case_id', 'cases.id')
        .select('cases.id')
        .where('d.case_id', 'is', null)
        .execute()
    ).length;

  it('stores the dates of a new case: risk assessments two days after opening, review 28 days, each victim’s contact 14 days', async () => {
    const victim = await aPerson(h.db, { surname: 'Ashdown' });
    const c = await aCaseWith(h.db, { openedAt: new Date('2026-11-02T10:00:00Z'), parties: [{ personId: victim, role: 'victim' }] });
    expect(await stored(c.id)).toEqual({
      due: { risk_due_on: '2026-11-04', risk_never_done: 2, review_due_on: '2026-11-30', contact_due_on: '2026-11-16' },
      contacts: [{ person_id: victim, due_on: '2026-11-16', has_plan: false, ever_made: false }],
    });
  });

  it('stores nothing due for a closed case, and drops its contact rows when it closes', async () => {
    const victim = await aPerson(h.db, { surname: 'Blackmore' });
    const c = await aCaseWith(h.db, { parties: [{ personId: victim, role: 'victim' }] });
    expect((await stored(c.id)).contacts).toHaveLength(1);
    await h.db.updateTable('cases').set({ status: 'closed', closed_at: new Date() }).where('id', '=', c.id).execute();
    await refreshDue(h.db, c.id);
    expect(await stored(c.id)).toEqual({
      due: { risk_due_on: null, risk_never_done: 0, review_due_on: null, contact_due_on: null },
      contacts: [],
    });
  });

  it('is kept by each service that changes a case’s facts, in the same transaction', async () => {
    const victim = await aPerson(h.db, { surname: 'Cresswell' });
    const c = await aCaseWith(h.db, { openedAt: ago(20), parties: [{ personId: victim, role: 'victim' }] });
    const before = await stored(c.id);

    await setContactPlan(h.db, officer, c.id, victim, {
      method: 'phone',
      frequencyDays: 7,
      timesToAvoid: null,
      agreedOn: londonDate(ago(1)),
    });
    expect(await stored(c.id)).toEqual(await expected(c.id));
    expect((await stored(c.id)).contacts[0]!.has_plan).toBe(true);

    await recordContact(h.db, officer, c.id, victim, { contactedAt: ago(0), method: 'phone', outcome: 'made', summary: 'Updated.' });
    expect(await stored(c.id)).toEqual(await expected(c.id));
    expect((await stored(c.id)).contacts[0]!.ever_made).toBe(true);

    const next = londonDate(ago(-14));
    await recordSupervisoryReview(h.db, supervisor, c.id, {
      progress: 'Warning letter sent.',
      riskStillRight: true,
      actionsAgreed: 'Visit.',
      nextReviewOn: next,
    });
    expect((await stored(c.id)).due?.review_due_on).toBe(next);

    const { id } = await startAssessment(h.db, officer, c.id, { kind: 'case' });
    const answers = answersFor(CASE_QUESTIONNAIRE_V1, 'lowest');
    for (const s of CASE_QUESTIONNAIRE_V1.sections) await saveSection(h.db, officer, c.id, id, s.id, answers, { requireAll: true });
    await completeAssessment(h.db, officer, c.id, id, {});
    expect(await stored(c.id)).toEqual(await expected(c.id));
    expect((await stored(c.id)).due?.risk_never_done).toBe(before.due!.risk_never_done - 1);
  });

  it('leaves no case without its row: every builder and service case has one', async () => {
    expect(await casesWithoutDates()).toBe(0);
  });

  it('refreshes every case in batches, mending stale rows and missing ones, after a settings change', async () => {
    const c = await aCaseWith(h.db, { openedAt: new Date('2026-11-02T10:00:00Z') });
    await h.db.deleteFrom('case_due').where('case_id', '=', c.id).execute();
    expect(await casesWithoutDates()).toBe(1);
    expect(await refreshMissingCaseDue(h.db)).toBe(1);
    expect(await casesWithoutDates()).toBe(0);

    await h.db
      .insertInto('rule_settings')
      .values({ key: CASE_SETTINGS_KEY, value: JSON.stringify({ supervisoryReviewDays: 21 }) })
      .execute();
    const total = Number(
      (
        await h.db
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(await refreshAllCaseDue(h.db)).toBe(total);
    expect((await stored(c.id)).due?.review_due_on).toBe('2026-11-23');
    await h.db.deleteFrom('rule_settings').where('key', '=', CASE_SETTINGS_KEY).execute();
    await refreshAllCaseDue(h.db);
    expect((await stored(c.id)).due?.review_due_on).toBe('2026-11-30');
  });

  it('skips ids that are not cases and refreshes a case once however often it is named', async () => {
    const c = await aCaseWith(h.db);
    expect(await refreshCaseDue(h.db, [c.id, c.id, '00000000-0000-4000-8000-000000000000'])).toBe(1);
    expect(await refreshCaseDue(h.db, [])).toBe(0);
  });
});

describe('the scheduled refresh of the due dates', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb();
  });
  afterAll(() => h.close());

  const runs = () =>
    h.db
      .selectFrom('scheduled_runs')
      .select(['period_key', 'finished_at', 'result'])
      .where('task', '=', 'case_due')
      .orderBy('period_key')
      .execute();

  it('refreshes every case once a London day, however many instances tick', async () => {
    await aCaseWith(h.db);
    const [a, b] = await Promise.all([refreshCaseDueOnce(h.db, '2026-11-21'), refreshCaseDueOnce(h.db, '2026-11-21')]);
    expect([a, b].filter((r) => r?.periodKeys.length)).toHaveLength(1);
    expect(await runs()).toEqual([{ period_key: 'day-2026-11-21', finished_at: expect.any(Date), result: { cases: 1 } }]);
    expect(await refreshCaseDueOnce(h.db, '2026-11-21')).toBeNull();
  });

  it('otherwise refreshes only cases missing their row, and everything again when new settings are saved', async () => {
    const c = await aCaseWith(h.db);
    await h.db.deleteFrom('case_due').where('case_id', '=', c.id).execute();
    expect(await refreshCaseDueOnce(h.db, '2026-11-21')).toEqual({ periodKeys: [], cases: 1 });
    const row = await h.db
      .insertInto('rule_settings')
      .values({ key: CASE_SETTINGS_KEY, value: JSON.stringify({ dueSoonDays: 5 }) })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await refreshCaseDueOnce(h.db, '2026-11-21')).toEqual({ periodKeys: [`settings-${row.id}`], cases: 2 });
    expect(await refreshCaseDueOnce(h.db, '2026-11-21')).toBeNull();
  });
});
