import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { createTestDb } from '../../../test/db.js';
import { queueEmail } from './queue-email.js';
import { CLAIM_EXPIRES_MINUTES, MAX_ATTEMPTS, safeError, sendQueuedEmails } from './send-queued-emails.js';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server.js';

const FROM = 'concord@partnership.test';

describe('sending queued emails', () => {
  let h: DbHandle;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    h = await createTestDb();
    smtp = await startTestSmtpServer({ refuse: (a) => a.startsWith('bounce') });
  });
  afterAll(async () => {
    await smtp.close();
    await h.close();
  });
  beforeEach(async () => {
    await h.db.deleteFrom('emails').execute();
    smtp.received.length = 0;
  });

  const email = (to: string, subject = 'Weekly case compliance') =>
    queueEmail(h.db, { kind: 'test', to, subject, text: `Cases to chase for ${subject}.\n- ASB-1\n.leading dot line` });
  const row = (id: string) => h.db.selectFrom('emails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('sends each queued email through SMTP from EMAIL_FROM and marks it sent', async () => {
    const a = await email('sam.supervisor@police.test', 'First');
    const b = await email('pat.partner@council.test', 'Second');
    const result = await sendQueuedEmails(h.db, { smtpUrl: smtp.url, emailFrom: FROM });
    expect(result).toEqual({ sent: 2, retrying: 0, failed: 0, outbox: 0 });
    expect(smtp.received.map((m) => [m.from, m.to])).toEqual([
      [FROM, ['sam.supervisor@police.test']],
      [FROM, ['pat.partner@council.test']],
    ]);
    expect(smtp.received[0]!.data).toContain('Subject: First');
    expect(smtp.received[0]!.data).toContain('- ASB-1');
    expect(smtp.received[0]!.data).toContain('\r\n.leading dot line');
    for (const id of [a, b]) expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, error: null, sent_at: expect.any(Date) });
    expect(await sendQueuedEmails(h.db, { smtpUrl: smtp.url, emailFrom: FROM })).toEqual({ sent: 0, retrying: 0, failed: 0, outbox: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it('keeps a refused email queued with the error (addresses masked), and fails it after three attempts', async () => {
    const bad = await email('bounce.back@police.test');
    const good = await email('sam.supervisor@police.test');
    const settings = { smtpUrl: smtp.url, emailFrom: FROM };
    expect(await sendQueuedEmails(h.db, settings)).toEqual({ sent: 1, retrying: 1, failed: 0, outbox: 0 });
    const first = await row(bad);
    expect(first).toMatchObject({ status: 'queued', attempts: 1, sent_at: null });
    expect(first.error).toMatch(/550/);
    expect(first.error).not.toContain('bounce.back@police.test');
    expect(await row(good)).toMatchObject({ status: 'sent' });
    expect(await sendQueuedEmails(h.db, settings)).toEqual({ sent: 0, retrying: 1, failed: 0, outbox: 0 });
    expect(await sendQueuedEmails(h.db, settings)).toEqual({ sent: 0, retrying: 0, failed: 1, outbox: 0 });
    expect(await row(bad)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(await sendQueuedEmails(h.db, settings)).toEqual({ sent: 0, retrying: 0, failed: 0, outbox: 0 });
  });

  it('keeps a queued email for the next run when the SMTP server cannot be reached', async () => {
    const id = await email('sam.supervisor@police.test');
    const closed = await startTestSmtpServer();
    await closed.close();
    expect(await sendQueuedEmails(h.db, { smtpUrl: closed.url, emailFrom: FROM })).toEqual({ sent: 0, retrying: 1, failed: 0, outbox: 0 });
    expect(await row(id)).toMatchObject({ status: 'queued', attempts: 1 });
    expect((await row(id)).error).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
  });

  it('moves queued emails to the outbox when no SMTP server is configured', async () => {
    const id = await email('sam.supervisor@police.test');
    expect(await sendQueuedEmails(h.db, { smtpUrl: undefined, emailFrom: FROM })).toEqual({ sent: 0, retrying: 0, failed: 0, outbox: 1 });
    expect(await row(id)).toMatchObject({ status: 'outbox', sent_at: null });
    expect(smtp.received).toHaveLength(0);
  });

  it('never sends one email twice when several senders run at once', async () => {
    for (let i = 0; i < 12; i += 1) await email(`person${i}@police.test`, `Message ${i}`);
    const settings = { smtpUrl: smtp.url, emailFrom: FROM };
    const results = await Promise.all([
      sendQueuedEmails(h.db, settings),
      sendQueuedEmails(h.db, settings),
      sendQueuedEmails(h.db, settings),
    ]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(12);
    expect(smtp.received).toHaveLength(12);
    expect(new Set(smtp.received.map((m) => m.to[0])).size).toBe(12);
  });
});

describe('claiming emails to send', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.db.deleteFrom('emails').execute();
  });

  const email = (to: string) => queueEmail(h.db, { kind: 'test', to, subject: 'Weekly case compliance', text: 'Cases to chase.' });
  const row = (id: string) => h.db.selectFrom('emails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('holds no transaction while the SMTP server answers: the email shows as sending and the database keeps answering', async () => {
    const slow = await startTestSmtpServer({ delayMs: 700 });
    try {
      const id = await email('sam.supervisor@police.test');
      let finished = false;
      const sending = sendQueuedEmails(h.db, { smtpUrl: slow.url, emailFrom: FROM }).finally(() => {
        finished = true;
      });
      while (!slow.received.length) await new Promise((r) => setTimeout(r, 20));
      const during = await row(id);
      expect(finished).toBe(false);
      expect(during).toMatchObject({ status: 'sending', attempts: 1, claimed_at: expect.any(Date) });
      expect(await sending).toEqual({ sent: 1, retrying: 0, failed: 0, outbox: 0 });
      expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, claimed_at: null });
    } finally {
      await slow.close();
    }
  });

  it('claims again an email whose sender died mid-send once the claim has expired, and fails one that was on its last attempt', async () => {
    const smtp = await startTestSmtpServer();
    try {
      const stale = await email('stale@police.test');
      const recent = await email('recent@police.test');
      const last = await email('last@police.test');
      const expiredAt = new Date(Date.now() - (CLAIM_EXPIRES_MINUTES + 1) * 60_000);
      await h.db.updateTable('emails').set({ status: 'sending', claimed_at: expiredAt, attempts: 1 }).where('id', '=', stale).execute();
      await h.db.updateTable('emails').set({ status: 'sending', claimed_at: new Date(), attempts: 1 }).where('id', '=', recent).execute();
      await h.db
        .updateTable('emails')
        .set({ status: 'sending', claimed_at: expiredAt, attempts: MAX_ATTEMPTS })
        .where('id', '=', last)
        .execute();
      expect(await sendQueuedEmails(h.db, { smtpUrl: smtp.url, emailFrom: FROM })).toEqual({ sent: 1, retrying: 0, failed: 0, outbox: 0 });
      expect(smtp.received.map((m) => m.to)).toEqual([['stale@police.test']]);
      expect(await row(stale)).toMatchObject({ status: 'sent', attempts: 2 });
      expect(await row(recent)).toMatchObject({ status: 'sending', attempts: 1 });
      expect(await row(last)).toMatchObject({ status: 'failed', error: 'Sending did not finish' });
    } finally {
      await smtp.close();
    }
  });
});

describe('errors kept on an email row', () => {
  it('keep the code and message, with addresses masked', () => {
    const e = Object.assign(new Error('Can’t send mail - all recipients were rejected: 550 <someone@police.test> unknown'), {
      code: 'EENVELOPE',
      responseCode: 550,
    });
    expect(safeError(e)).toBe('EENVELOPE 550 Can’t send mail - all recipients were rejected: 550 <[address]> unknown');
  });
});
