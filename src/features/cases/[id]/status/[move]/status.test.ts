import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type TestApp } from '../../../../../../test/app.js';
import { aCast, type Cast } from '../../../../../services/cases/core-test-support.js';
import { openCase } from '../../../../../services/cases/open-case.js';

describe('changing a case’s status (GET/POST /cases/:id/status/:move)', () => {
  let t: TestApp;
  let cast: Cast;
  let caseId: string;
  const status = async () => (await t.db.selectFrom('cases').select('status').where('id', '=', caseId).executeTakeFirstOrThrow()).status;
  beforeAll(async () => {
    t = await createTestApp();
    cast = await aCast(t.db);
    ({ caseId } = await openCase(t.db, cast.officer.actor, { summary: 'Noise' }));
  });
  afterAll(() => t.close());

  it('starts work with a confirmation banner', async () => {
    const b = await signedIn(t.app, cast.officer.user);
    const form = await b.get(`/cases/${caseId}/status/start`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Anything to add? (optional)');
    const res = await b.post(`/cases/${caseId}/status/start`, { reason: '' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/cases/${caseId}?moved=start`);
    expect((await b.get(res.headers.location as string)).body).toContain('Case is now active');
    expect(await status()).toBe('active');
  });

  it('asks for the reason where the move needs one', async () => {
    const b = await signedIn(t.app, cast.officer.user);
    const res = await b.post(`/cases/${caseId}/status/put_under_review`, { reason: '  ' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Put under review – Concord</title>');
    expect(res.body).toContain('Enter why the case is being put under review');
  });

  it('refuses a move the officer’s role does not allow, on the page and on POST', async () => {
    const b = await signedIn(t.app, cast.officer.user);
    const page = await b.get(`/cases/${caseId}/status/close`);
    expect(page.statusCode).toBe(403);
    expect(page.body).toContain('Your role does not allow this change of status');
    const res = await b.post(`/cases/${caseId}/status/close`, { outcome: 'resolved' }, `/cases/${caseId}`);
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Your role does not allow this change of status');
    expect(await status()).toBe('active');
  });

  it('needs an outcome to close, keeping the victim’s view typed', async () => {
    const b = await signedIn(t.app, cast.supervisor.user);
    const form = await b.get(`/cases/${caseId}/status/close`);
    for (const text of [
      'What was the outcome of the case?',
      'Transferred to another agency',
      'What is the victim’s view of the outcome? (optional)',
    ])
      expect(form.body).toContain(text);
    const res = await b.post(`/cases/${caseId}/status/close`, {
      outcome: '',
      victimView: 'dissatisfied',
      victimViewNotes: 'Wanted an injunction',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Close case – Concord</title>');
    expect(res.body).toContain('Select the outcome of the case');
    expect(res.body).toMatch(/value="dissatisfied" checked/);
    expect(res.body).toContain('Wanted an injunction');
    const other = await b.post(`/cases/${caseId}/status/close`, { outcome: 'other', outcomeNotes: '' });
    expect(other.body).toContain('Enter what the outcome was');
  });

  it('closes the case with its outcome', async () => {
    const b = await signedIn(t.app, cast.supervisor.user);
    const res = await b.post(`/cases/${caseId}/status/close`, {
      outcome: 'resolved',
      outcomeNotes: 'Stopped after a warning',
      victimView: 'satisfied',
    });
    expect(res.statusCode).toBe(303);
    const page = await b.get(res.headers.location as string);
    expect(page.body).toContain('Case closed');
    expect(page.body).toContain('Stopped after a warning');
    expect(await status()).toBe('closed');
  });
});
