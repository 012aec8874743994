import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type TestApp } from '../../../../test/app.js';
import { aCast, aPlacedIncident, CITY, someone, type Cast } from '../../../services/cases/core-test-support.js';

describe('opening a case (GET/POST /cases/new)', () => {
  let t: TestApp;
  let cast: Cast;
  let incident: { id: string; reference: string };
  let cityIncident: { id: string; reference: string };
  let other: { id: string; reference: string };
  beforeAll(async () => {
    t = await createTestApp();
    cast = await aCast(t.db);
    const victim = await someone(t.db, 'Vera', 'Victim');
    incident = await aPlacedIncident(t.db, {
      category: 'personal',
      type: 'noise',
      hateRelated: true,
      parties: [{ personId: victim, role: 'victim' }],
    });
    other = await aPlacedIncident(t.db);
    cityIncident = await aPlacedIncident(t.db, { org: CITY });
  });
  afterAll(() => t.close());

  it('shows the incident and the form prefilled from it', async () => {
    const res = await (await signedIn(t.app, cast.officer.user)).get(`/cases/new?incident=${incident.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Open a case – Concord</title>');
    expect(res.body).toContain(`From incident ${incident.reference}`);
    expect(res.body).toMatch(/value="personal" checked/);
    expect(res.body).toMatch(/<option value="noise" selected/);
    expect(res.body).toMatch(/value="hateRelated" checked/);
    expect(res.body).toMatch(new RegExp(`<option value="${cast.officer.user.id}" selected`));
    expect(res.body).toContain(`name="incident" value="${incident.id}"`);
    expect(res.body).toContain('govuk-character-count');
  });

  it('answers "not found" for an incident the officer may not see', async () => {
    const res = await (await signedIn(t.app, cast.officer.user)).get(`/cases/new?incident=${cityIncident.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(cityIncident.reference);
  });

  it('shows every error at once and keeps what was typed', async () => {
    const b = await signedIn(t.app, cast.officer.user);
    const res = await b.post('/cases/new', {
      summary: '',
      category: '',
      incidentType: '',
      leadOfficer: '',
      incidentReferences: 'ASB-TYPED-1',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Open a case – Concord</title>');
    for (const m of ['Enter a summary of the problem', 'Select a category', 'Select a type of incident', 'Select a lead officer'])
      expect(res.body).toContain(m);
    expect(res.body).toContain('ASB-TYPED-1');
  });

  it('says which incident reference it cannot find, keeping the form', async () => {
    const b = await signedIn(t.app, cast.officer.user);
    const res = await b.post(
      '/cases/new',
      {
        incident: incident.id,
        summary: 'Shouting at night',
        category: 'personal',
        incidentType: 'noise',
        leadOfficer: cast.officer.user.id,
        incidentReferences: cityIncident.reference,
      },
      `/cases/new?incident=${incident.id}`,
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(`There is no incident you can see with the reference ${cityIncident.reference}`);
    expect(res.body).toContain('href="#incidentReferences"');
    expect(res.body).toContain('Shouting at night');
  });

  it('opens the case and shows its Summary with the banner', async () => {
    const b = await signedIn(t.app, cast.officer.user);
    const res = await b.post(
      '/cases/new',
      {
        incident: incident.id,
        summary: 'Shouting at night',
        category: 'personal',
        incidentType: 'noise',
        leadOfficer: cast.colleague.user.id,
        flags: 'childInvolved',
        incidentReferences: `${other.reference}\n`,
      },
      `/cases/new?incident=${incident.id}`,
    );
    expect(res.statusCode).toBe(303);
    const location = res.headers.location as string;
    expect(location).toMatch(/^\/cases\/[0-9a-f-]{36}\?opened=1$/);
    const page = await b.get(location);
    const c = await t.db.selectFrom('cases').selectAll().where('id', '=', location.slice(7, 43)).executeTakeFirstOrThrow();
    expect(page.body).toContain(`Case ${c.reference} opened`);
    expect(c).toMatchObject({ child_involved: true, hate_related: false, lead_officer_id: cast.colleague.user.id });
    const links = await t.db.selectFrom('case_incidents').select('incident_id').where('case_id', '=', c.id).execute();
    expect(links).toHaveLength(2);
  });

  it('opens a case directly, without an incident', async () => {
    const b = await signedIn(t.app, cast.officer.user);
    expect((await b.get('/cases/new')).body).toContain('without an incident');
    const res = await b.post('/cases/new', {
      summary: 'Graffiti',
      category: 'environmental',
      incidentType: 'noise',
      leadOfficer: cast.officer.user.id,
    });
    expect(res.statusCode).toBe(303);
  });

  it('is not for staff without case work', async () => {
    expect((await (await signedIn(t.app, cast.callHandler.user)).get('/cases/new')).statusCode).toBe(403);
  });
});
