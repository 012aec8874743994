import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith, refreshDue } from '../../../test/case-builders.js';
import { aUser, type TestUser } from '../../../test/builders.js';
import { CITY, POLICE, aPerson, anActor } from '../report/test-support.js';
import { sendQueuedEmails } from '../email/send-queued-emails.js';
import { NotAllowedToSend, runWeeklyComplianceOnce, sendWeeklyComplianceNow, weeklyEmailText } from './send-weekly-compliance.js';

/** Wednesday 18 November 2026, week 2026-W47. */
const TODAY = '2026-11-18';
const at = (ymd: string) => new Date(`${ymd}T12:00:00Z`);
const NO_SMTP = { smtpUrl: undefined, emailFrom: 'concord@localhost' };

describe('the weekly compliance lists', () => {
  let h: DbHandle;
  let wholeForce: TestUser;
  let charnwood: TestUser;
  let east: TestUser;
  let late: { id: string; reference: string };
  let onTime: { id: string; reference: string };
  beforeAll(async () => {
    h = await createTestDb();
    wholeForce = await aUser(h.db, { roles: ['supervisor'] });
    charnwood = await aUser(h.db, { roles: ['supervisor'] });
    east = await aUser(h.db, { roles: ['supervisor'] });
    await h.db.updateTable('users').set({ area_code: 'charnwood' }).where('id', '=', charnwood.id).execute();
    await h.db.updateTable('users').set({ area_code: 'leicester-east' }).where('id', '=', east.id).execute();
    const gone = await aUser(h.db, { roles: ['supervisor'] });
    await h.db.updateTable('users').set({ active: false }).where('id', '=', gone.id).execute();

    // A Charnwood case opened on 1 October: review overdue, no assessments; its victim last contacted on 20 October.
    const victim = await aPerson(h.db, { surname: 'Wetherby' });
    late = await aCaseWith(h.db, {
      openedAt: at('2026-10-01'),
      npaCode: 'charnwood',
      districtCode: 'E07000130',
      parties: [{ personId: victim, role: 'victim' }],
    });
    await h.db
      .insertInto('victim_contacts')
      .values({ case_id: late.id, person_id: victim, contacted_at: at('2026-10-20'), method: 'phone', outcome: 'made', summary: 'Updated' })
      .execute();
    await refreshDue(h.db, late.id);
    // A Leicester East case opened yesterday: nothing late yet.
    onTime = await aCaseWith(h.db, { openedAt: at('2026-11-17'), npaCode: 'leicester-east' });
    // The council's late case: the council has no supervisor.
    await aCaseWith(h.db, { org: CITY, openedAt: at('2026-09-01') });
  });
  afterAll(() => h.close());

  const weekly = () => h.db.selectFrom('emails').selectAll().where('kind', '=', 'weekly_compliance').orderBy('to_address').execute();

  it('emails each area’s supervisors its late items, once per week however often it runs', async () => {
    const result = await runWeeklyComplianceOnce(h.db, { periodKey: '2026-W47', today: TODAY });
    expect(result).toMatchObject({ periodKey: '2026-W47', weekKey: '2026-W47', emails: 2 });
    expect(await runWeeklyComplianceOnce(h.db, { periodKey: '2026-W47', today: TODAY })).toBeNull();
    const emails = await weekly();
    expect(emails.map((e) => e.to_address).sort()).toEqual([wholeForce.email, charnwood.email].sort());
    expect(emails.map((e) => e.subject).sort()).toEqual([
      'Weekly case compliance: Leicestershire Police, Charnwood, week 2026-W47',
      'Weekly case compliance: Leicestershire Police, all areas, week 2026-W47',
    ]);
    expect(emails.every((e) => e.status === 'queued' && e.organisation_id === wholeForce.organisationId)).toBe(true);
  });

  it('lists the overdue contact, the overdue review and the missing assessments by case reference, with no names', async () => {
    const body = (await weekly()).find((e) => e.to_address === charnwood.email)!.body_text;
    expect(body).toContain(`Overdue victim contacts (1)\n- ${late.reference}: Victim 1 contact, due 3 November 2026`);
    expect(body).toContain(`Overdue supervisory reviews (1)\n- ${late.reference}: Supervisory review, due 29 October 2026`);
    expect(body).toContain(
      `Missing risk assessments (2)\n- ${late.reference}: Case assessment, due 3 October 2026\n- ${late.reference}: Victim 1 assessment, due 3 October 2026`,
    );
    expect(body).toContain('Overdue risk assessments (0)\nNone.');
    expect(body).not.toContain('Wetherby');
    expect(body).not.toContain(onTime.reference);
  });

  it('says why an area got nothing: nothing outstanding, or no supervisor to send to', async () => {
    const run = await h.db
      .selectFrom('scheduled_runs')
      .selectAll()
      .where('task', '=', 'weekly_compliance')
      .where('period_key', '=', '2026-W47')
      .executeTakeFirstOrThrow();
    expect(run.finished_at).toBeInstanceOf(Date);
    const areas = (run.result as { areas: { organisation: string; area: string; emails: number; note: string }[] }).areas;
    expect(areas).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ organisation: POLICE, area: 'East Leicester', emails: 0, note: 'Nothing outstanding: no email sent' }),
        expect.objectContaining({ organisation: CITY, area: 'all areas', emails: 0, note: 'No supervisor to send to' }),
        expect.objectContaining({ organisation: POLICE, area: 'Charnwood', emails: 1, outstanding: 4 }),
      ]),
    );
  });

  it('audits the run without personal data', async () => {
    const audit = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'compliance.send').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      user_id: null,
      entity_type: 'scheduled_run',
      entity_id: 'weekly_compliance:2026-W47',
      detail: { emails: 2 },
    });
  });

  it('runs once when two instances race for the same week', async () => {
    const results = await Promise.all([
      runWeeklyComplianceOnce(h.db, { periodKey: '2026-W48', today: '2026-11-23' }),
      runWeeklyComplianceOnce(h.db, { periodKey: '2026-W48', today: '2026-11-23' }),
    ]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    // By then the Leicester East case's assessment is missing too, so its supervisor gets one as well.
    expect((await weekly()).filter((e) => e.subject.endsWith('week 2026-W48'))).toHaveLength(3);
  });

  it('puts the emails in the outbox when no SMTP server is configured', async () => {
    await sendQueuedEmails(h.db, NO_SMTP);
    expect((await weekly()).every((e) => e.status === 'outbox')).toBe(true);
  });

  it('sends now for an ASB coordinator (a new manual run each time), and refuses a supervisor', async () => {
    const { actor: coordinator } = await anActor(h.db, POLICE, ['asb_coordinator']);
    const first = await sendWeeklyComplianceNow(h.db, coordinator, NO_SMTP, new Date('2026-11-19T10:00:00Z'), '127.0.0.1');
    const second = await sendWeeklyComplianceNow(h.db, coordinator, NO_SMTP, new Date('2026-11-19T10:05:00Z'), '127.0.0.1');
    expect([first.emails, second.emails]).toEqual([2, 2]);
    expect(first.periodKey).toBe('manual-2026-11-19T10:00:00.000Z');
    expect(first.weekKey).toBe('2026-W47');
    expect(await h.db.selectFrom('emails').select('status').where('status', '=', 'queued').execute()).toHaveLength(0);
    const audit = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'compliance.send')
      .where('user_id', '=', coordinator.userId)
      .execute();
    expect(audit).toHaveLength(2);
    const { actor: supervisor } = await anActor(h.db, POLICE, ['supervisor']);
    await expect(sendWeeklyComplianceNow(h.db, supervisor, NO_SMTP, new Date(), null)).rejects.toBeInstanceOf(NotAllowedToSend);
  });
});

describe('the weekly email’s text', () => {
  it('says "None." under an empty list and counts each list', () => {
    const text = weeklyEmailText('Leicestershire Police', 'all areas', '2026-W47', '2026-11-16', {
      missingRiskAssessments: [],
      overdueRiskAssessments: [],
      overdueReviews: [{ caseId: 'c', reference: 'ASB-1', what: 'Supervisory review', dueOn: '2026-11-01' }],
      overdueContacts: [],
    });
    expect(text).toContain('Weekly case compliance for Leicestershire Police, all areas, week 2026-W47.');
    expect(text).toContain('Lists as at 16 November 2026.');
    expect(text).toContain('Overdue supervisory reviews (1)\n- ASB-1: Supervisory review, due 1 November 2026');
    expect(text).toContain('Overdue victim contacts (0)\nNone.');
  });
});
