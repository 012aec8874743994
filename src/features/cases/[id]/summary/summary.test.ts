import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type TestApp } from '../../../../../test/app.js';
import { aCast, aPlacedIncident, CITY, revokeShare, shareCase, someone, type Cast } from '../../../../services/cases/core-test-support.js';
import { changeStatus } from '../../../../services/cases/change-status.js';
import { openCase } from '../../../../services/cases/open-case.js';

describe('the case Summary tab (GET /cases/:id)', () => {
  let t: TestApp;
  let cast: Cast;
  let caseId: string;
  let reference: string;
  let victim: string;
  beforeAll(async () => {
    t = await createTestApp();
    cast = await aCast(t.db);
    victim = await someone(t.db, 'Vera', 'Victim');
    const incident = await aPlacedIncident(t.db, { parties: [{ personId: victim, role: 'victim' }] });
    ({ caseId, reference } = await openCase(t.db, cast.officer.actor, {
      incidentIds: [incident.id],
      summary: 'Shouting and banging at night',
      highRisk: true,
    }));
  });
  afterAll(() => t.close());

  it('shows the details, flags and status, with the moves the officer may make and a Change link', async () => {
    const res = await (await signedIn(t.app, cast.officer.user)).get(`/cases/${caseId}`);
    expect(res.statusCode).toBe(200);
    for (const text of [
      reference,
      'Shouting and banging at night',
      'Personal',
      'Noise',
      'Outside 12 Granby Street',
      'Leicestershire Police',
      'Case details',
      'Flags',
      'High risk',
    ]) {
      expect(res.body).toContain(text);
    }
    expect(res.body).toContain(`href="/cases/${caseId}/status/start"`);
    expect(res.body).toContain('Start work on the case');
    expect(res.body).not.toContain('/status/close');
    expect(res.body).toContain(`href="/cases/${caseId}/edit"`);
    expect(res.body).toContain('moj-sub-navigation');
  });

  it('offers a supervisor the close button', async () => {
    const res = await (await signedIn(t.app, cast.supervisor.user)).get(`/cases/${caseId}`);
    expect(res.body).toContain(`href="/cases/${caseId}/status/close"`);
  });

  it('audits each view with the page viewed', async () => {
    await (await signedIn(t.app, cast.colleague.user)).get(`/cases/${caseId}`);
    const rows = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'case.view')
      .where('user_id', '=', cast.colleague.user.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.detail).toEqual({ page: 'summary' });
  });

  it('shows the closure once closed, without Change links', async () => {
    const { caseId: closedId } = await openCase(t.db, cast.officer.actor, { summary: 'Done' });
    await changeStatus(t.db, cast.supervisor.actor, closedId, 'close', {
      outcome: 'no_further_action',
      victimView: 'neither',
      victimViewNotes: 'Moved away',
    });
    const res = await (await signedIn(t.app, cast.supervisor.user)).get(`/cases/${closedId}?moved=close`);
    for (const text of ['Case closed', 'Closure', 'No further action', 'Neither satisfied nor dissatisfied', 'Moved away', 'Reopen case'])
      expect(res.body).toContain(text);
    expect(res.body).not.toContain(`/cases/${closedId}/edit`);
  });
});

describe('who may see a case’s pages', () => {
  let t: TestApp;
  let cast: Cast;
  let caseId: string;
  let victim: string;
  const tabs = () => [`/cases/${caseId}`, `/cases/${caseId}/incidents`, `/cases/${caseId}/people`, `/cases/${caseId}/history`];
  const forms = () => [
    `/cases/${caseId}/edit`,
    `/cases/${caseId}/status/start`,
    `/cases/${caseId}/people/add`,
    `/cases/${caseId}/people/remove?person=${victim}&role=victim`,
  ];
  beforeAll(async () => {
    t = await createTestApp();
    cast = await aCast(t.db);
    victim = await someone(t.db, 'Vera', 'Victim');
    const incident = await aPlacedIncident(t.db, { parties: [{ personId: victim, role: 'victim' }] });
    ({ caseId } = await openCase(t.db, cast.officer.actor, { incidentIds: [incident.id], summary: 'Secret police case' }));
  });
  afterAll(() => t.close());

  it('answers "not found" on every page to another organisation, showing nothing of the case', async () => {
    const b = await signedIn(t.app, cast.cityOfficer.user);
    for (const url of [...tabs(), ...forms()]) {
      const res = await b.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain('Secret police case');
    }
    expect((await b.post(`/cases/${caseId}/status/start`, {}, '/')).statusCode).toBe(404);
    expect((await b.post(`/cases/${caseId}/incidents`, { incident: 'ASB-1' }, '/')).statusCode).toBe(404);
  });

  it('answers "not found" for an unknown or malformed case id', async () => {
    const b = await signedIn(t.app, cast.officer.user);
    expect((await b.get(`/cases/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await b.get('/cases/42/history')).statusCode).toBe(404);
    expect((await b.get(`/cases/${caseId}/status/archive`)).statusCode).toBe(404);
  });

  it('shows a shared case to the partner’s case officer, without status moves or Change links, until the share is revoked', async () => {
    const share = await shareCase(t.db, caseId, CITY);
    const b = await signedIn(t.app, cast.cityOfficer.user);
    for (const url of tabs()) expect((await b.get(url)).statusCode, url).toBe(200);
    const summary = await b.get(`/cases/${caseId}`);
    expect(summary.body).toContain('Secret police case');
    expect(summary.body).toContain('Only the lead organisation can change its status or details');
    expect(summary.body).not.toContain('/status/');
    expect(summary.body).not.toContain(`/cases/${caseId}/edit`);
    expect((await b.get(`/cases/${caseId}/edit`)).statusCode).toBe(403);
    expect((await b.get(`/cases/${caseId}/status/start`)).statusCode).toBe(403);
    expect((await b.get(`/cases/${caseId}/people/remove?person=${victim}&role=victim`)).statusCode).toBe(403);
    expect((await b.get(`/cases/${caseId}/people/add`)).statusCode).toBe(200);
    await revokeShare(t.db, share);
    for (const url of tabs()) expect((await b.get(url)).statusCode, url).toBe(404);
  });

  it('refuses staff whose role does not include cases', async () => {
    const b = await signedIn(t.app, cast.callHandler.user);
    expect((await b.get(`/cases/${caseId}`)).statusCode).toBe(403);
  });
});
