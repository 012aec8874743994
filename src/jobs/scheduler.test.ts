import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client.js';
import { loadConfig } from '../config.js';
import { createTestDb } from '../../test/db.js';
import { aUser, type TestUser } from '../../test/builders.js';
import { aCaseWith } from '../../test/case-builders.js';
import { aPerson } from '../services/report/test-support.js';
import { startTestSmtpServer } from '../services/email/test-smtp-server.js';
import { createScheduler, type SchedulerOptions } from './scheduler.js';

describe('the scheduler', () => {
  let h: DbHandle;
  let supervisor: TestUser;
  let reference: string;
  const logs: unknown[] = [];
  const log = { info: (o: object, m: string) => logs.push([o, m]), error: (o: object, m: string) => logs.push([o, m]) };
  beforeAll(async () => {
    h = await createTestDb();
    supervisor = await aUser(h.db, { roles: ['supervisor'] });
    const victim = await aPerson(h.db, { surname: 'Yardley' });
    ({ reference } = await aCaseWith(h.db, {
      openedAt: new Date('2026-10-01T12:00:00Z'),
      parties: [{ personId: victim, role: 'victim' }],
    }));
  });
  afterAll(() => h.close());

  const scheduler = (now: string, over: Partial<SchedulerOptions> = {}) =>
    createScheduler({
      db: h.db,
      mail: { smtpUrl: undefined, emailFrom: 'concord@localhost' },
      weeklyDay: 1,
      weeklyHour: 7,
      log,
      now: () => new Date(now),
      ...over,
    });
  const runs = () =>
    h.db
      .selectFrom('scheduled_runs')
      .select(['period_key', 'finished_at'])
      .where('task', '=', 'weekly_compliance')
      .orderBy('period_key')
      .execute();
  const emails = (week: string) => h.db.selectFrom('emails').selectAll().where('subject', 'like', `%week ${week}`).execute();

  it('does nothing before 07:00 on Monday (London), then runs the week’s lists once and sends them to the outbox', async () => {
    await scheduler('2026-11-16T06:59:00Z').tick();
    expect(await runs()).toEqual([]);
    const first = scheduler('2026-11-16T07:00:00Z');
    await first.tick();
    await first.tick();
    expect((await runs()).map((r) => r.period_key)).toEqual(['2026-W47']);
    const sent = await emails('2026-W47');
    expect(sent.map((e) => [e.to_address, e.status])).toEqual([[supervisor.email, 'outbox']]);
    expect(sent[0]!.body_text).toContain(`${reference}: Victim 1 contact`);
  });

  it('does not run the week again after a restart or on another instance', async () => {
    await scheduler('2026-11-18T15:00:00Z').tick();
    expect((await runs()).map((r) => r.period_key)).toEqual(['2026-W47']);
    expect(await emails('2026-W47')).toHaveLength(1);
  });

  it('catches up a week whose Monday run was missed when it next starts that week', async () => {
    const s = scheduler('2026-11-26T09:00:00Z');
    s.start();
    await s.stop();
    expect((await runs()).map((r) => r.period_key)).toEqual(['2026-W47', '2026-W48']);
    expect(await emails('2026-W48')).toHaveLength(1);
  });

  it('runs a week once when two instances tick at the same moment', async () => {
    await Promise.all([scheduler('2026-11-30T08:00:00Z').tick(), scheduler('2026-11-30T08:00:00Z').tick()]);
    expect(await emails('2026-W49')).toHaveLength(1);
  });

  it('sends through SMTP when configured, the overdue contact in the email', async () => {
    const smtp = await startTestSmtpServer();
    try {
      await scheduler('2026-12-07T08:00:00Z', { mail: { smtpUrl: smtp.url, emailFrom: 'concord@partnership.test' } }).tick();
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.to).toEqual([supervisor.email]);
      expect(smtp.received[0]!.data).toContain(`${reference}: Victim 1 contact`);
      expect((await emails('2026-W50'))[0]).toMatchObject({ status: 'sent' });
    } finally {
      await smtp.close();
    }
  });

  it('refreshes every case’s due dates once a London day', async () => {
    const days = await h.db
      .selectFrom('scheduled_runs')
      .select('period_key')
      .where('task', '=', 'case_due')
      .orderBy('period_key')
      .execute();
    expect(days.map((d) => d.period_key)).toEqual([
      'day-2026-11-16',
      'day-2026-11-18',
      'day-2026-11-26',
      'day-2026-11-30',
      'day-2026-12-07',
    ]);
    expect(logs).toContainEqual([{ task: 'case_due', periodKeys: ['day-2026-11-16'], cases: 1 }, 'case due dates refreshed']);
  });

  it('logs counts and keys only, never an address', () => {
    expect(logs.length).toBeGreaterThan(0);
    expect(JSON.stringify(logs)).not.toContain('@');
    expect(logs).toContainEqual([
      { task: 'weekly_compliance', periodKey: '2026-W47', emails: 1, areas: 1 },
      'weekly compliance lists queued',
    ]);
  });

  it('runs every task even when one fails, logging each failure without detail', async () => {
    const broken = {} as SchedulerOptions['db'];
    const failing = createScheduler({
      db: broken,
      mail: { smtpUrl: undefined, emailFrom: 'x' },
      weeklyDay: 1,
      weeklyHour: 7,
      log,
      now: () => new Date('2026-11-16T08:00:00Z'),
    });
    await failing.tick();
    expect(logs.slice(-3)).toEqual([
      [{ task: 'case_due', error: 'TypeError', code: undefined }, 'scheduled task failed'],
      [{ task: 'weekly_compliance', error: 'TypeError', code: undefined }, 'scheduled task failed'],
      [{ task: 'send_emails', error: 'TypeError', code: undefined }, 'scheduled task failed'],
    ]);
  });
});

describe('job and email configuration', () => {
  it('defaults to jobs on, Monday 07:00, no SMTP (the outbox) and concord@localhost', () => {
    const c = loadConfig({});
    expect([c.jobsEnabled, c.weeklyComplianceDay, c.weeklyComplianceHour, c.smtpUrl, c.emailFrom]).toEqual([
      true,
      1,
      7,
      undefined,
      'concord@localhost',
    ]);
  });

  it('reads the day, hour, SMTP URL and From address', () => {
    const c = loadConfig({
      JOBS_ENABLED: 'false',
      WEEKLY_COMPLIANCE_DAY: 'friday',
      WEEKLY_COMPLIANCE_HOUR: '16',
      SMTP_URL: 'smtp://mail.internal:25',
      EMAIL_FROM: 'asb@partnership.test',
    });
    expect([c.jobsEnabled, c.weeklyComplianceDay, c.weeklyComplianceHour, c.smtpUrl, c.emailFrom]).toEqual([
      false,
      5,
      16,
      'smtp://mail.internal:25',
      'asb@partnership.test',
    ]);
  });

  it('refuses an SMTP URL that is not smtp:// or smtps://, and an hour out of range', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://mail.internal' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ WEEKLY_COMPLIANCE_HOUR: '24' })).toThrow(/WEEKLY_COMPLIANCE_HOUR/);
    expect(() => loadConfig({ WEEKLY_COMPLIANCE_DAY: 'someday' })).toThrow(/WEEKLY_COMPLIANCE_DAY/);
  });
});
