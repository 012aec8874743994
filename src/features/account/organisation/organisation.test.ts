import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type TestApp } from '../../../../test/app.js';
import { aUser, orgId } from '../../../../test/builders.js';

describe('choosing the organisation you act for', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets a user with roles in two organisations switch, and audits it', async () => {
    const user = await aUser(t.db, { org: 'Leicestershire Police', roles: ['officer'] });
    const council = await orgId(t.db, 'Charnwood Borough Council');
    await t.db.insertInto('memberships').values({ user_id: user.id, organisation_id: council, role: 'partner_case_officer' }).execute();
    const b = await signedIn(t.app, user);
    const res = await b.post('/account/organisation', { organisationId: council });
    expect(res.statusCode).toBe(303);
    const page = await b.get('/account/organisation?switched=1');
    expect(page.body).toContain('You are now acting for Charnwood Borough Council');
    const audit = await t.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'auth.switch_organisation').execute();
    expect(audit.map((a) => a.entity_id)).toContain(council);
  });

  it('refuses an organisation the user does not belong to', async () => {
    const user = await aUser(t.db, { roles: ['officer'] });
    const other = await orgId(t.db, 'Melton Borough Council');
    const b = await signedIn(t.app, user);
    const res = await b.post('/account/organisation', { organisationId: other });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Select an organisation you belong to');
    expect((await b.get('/')).body).toContain('Leicestershire Police');
  });
});
