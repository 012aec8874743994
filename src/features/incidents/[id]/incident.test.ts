import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type TestApp } from '../../../../test/app.js';
import { aUser, orgId, type TestUser } from '../../../../test/builders.js';
import type { IncidentSource } from '../../../db/schema.js';
import { aCaseWith } from '../../../../test/case-builders.js';

/** An incident recorded by `org` (none for open data), with a unique reference. */
async function anIncident(t: TestApp, opts: { source: IncidentSource; org?: string; description: string }) {
  const organisationId = opts.org ? await orgId(t.db, opts.org) : null;
  return t.db
    .insertInto('incidents')
    .values({
      reference: `T-${crypto.randomBytes(4).toString('hex').toUpperCase()}`,
      source: opts.source,
      organisation_id: organisationId,
      month: '2026-02-01',
      category: 'personal',
      incident_type_code: 'noise',
      description: opts.description,
      location_text: 'On or near Example Street',
      district_code: 'E06000016',
      lsoa21_code: 'E01013648',
      synthetic: true,
    })
    .returning(['id', 'reference'])
    .executeTakeFirstOrThrow();
}

describe('the incident page', () => {
  let t: TestApp;
  let policeOfficer: TestUser;
  let councilOfficer: TestUser;
  let policeIncident: { id: string; reference: string };
  let openIncident: { id: string; reference: string };
  beforeAll(async () => {
    t = await createTestApp();
    policeOfficer = await aUser(t.db, { roles: ['officer'] });
    councilOfficer = await aUser(t.db, { roles: ['partner_case_officer'], org: 'Leicester City Council' });
    policeIncident = await anIncident(t, { source: 'staff', org: 'Leicestershire Police', description: 'Shouting and banging at night' });
    openIncident = await anIncident(t, { source: 'police.uk', description: 'Open data incident' });
  });
  afterAll(() => t.close());

  const views = (incidentId: string) =>
    t.db.selectFrom('audit_log').selectAll().where('action', '=', 'incident.view').where('entity_id', '=', incidentId).execute();

  it('shows an incident recorded by the user’s own organisation and audits the view', async () => {
    const res = await (await signedIn(t.app, policeOfficer)).get(`/incidents/${policeIncident.id}`);
    expect(res.statusCode).toBe(200);
    for (const text of [
      policeIncident.reference,
      'Recorded by staff',
      'February 2026',
      'Personal',
      'Noise',
      'Shouting and banging at night',
      'Leicester (E06000016)',
      '2021: E01013648',
    ]) {
      expect(res.body).toContain(text);
    }
    const audit = await views(policeIncident.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user_id: policeOfficer.id, entity_type: 'incident' });
    expect(JSON.stringify(audit[0]!.detail)).not.toContain('Shouting');
  });

  it('answers "not found" for another organisation’s incident, showing none of it', async () => {
    const res = await (await signedIn(t.app, councilOfficer)).get(`/incidents/${policeIncident.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Page not found');
    expect(res.body).not.toContain(policeIncident.reference);
    expect(res.body).not.toContain('Shouting');
    expect((await views(policeIncident.id)).filter((a) => a.user_id === councilOfficer.id)).toHaveLength(0);
  });

  it('shows open police.uk data to staff of any organisation', async () => {
    const res = await (await signedIn(t.app, councilOfficer)).get(`/incidents/${openIncident.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('police.uk open data');
    expect(await views(openIncident.id)).toHaveLength(1);
  });

  it('answers "not found" for an unknown or malformed id, like an invisible one', async () => {
    const b = await signedIn(t.app, policeOfficer);
    expect((await b.get(`/incidents/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await b.get('/incidents/42')).statusCode).toBe(404);
  });

  it('refuses a user whose role does not include incidents', async () => {
    const auditor = await aUser(t.db, { roles: ['auditor'] });
    expect((await (await signedIn(t.app, auditor)).get(`/incidents/${openIncident.id}`)).statusCode).toBe(403);
  });

  it('lists the cases holding the incident that the user may see, and offers to open one', async () => {
    const ours = await aCaseWith(t.db, { incidentIds: [openIncident.id], summary: 'Police case' });
    const theirs = await aCaseWith(t.db, { org: 'Leicester City Council', incidentIds: [openIncident.id], summary: 'Council case' });
    const police = await (await signedIn(t.app, policeOfficer)).get(`/incidents/${openIncident.id}`);
    expect(police.body).toContain(`href="/cases/${ours.id}"`);
    expect(police.body).not.toContain(theirs.reference);
    expect(police.body).toContain(`href="/cases/new?incident=${openIncident.id}"`);
    expect(police.body).toContain('Open a case from this incident');
    const council = await (await signedIn(t.app, councilOfficer)).get(`/incidents/${openIncident.id}`);
    expect(council.body).toContain(theirs.reference);
    expect(council.body).not.toContain(ours.reference);
  });

  it('offers no case work to staff without it', async () => {
    const analyst = await aUser(t.db, { roles: ['analyst'] });
    const res = await (await signedIn(t.app, analyst)).get(`/incidents/${openIncident.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('Open a case from this incident');
    expect(res.body).not.toContain('<h2 class="govuk-heading-m">Cases</h2>');
  });
});
