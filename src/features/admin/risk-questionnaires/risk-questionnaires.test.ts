import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../test/app.js';
import { aUser } from '../../../../test/builders.js';
import { CASE_QUESTIONNAIRE_V1 } from '../../../domain/risk/default-questionnaires.js';

describe('the risk questionnaire administration pages', () => {
  let t: TestApp;
  let admin: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signedIn(t.app, await aUser(t.db, { roles: ['administrator'] }));
  });
  afterAll(() => t.close());

  it('is linked from the administration page and lists each kind’s versions', async () => {
    expect((await admin.get('/admin')).body).toContain('href="/admin/risk-questionnaires"');
    const res = await admin.get('/admin/risk-questionnaires');
    expect(res.statusCode).toBe(200);
    for (const name of ['Victim risk questionnaire', 'Perpetrator risk questionnaire', 'Case risk questionnaire'])
      expect(res.body).toContain(name);
    expect(res.body).toContain('href="/admin/risk-questionnaires/victim/1"');
    expect(res.body).toContain('Concord (first version)');
  });

  it('shows one version with its bands, questions and scores', async () => {
    const res = await admin.get('/admin/risk-questionnaires/victim/1');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Victim risk questionnaire, version 1');
    expect(res.body).toContain('12 to 23');
    expect(res.body).toContain('Threats to kill or of serious violence');
    expect(res.body).toContain('Makes the risk high');
    expect((await admin.get('/admin/risk-questionnaires/victim/99')).statusCode).toBe(404);
    expect((await admin.get('/admin/risk-questionnaires/landlord/1')).statusCode).toBe(404);
  });

  it('offers the newest version’s JSON to edit', async () => {
    const res = await admin.get('/admin/risk-questionnaires/case');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Publish version 2');
    expect(res.body).toContain('&quot;title&quot;: &quot;Case risk assessment&quot;');
    expect((await admin.get('/admin/risk-questionnaires/landlord')).statusCode).toBe(404);
  });

  it('lists every problem GOV.UK style and keeps the text typed', async () => {
    const broken = JSON.stringify({
      ...CASE_QUESTIONNAIRE_V1,
      bands: { medium: 10, high: 10 },
      sections: [{ ...CASE_QUESTIONNAIRE_V1.sections[0]!, id: 'complete' }],
    });
    const res = await admin.post('/admin/risk-questionnaires/case', { definition: broken });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Publish a new version of the case risk questionnaire – Concord</title>');
    expect(res.body).toContain('Section 1: A section id cannot be complete or referral');
    expect(res.body).toContain('href="#definition"');
    expect(res.body).toContain('&quot;id&quot;:&quot;complete&quot;');
    const notJson = await admin.post('/admin/risk-questionnaires/case', { definition: '{ "title": ' });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.body).toContain('Enter the questionnaire as valid JSON');
    const empty = await admin.post('/admin/risk-questionnaires/case', { definition: '' });
    expect(empty.body).toContain('Enter the questionnaire as JSON');
  });

  it('publishes a valid new version, audited, with a success banner', async () => {
    const next = JSON.stringify({ ...CASE_QUESTIONNAIRE_V1, title: 'Case risk assessment (revised)' });
    const res = await admin.post('/admin/risk-questionnaires/case', { definition: next });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/risk-questionnaires?published=case-2');
    const list = await admin.get(res.headers.location as string);
    expect(list.body).toContain('Case risk questionnaire version 2 published');
    expect(list.body).toContain('Case risk assessment (revised)');
    const audit = await t.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'risk_questionnaire.publish')
      .executeTakeFirstOrThrow();
    expect(audit.detail).toEqual({ kind: 'case', version: 2 });
  });

  it('is for administrators only', async () => {
    const officer = await signedIn(t.app, await aUser(t.db, { roles: ['officer'] }));
    expect((await officer.get('/admin/risk-questionnaires')).statusCode).toBe(403);
    expect((await officer.get('/admin/risk-questionnaires/victim/1')).statusCode).toBe(403);
    expect((await officer.post('/admin/risk-questionnaires/victim', { definition: '{}' }, '/')).statusCode).toBe(403);
  });
});
