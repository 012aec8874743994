import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type TestApp } from '../../../../test/app.js';
import { aUser } from '../../../../test/builders.js';
import { createApiToken } from '../../../services/auth/api-tokens.js';
import { chooseCaller, startReport } from '../_shared/test-journey.js';

describe('starting a report', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('offers "Record a report" in the menu and on the home page to a call handler', async () => {
    const b = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
    const home = await b.get('/');
    expect(home.body.match(/href="\/report\/new"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(home.body).toContain('Record a report');
  });

  it('does not offer it to an analyst, who is refused the pages', async () => {
    const b = await signedIn(t.app, await aUser(t.db, { roles: ['analyst'] }));
    expect((await b.get('/')).body).not.toContain('href="/report/new"');
    expect((await b.get('/report/new')).statusCode).toBe(403);
  });

  it('starts a draft and goes to "Who is reporting?", and lists unfinished reports', async () => {
    const b = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
    const page = await b.get('/report/new');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Start a report');
    const draftId = await startReport(b);
    const who = await b.get(`/report/${draftId}/who`);
    expect(who.statusCode).toBe(200);
    expect(who.body).toContain('<title>Who is reporting?');
    await chooseCaller(b, draftId, { forename: 'Nadia', surname: 'Unfinished' });
    const again = await b.get('/report/new');
    expect(again.body).toContain('Reports you have not finished');
    expect(again.body).toContain(`href="/report/${draftId}/questions"`);
    expect(again.body).toContain('Nadia Unfinished');
  });

  it('refuses the pages to an API token, which records through the API instead', async () => {
    const { token } = await createApiToken(t.db, { organisationName: 'Leicestershire Police', name: 'CAD', role: 'call_handler' }, null);
    const headers = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ url: '/report/new', headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/report/new', headers })).statusCode).toBe(403);
  });

  it('sends a signed-out visitor to sign in', async () => {
    const res = await t.app.inject({ url: '/report/new' });
    expect(res.statusCode).toBe(302);
  });
});
