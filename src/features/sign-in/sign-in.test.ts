import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, browser, signedIn, type TestApp } from '../../../test/app.js';
import { aUser, type TestUser } from '../../../test/builders.js';

describe('signing in', () => {
  let t: TestApp;
  let analyst: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ SIGN_IN_MAX_ATTEMPTS: '50' });
    analyst = await aUser(t.db, { roles: ['analyst'], name: 'Ana Lyst' });
  });
  afterAll(() => t.close());

  it('shows the sign-in page to a signed-out visitor who asks for the home page', async () => {
    const res = await t.app.inject({ url: '/' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/sign-in?returnTo=%2F');
  });

  it('signs a user in with the right password and shows their name and organisation', async () => {
    const b = await signedIn(t.app, analyst);
    const home = await b.get('/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Ana Lyst, Leicestershire Police');
  });

  it('re-renders with a GOV.UK error summary and keeps the email when the password is wrong', async () => {
    const b = browser(t.app);
    const res = await b.post('/sign-in', { email: analyst.email, password: 'wrong' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Sign in');
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('Enter a correct email address and password');
    expect(res.body).toContain(`value="${analyst.email}"`);
  });

  it('asks for an email address in the correct format', async () => {
    const res = await browser(t.app).post('/sign-in', { email: 'not-an-email', password: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter an email address in the correct format');
    expect(res.body).toContain('value="not-an-email"');
  });

  it('rejects a form posted without the CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      payload: `email=${encodeURIComponent(analyst.email)}&password=${encodeURIComponent(analyst.password)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.cookies.find((c) => c.name === 'concord_session')).toBeUndefined();
  });

  it('audits successful and failed sign-ins without recording the password', async () => {
    await browser(t.app).post('/sign-in', { email: analyst.email, password: 'nope-nope' });
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'entity_id', 'detail'])
      .where('action', '=', 'auth.sign_in')
      .where('entity_id', '=', analyst.id)
      .execute();
    expect(rows.map((r) => r.outcome)).toEqual(expect.arrayContaining(['success', 'failure']));
    expect(JSON.stringify(rows)).not.toContain('nope-nope');
  });

  it('returns an expired session to sign-in', async () => {
    const b = await signedIn(t.app, analyst);
    await sql`UPDATE sessions SET last_seen_at = now() - interval '2 hours' WHERE user_id = ${analyst.id}`.execute(t.db);
    const res = await b.get('/');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toContain('/sign-in?returnTo=%2F&expired=1');
  });

  it('signs out and ends the session in the database', async () => {
    const b = await signedIn(t.app, analyst);
    const before = await t.db.selectFrom('sessions').select('id_hash').where('user_id', '=', analyst.id).execute();
    const res = await b.post('/sign-out', {}, '/');
    expect(res.statusCode).toBe(303);
    const after = await t.db.selectFrom('sessions').select('id_hash').where('user_id', '=', analyst.id).execute();
    expect(after.length).toBe(before.length - 1);
    expect((await b.get('/')).statusCode).toBe(302);
  });

  it('refuses the audit log to a user without the auditor role', async () => {
    const b = await signedIn(t.app, analyst);
    const res = await b.get('/audit');
    expect([403, 404]).toContain(res.statusCode);
  });

  it('limits the rate of sign-in attempts from one address', async () => {
    const limited = await createTestApp({ SIGN_IN_MAX_ATTEMPTS: '3' });
    try {
      const user = await aUser(limited.db, { roles: ['officer'] });
      const b = browser(limited.app);
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await b.post('/sign-in', { email: user.email, password: 'bad' })).statusCode);
      expect(codes).toEqual([400, 400, 400, 429]);
    } finally {
      await limited.close();
    }
  });
});
