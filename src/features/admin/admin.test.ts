import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type TestApp } from '../../../test/app.js';
import { aUser, type TestUser } from '../../../test/builders.js';

const PAGES = [
  '/admin',
  '/admin/organisations',
  '/admin/organisations/new',
  '/admin/users',
  '/admin/users/new',
  '/admin/incident-types',
  '/admin/incident-types/new',
  '/admin/incident-types/noise',
  '/admin/rule-settings',
  '/admin/rule-settings/powers',
];

describe('the administration pages', () => {
  let t: TestApp;
  let admin: TestUser;
  let officer: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await aUser(t.db, { roles: ['administrator'], name: 'Ada Admin' });
    officer = await aUser(t.db, { roles: ['officer', 'analyst', 'auditor'] });
  });
  afterAll(() => t.close());

  it('link an administrator to organisations, users and incident types', async () => {
    const res = await (await signedIn(t.app, admin)).get('/admin');
    expect(res.statusCode).toBe(200);
    for (const href of ['/admin/organisations', '/admin/users', '/admin/incident-types']) expect(res.body).toContain(`href="${href}"`);
  });

  it('open for an administrator', async () => {
    const b = await signedIn(t.app, admin);
    for (const url of PAGES) expect([url, (await b.get(url)).statusCode]).toEqual([url, 200]);
  });

  it('refuse a user who is not an administrator with 403', async () => {
    const b = await signedIn(t.app, officer);
    for (const url of PAGES) {
      const res = await b.get(url);
      expect([url, res.statusCode]).toEqual([url, 403]);
      expect(res.body).toContain('You do not have permission to see this page');
    }
  });

  it('refuse a form sent by a user who is not an administrator', async () => {
    const b = await signedIn(t.app, officer);
    const res = await b.post('/admin/organisations/new', { name: 'Sneaky Org', kind: 'other' }, '/');
    expect(res.statusCode).toBe(403);
    expect(await t.db.selectFrom('organisations').select('id').where('name', '=', 'Sneaky Org').executeTakeFirst()).toBeUndefined();
  });

  it('send a signed-out visitor to sign in', async () => {
    const res = await t.app.inject({ url: '/admin/users' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toContain('/sign-in?returnTo=%2Fadmin%2Fusers');
  });
});
