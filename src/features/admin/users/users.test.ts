import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, csrfFrom, signedIn, type Browser, type TestApp } from '../../../../test/app.js';
import { aUser, orgId, type TestUser } from '../../../../test/builders.js';

/** Posts a form with repeated fields (several checkboxes), as a browser does. */
async function postPairs(t: TestApp, b: Browser, url: string, pairs: [string, string][], formPage: string) {
  const page = await b.get(formPage);
  const body = new URLSearchParams([['_csrf', csrfFrom(page.body)], ...pairs]).toString();
  return t.app.inject({
    method: 'POST',
    url,
    payload: body,
    headers: { cookie: b.cookie, 'content-type': 'application/x-www-form-urlencoded' },
  });
}

async function rolesOf(t: TestApp, userId: string) {
  const rows = await t.db
    .selectFrom('memberships')
    .select(['organisation_id', 'role'])
    .where('user_id', '=', userId)
    .orderBy('role')
    .execute();
  return rows.map((r) => r.role);
}

describe('administering users', () => {
  let t: TestApp;
  let admin: TestUser;
  let b: Browser;
  let police: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await aUser(t.db, { roles: ['administrator'], name: 'Ada Admin' });
    b = await signedIn(t.app, admin);
    police = await orgId(t.db, 'Leicestershire Police');
  });
  afterAll(() => t.close());

  it('adds a user with roles, who can then sign in', async () => {
    const res = await postPairs(
      t,
      b,
      '/admin/users/new',
      [
        ['name', 'Nia Newcomer'],
        ['email', 'Nia.Newcomer@police.example'],
        ['organisation', police],
        ['roles', 'officer'],
        ['roles', 'analyst'],
        ['password', 'a long enough password'],
      ],
      '/admin/users/new',
    );
    expect(res.statusCode).toBe(303);
    const page = await b.get(res.headers.location as string);
    expect(page.body).toContain('User added');
    expect(page.body).toContain('nia.newcomer@police.example');
    const user = await t.db.selectFrom('users').select('id').where('email', '=', 'nia.newcomer@police.example').executeTakeFirstOrThrow();
    expect(await rolesOf(t, user.id)).toEqual(['analyst', 'officer']);
    const newcomer = await signedIn(t.app, {
      id: user.id,
      email: 'nia.newcomer@police.example',
      password: 'a long enough password',
      organisationId: police,
    });
    expect((await newcomer.get('/')).body).toContain('Nia Newcomer, Leicestershire Police');
  });

  it('explains each problem with the form and keeps what was typed, except the password', async () => {
    const res = await b.post('/admin/users/new', { name: 'Pat Short', email: 'pat@example', password: 'too short' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Add a user');
    for (const message of [
      'Enter an email address in the correct format',
      'Select an organisation',
      'Select at least one role',
      'Password must be 12 characters or more',
    ]) {
      expect(res.body).toContain(message);
    }
    expect(res.body).toContain('value="Pat Short"');
    expect(res.body).toContain('value="pat@example"');
    expect(res.body).not.toContain('too short');
  });

  it('finds users by part of their name or email and pages the list 25 at a time', async () => {
    for (let i = 0; i < 30; i++) await aUser(t.db, { roles: ['officer'], name: `Pagetest ${String(i).padStart(2, '0')}` });
    const first = await b.get('/admin/users?q=PAGETEST');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('30 users');
    expect(first.body.match(/Pagetest \d\d/g)).toHaveLength(25);
    expect(first.body).toContain('govuk-pagination');
    expect(first.body).toContain('href="/admin/users?q=PAGETEST&amp;page=2"');
    const second = await b.get('/admin/users?q=PAGETEST&page=2');
    expect(second.body.match(/Pagetest \d\d/g)).toEqual(['Pagetest 25', 'Pagetest 26', 'Pagetest 27', 'Pagetest 28', 'Pagetest 29']);
    expect(second.body).toContain('Leicestershire Police: Officer');
    const byEmail = await b.get(`/admin/users?q=${encodeURIComponent(admin.email.slice(0, 12))}`);
    expect(byEmail.body).toContain('Ada Admin');
  });

  it('changes a user’s roles in an organisation and gives them roles in another', async () => {
    const user = await aUser(t.db, { roles: ['officer', 'supervisor'] });
    const council = await orgId(t.db, 'Leicester City Council');
    const change = await postPairs(
      t,
      b,
      `/admin/users/${user.id}/roles`,
      [
        ['organisationId', police],
        ['roles', 'supervisor'],
      ],
      `/admin/users/${user.id}`,
    );
    expect(change.statusCode).toBe(303);
    expect((await b.get(change.headers.location as string)).body).toContain('Roles updated');
    const add = await postPairs(
      t,
      b,
      `/admin/users/${user.id}/roles`,
      [
        ['form', 'add'],
        ['organisationId', council],
        ['roles', 'partner_case_officer'],
      ],
      `/admin/users/${user.id}`,
    );
    expect(add.statusCode).toBe(303);
    expect(await rolesOf(t, user.id)).toEqual(['partner_case_officer', 'supervisor']);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'user.set_roles')
      .where('entity_id', '=', user.id)
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('asks for a role when giving roles in another organisation', async () => {
    const user = await aUser(t.db, { roles: ['officer'] });
    const council = await orgId(t.db, 'Leicester City Council');
    const res = await postPairs(
      t,
      b,
      `/admin/users/${user.id}/roles`,
      [
        ['form', 'add'],
        ['organisationId', council],
      ],
      `/admin/users/${user.id}`,
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#add-roles"');
    expect(res.body).toContain('Select at least one role');
  });

  it('will not let an administrator remove their own administrator role', async () => {
    const res = await postPairs(
      t,
      b,
      `/admin/users/${admin.id}/roles`,
      [
        ['organisationId', police],
        ['roles', 'officer'],
      ],
      `/admin/users/${admin.id}`,
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('You cannot remove your own administrator role');
    expect(res.body).toContain(`href="#roles-${police}"`);
    expect(await rolesOf(t, admin.id)).toEqual(['administrator']);
  });

  it('deactivates a user, ending their session, and reactivates them', async () => {
    const user = await aUser(t.db, { roles: ['officer'] });
    const theirs = await signedIn(t.app, user);
    const res = await b.post(`/admin/users/${user.id}/deactivate`, {}, `/admin/users/${user.id}`);
    expect(res.statusCode).toBe(303);
    expect((await b.get(res.headers.location as string)).body).toContain('User deactivated');
    expect((await theirs.get('/')).statusCode).toBe(302);
    await expect(signedIn(t.app, user)).rejects.toThrow(/Sign-in failed: 400/);
    expect((await b.post(`/admin/users/${user.id}/reactivate`, {}, `/admin/users/${user.id}`)).statusCode).toBe(303);
    expect((await (await signedIn(t.app, user)).get('/')).statusCode).toBe(200);
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', user.id)
      .where('action', 'like', 'user.%')
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['user.deactivate', 'user.reactivate']);
  });

  it('will not let an administrator deactivate themselves', async () => {
    const page = await b.get(`/admin/users/${admin.id}`);
    expect(page.body).toContain('You cannot deactivate your own account');
    expect(page.body).not.toContain('Deactivate user');
    const res = await b.post(`/admin/users/${admin.id}/deactivate`, {}, `/admin/users/${admin.id}`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    const me = await t.db.selectFrom('users').select('active').where('id', '=', admin.id).executeTakeFirstOrThrow();
    expect(me.active).toBe(true);
  });

  it('shows the not-found page for an unknown user', async () => {
    expect((await b.get('/admin/users/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await b.get('/admin/users/not-a-uuid')).statusCode).toBe(404);
  });
});
