import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../../test/app.js';
import { aUser } from '../../../../../test/builders.js';
import { CITY, POLICE } from '../../../../services/report/test-support.js';
import { aRiskCase } from '../../../../services/risk/test-support.js';

describe('the Risk tab', () => {
  let t: TestApp;
  let officer: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    officer = await signedIn(t.app, await aUser(t.db, { org: POLICE, roles: ['officer'] }));
  });
  afterAll(() => t.close());

  it('lists the case, each victim and each perpetrator with level, next due date and a start button, and audits the view', async () => {
    const c = await aRiskCase(t.db, { openedAt: new Date(Date.now() - 10 * 86_400_000) });
    const res = await officer.get(`/cases/${c.id}/risk`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Risk – Concord</title>');
    expect(res.body).toContain('The case');
    expect(res.body).toContain('Victim: Vera Victim');
    expect(res.body).toContain('Perpetrator: Percy Perpetrator');
    expect(res.body).toContain('Missing');
    expect(res.body).toContain('Case opened');
    expect(res.body).toContain('Start a victim risk assessment<span class="govuk-visually-hidden"> for Vera Victim</span>');
    expect(res.body).toContain('Start a case risk assessment');
    expect(res.body).toContain('No risk assessment has been completed on this case yet.');
    const audit = await t.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'case.view')
      .where('entity_id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(audit.detail).toEqual({ page: 'risk' });
  });

  it('starts an assessment and opens its task list; starting again continues the same one', async () => {
    const c = await aRiskCase(t.db);
    const res = await officer.post(`/cases/${c.id}/risk`, { kind: 'victim', personId: c.victimId });
    expect(res.statusCode).toBe(303);
    const id = /\/risk\/([0-9a-f-]{36})$/.exec(res.headers.location as string)![1]!;
    const again = await officer.post(`/cases/${c.id}/risk`, { kind: 'victim', personId: c.victimId });
    expect(again.headers.location).toBe(`/cases/${c.id}/risk/${id}`);
    const tab = await officer.get(`/cases/${c.id}/risk`);
    expect(tab.body).toContain(`href="/cases/${c.id}/risk/${id}"`);
    expect(tab.body).toContain('Continue the victim risk assessment');
  });

  it('answers 404 for a person not on the case in that role, and a 400 for a closed case', async () => {
    const c = await aRiskCase(t.db);
    expect((await officer.post(`/cases/${c.id}/risk`, { kind: 'perpetrator', personId: c.victimId })).statusCode).toBe(404);
    const closed = await aRiskCase(t.db, { status: 'closed' });
    const tab = await officer.get(`/cases/${closed.id}/risk`);
    expect(tab.body).not.toContain('Start a');
    const res = await officer.post(`/cases/${closed.id}/risk`, { kind: 'case' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Risk – Concord</title>');
    expect(res.body).toContain('This case is closed: reopen it to change its risk assessments');
  });

  it('treats another organisation’s case as not found, and keeps out roles without case work', async () => {
    const c = await aRiskCase(t.db);
    const council = await signedIn(t.app, await aUser(t.db, { org: CITY, roles: ['officer'] }));
    expect((await council.get(`/cases/${c.id}/risk`)).statusCode).toBe(404);
    expect((await council.post(`/cases/${c.id}/risk`, { kind: 'case' }, '/')).statusCode).toBe(404);
    const analyst = await signedIn(t.app, await aUser(t.db, { org: POLICE, roles: ['analyst'] }));
    expect((await analyst.get(`/cases/${c.id}/risk`)).statusCode).toBe(403);
    expect((await officer.get('/cases/not-a-case/risk')).statusCode).toBe(404);
  });
});
