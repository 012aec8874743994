import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type TestApp } from '../../../../test/app.js';
import { aUser, orgId, type TestUser } from '../../../../test/builders.js';
import type { IncidentSource } from '../../../db/schema.js';

async function anIncident(t: TestApp, source: IncidentSource, org: string | null) {
  return t.db
    .insertInto('incidents')
    .values({
      reference: `T-${crypto.randomBytes(4).toString('hex').toUpperCase()}`,
      source,
      organisation_id: org ? await orgId(t.db, org) : null,
      month: '2026-01-01',
      incident_type_code: 'noise',
      synthetic: true,
    })
    .returning(['id', 'reference'])
    .executeTakeFirstOrThrow();
}

async function aPerson(t: TestApp, org: string, forename: string, links: { incidentId: string; role: 'victim' | 'perpetrator' }[] = []) {
  const person = await t.db
    .insertInto('people')
    .values({ forename, surname: 'Testperson', date_of_birth: '1990-03-27', organisation_id: await orgId(t.db, org), synthetic: true })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const l of links)
    await t.db.insertInto('incident_parties').values({ incident_id: l.incidentId, person_id: person.id, role: l.role }).execute();
  return person.id;
}

describe('the person page', () => {
  let t: TestApp;
  let policeOfficer: TestUser;
  let councilOfficer: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    policeOfficer = await aUser(t.db, { roles: ['officer'] });
    councilOfficer = await aUser(t.db, { roles: ['partner_case_officer'], org: 'Leicester City Council' });
  });
  afterAll(() => t.close());

  const views = (personId: string) =>
    t.db.selectFrom('audit_log').selectAll().where('action', '=', 'person.view').where('entity_id', '=', personId).execute();

  it('shows a person recorded by the user’s organisation with their incidents, and audits the view', async () => {
    const incident = await anIncident(t, 'staff', 'Leicestershire Police');
    const id = await aPerson(t, 'Leicestershire Police', 'Priya', [{ incidentId: incident.id, role: 'victim' }]);
    const res = await (await signedIn(t.app, policeOfficer)).get(`/people/${id}`);
    expect(res.statusCode).toBe(200);
    for (const text of ['Priya Testperson', '27 March 1990', incident.reference, 'Victim', 'January 2026'])
      expect(res.body).toContain(text);
    const audit = await views(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user_id: policeOfficer.id, entity_type: 'person' });
    expect(JSON.stringify(audit[0]!.detail)).not.toMatch(/Priya|1990-03-27|27 March 1990/);
  });

  it('answers "not found" for a person only linked to another organisation’s incidents, showing none of it', async () => {
    const incident = await anIncident(t, 'staff', 'Leicestershire Police');
    const id = await aPerson(t, 'Leicestershire Police', 'Quentin', [{ incidentId: incident.id, role: 'perpetrator' }]);
    const res = await (await signedIn(t.app, councilOfficer)).get(`/people/${id}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Quentin');
    expect(res.body).not.toContain(incident.reference);
    expect(await views(id)).toHaveLength(0);
  });

  it('shows another organisation’s person linked to an incident the user may see, listing only what they may see', async () => {
    const open = await anIncident(t, 'demo', null);
    const hidden = await anIncident(t, 'staff', 'Leicestershire Police');
    const id = await aPerson(t, 'Leicestershire Police', 'Rosa', [
      { incidentId: open.id, role: 'victim' },
      { incidentId: hidden.id, role: 'victim' },
    ]);
    const res = await (await signedIn(t.app, councilOfficer)).get(`/people/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(open.reference);
    expect(res.body).not.toContain(hidden.reference);
  });

  it('shows a person the user’s organisation recorded even with no incidents', async () => {
    const id = await aPerson(t, 'Leicester City Council', 'Sami');
    const res = await (await signedIn(t.app, councilOfficer)).get(`/people/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Sami Testperson');
    expect((await (await signedIn(t.app, policeOfficer)).get(`/people/${id}`)).statusCode).toBe(404);
  });

  it('answers "not found" for an unknown or malformed id', async () => {
    const b = await signedIn(t.app, policeOfficer);
    expect((await b.get(`/people/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await b.get('/people/nobody')).statusCode).toBe(404);
  });
});
