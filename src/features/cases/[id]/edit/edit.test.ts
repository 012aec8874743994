import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookiesFrom, createTestApp, csrfFrom, signedIn, type TestApp } from '../../../../../test/app.js';
import { aCast, type Cast } from '../../../../services/cases/core-test-support.js';
import { openCase } from '../../../../services/cases/open-case.js';

describe('changing case details (GET/POST /cases/:id/edit)', () => {
  let t: TestApp;
  let cast: Cast;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp();
    cast = await aCast(t.db);
    ({ caseId } = await openCase(t.db, cast.officer.actor, {
      summary: 'Noise from number 12',
      category: 'personal',
      incidentTypeCode: 'noise',
      hateRelated: true,
    }));
  });
  afterAll(() => t.close());

  it('shows the form with the case’s details', async () => {
    const res = await (await signedIn(t.app, cast.officer.user)).get(`/cases/${caseId}/edit`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Change case details – Concord</title>');
    expect(res.body).toContain('Noise from number 12');
    expect(res.body).toMatch(/value="hateRelated" checked/);
    expect(res.body).toMatch(/<option value="noise" selected/);
  });

  it('shows errors beside their fields and keeps what was typed', async () => {
    const b = await signedIn(t.app, cast.officer.user);
    const res = await b.post(`/cases/${caseId}/edit`, {
      summary: '',
      category: 'criminal',
      incidentType: 'noise',
      leadOfficer: cast.officer.user.id,
      flags: 'highRisk',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Change case details – Concord</title>');
    expect(res.body).toContain('Enter a summary of the problem');
    expect(res.body).toContain('Select a category');
    expect(res.body).toMatch(/value="highRisk" checked/);
    expect(res.body).not.toMatch(/value="hateRelated" checked/);
  });

  it('saves the change and says so on the Summary', async () => {
    const b = await signedIn(t.app, cast.officer.user);
    const form = new URLSearchParams([
      ['_csrf', csrfFrom((await b.get(`/cases/${caseId}/edit`)).body)],
      ['summary', 'Noise and threats from number 12'],
      ['category', 'personal'],
      ['incidentType', 'noise'],
      ['leadOfficer', cast.colleague.user.id],
      ['flags', 'hateRelated'],
      ['flags', 'highRisk'],
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/cases/${caseId}/edit`,
      payload: form.toString(),
      headers: { cookie: b.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
    b.cookie = cookiesFrom(res, b.cookie);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/cases/${caseId}?updated=1`);
    const page = await b.get(res.headers.location as string);
    expect(page.body).toContain('Case details saved');
    expect(page.body).toContain('Noise and threats from number 12');
    const c = await t.db
      .selectFrom('cases')
      .select(['high_risk', 'hate_related', 'lead_officer_id'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(c).toEqual({ high_risk: true, hate_related: true, lead_officer_id: cast.colleague.user.id });
  });
});
