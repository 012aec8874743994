import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../test/app.js';
import { aUser, orgId, type TestUser } from '../../../test/builders.js';
import { writeAudit } from '../../db/repositories/audit-log.js';

describe('searching the audit log', () => {
  let t: TestApp;
  let auditor: TestUser;
  let officer: TestUser;
  let b: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    auditor = await aUser(t.db, { roles: ['auditor'], name: 'Audrey Auditor' });
    officer = await aUser(t.db, { roles: ['officer'], name: 'Olly Officer', org: 'Leicester City Council' });
    await signedIn(t.app, officer);
    b = await signedIn(t.app, auditor);
  });
  afterAll(() => t.close());

  it('finds a user’s sign-in by part of their email address', async () => {
    const res = await b.get(`/audit?userEmail=${encodeURIComponent(officer.email.slice(0, 10).toUpperCase())}&action=auth.sign`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('1 record');
    expect(res.body).toContain('auth.sign_in');
    expect(res.body).toContain('Olly Officer');
    expect(res.body).toContain(officer.email);
    expect(res.body).not.toContain('Audrey Auditor</td>');
  });

  it('filters by organisation, record id and dates, newest first', async () => {
    const council = await orgId(t.db, 'Leicester City Council');
    const today = new Date().toISOString().slice(0, 10).split('-');
    const dates = `from-day=1&from-month=1&from-year=2020&to-day=${today[2]}&to-month=${today[1]}&to-year=${Number(today[0]) + 1}`;
    const res = await b.get(`/audit?organisationId=${council}&entityId=${officer.id}&${dates}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Olly Officer');
    expect(res.body).toContain('value="2020"');
    const none = await b.get(`/audit?entityId=${officer.id}&from-day=1&from-month=1&from-year=2001&to-day=31&to-month=12&to-year=2001`);
    expect(none.body).toContain('0 records');
  });

  it('records each search in the audit log without the email typed', async () => {
    await b.get(`/audit?userEmail=${encodeURIComponent(officer.email)}`);
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['detail', 'user_id'])
      .where('action', '=', 'audit.search')
      .orderBy('id', 'desc')
      .execute();
    expect(rows[0]!.user_id).toBe(auditor.id);
    expect(rows[0]!.detail).toMatchObject({ userEmail: true });
    expect(JSON.stringify(rows)).not.toContain(officer.email);
  });

  it('explains a date that is not real and keeps the filters', async () => {
    const res = await b.get('/audit?action=auth&from-day=31&from-month=2&from-year=2026&to-day=1&to-month=&to-year=2026');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Audit log');
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('href="#from-day"');
    expect(res.body).toContain('Date from must be a real date');
    expect(res.body).toContain('Date to must include a day, month and year');
    expect(res.body).toContain('value="auth"');
    expect(res.body).toContain('value="31"');
  });

  it('asks for a date to that is not before the date from', async () => {
    const res = await b.get('/audit?from-day=2&from-month=3&from-year=2026&to-day=1&to-month=3&to-year=2026');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Date to must be the same as or after date from');
  });

  it('shows 50 records to a page, newest first, with links to the others', async () => {
    for (let i = 1; i <= 55; i++) await writeAudit(t.db, null, { action: 'test.bulk', entityType: 'thing', entityId: `thing-${i}` });
    const first = await b.get('/audit?action=test.bulk');
    expect(first.body).toContain('55 records');
    expect(first.body.match(/thing-\d+/g)).toHaveLength(50);
    expect(first.body.match(/thing-\d+/)![0]).toBe('thing-55');
    expect(first.body).toContain('href="/audit?action=test.bulk&amp;page=2"');
    const second = await b.get('/audit?action=test.bulk&page=2');
    expect(second.body.match(/thing-\d+/g)).toEqual(['thing-5', 'thing-4', 'thing-3', 'thing-2', 'thing-1']);
  });

  it('refuses a user who is not an auditor with 403', async () => {
    const res = await (await signedIn(t.app, officer)).get('/audit');
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('auth.sign_in');
  });
});
