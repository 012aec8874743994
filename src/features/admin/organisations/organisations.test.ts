import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../test/app.js';
import { aUser, type TestUser } from '../../../../test/builders.js';

describe('administering organisations', () => {
  let t: TestApp;
  let admin: TestUser;
  let b: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await aUser(t.db, { roles: ['administrator'] });
    b = await signedIn(t.app, admin);
  });
  afterAll(() => t.close());

  it('lists the partnership’s organisations with their kind and district', async () => {
    const res = await b.get('/admin/organisations');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Leicestershire Police');
    expect(res.body).toContain('Local authority');
    expect(res.body).toMatch(/Rutland County Council<\/th>\s*<td[^>]*>Local authority<\/td>\s*<td[^>]*>Rutland<\/td>/);
  });

  it('adds an organisation, shows a success banner and audits the addition', async () => {
    const res = await b.post('/admin/organisations/new', {
      name: 'Rutland Housing Trust',
      kind: 'housing_provider',
      districtCode: 'E06000017',
      contactEmail: 'asb@rutland-housing.example',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/admin\/organisations\?added=/);
    const list = await b.get(res.headers.location as string);
    expect(list.body).toContain('govuk-notification-banner--success');
    expect(list.body).toContain('Rutland Housing Trust has been added');
    const org = await t.db.selectFrom('organisations').selectAll().where('name', '=', 'Rutland Housing Trust').executeTakeFirstOrThrow();
    expect(org).toMatchObject({ kind: 'housing_provider', district_code: 'E06000017', contact_email: 'asb@rutland-housing.example' });
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'organisation.create')
      .where('entity_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(audit.user_id).toBe(admin.id);
  });

  it('asks for the name and kind, keeping what was typed', async () => {
    const res = await b.post('/admin/organisations/new', { name: '', contactEmail: 'not-an-email' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Add an organisation');
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('Enter the organisation name');
    expect(res.body).toContain('Select the kind of organisation');
    expect(res.body).toContain('Enter an email address in the correct format');
    expect(res.body).toContain('value="not-an-email"');
  });

  it('refuses a second organisation with the same name in any case', async () => {
    const res = await b.post('/admin/organisations/new', { name: 'leicestershire POLICE', kind: 'police' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('An organisation with this name already exists');
    expect(res.body).toContain('value="leicestershire POLICE"');
    expect(res.body).toMatch(/value="police" checked/);
  });

  it('refuses a district that is not on the list', async () => {
    const res = await b.post('/admin/organisations/new', { name: 'Somewhere Else', kind: 'other', districtCode: 'E09000001' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Select a district from the list');
  });

  it('refuses the form without its CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/organisations/new',
      payload: 'name=No+Token+Org&kind=other',
      headers: { cookie: b.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(403);
    expect(await t.db.selectFrom('organisations').select('id').where('name', '=', 'No Token Org').executeTakeFirst()).toBeUndefined();
  });
});
