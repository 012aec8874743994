import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type TestApp } from '../../../../test/app.js';
import { aUser, type TestUser } from '../../../../test/builders.js';
import { aCaseWith } from '../../../../test/case-builders.js';
import { queueEmail } from '../../../services/email/queue-email.js';
import { sendQueuedEmails } from '../../../services/email/send-queued-emails.js';

describe('the email outbox (GET /admin/outbox, /admin/outbox/:id)', () => {
  let t: TestApp;
  let admin: TestUser;
  let first: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await aUser(t.db, { roles: ['administrator'] });
    first = await queueEmail(t.db, {
      kind: 'high_risk',
      to: 'sam.supervisor@police.test',
      subject: 'High risk victim on ASB-1',
      text: 'Case ASB-1 has a high-risk victim.\nOpen it in Concord.',
    });
    await t.db
      .updateTable('emails')
      .set({ created_at: new Date(Date.now() - 60_000) })
      .where('id', '=', first)
      .execute();
    await queueEmail(t.db, { kind: 'weekly_compliance', to: 'pat@police.test', subject: 'Weekly case compliance: newer', text: 'Lists' });
    await sendQueuedEmails(t.db, { smtpUrl: undefined, emailFrom: 'concord@localhost' });
  });
  afterAll(() => t.close());

  it('lists every email newest first with its kind, recipient, subject and status', async () => {
    const res = await (await signedIn(t.app, admin)).get('/admin/outbox');
    expect(res.statusCode).toBe(200);
    for (const text of [
      'Email outbox',
      'No SMTP server is configured',
      '2 emails, newest first',
      'sam.supervisor@police.test',
      'high_risk',
      'In outbox',
      `href="/admin/outbox/${first}"`,
    ]) {
      expect(res.body).toContain(text);
    }
    expect(res.body.indexOf('Weekly case compliance: newer')).toBeLessThan(res.body.indexOf('High risk victim on ASB-1'));
  });

  it('shows one email’s text and audits the reading', async () => {
    const res = await (await signedIn(t.app, admin)).get(`/admin/outbox/${first}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Case ASB-1 has a high-risk victim.\nOpen it in Concord.');
    expect(res.body).toContain('Not sent');
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'email.view')
      .where('entity_id', '=', first)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.detail)).not.toContain('@');
  });

  it('answers "not found" for an unknown email', async () => {
    const b = await signedIn(t.app, admin);
    expect((await b.get(`/admin/outbox/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await b.get('/admin/outbox/not-an-id')).statusCode).toBe(404);
  });

  it('is for administrators only', async () => {
    const coordinator = await aUser(t.db, { roles: ['asb_coordinator'] });
    const b = await signedIn(t.app, coordinator);
    expect((await b.get('/admin/outbox')).statusCode).toBe(403);
    expect((await b.get(`/admin/outbox/${first}`)).statusCode).toBe(403);
  });

  it('lets an administrator send the weekly lists from the outbox and come back to it', async () => {
    await aUser(t.db, { roles: ['supervisor'] });
    await aCaseWith(t.db, { openedAt: new Date(Date.now() - 40 * 86_400_000) });
    const b = await signedIn(t.app, admin);
    const res = await b.post('/compliance/send-weekly', { returnTo: '/admin/outbox' }, '/admin/outbox');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/outbox?sent=1');
    const page = await b.get('/admin/outbox?sent=1');
    expect(page.body).toContain('Weekly lists sent: 1 email');
    expect(page.body).toContain('Weekly case compliance: Leicestershire Police, all areas, week ');
  });
});
