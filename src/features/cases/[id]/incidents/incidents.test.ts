import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type TestApp } from '../../../../../test/app.js';
import { aCast, aPlacedIncident, CITY, shareCase, type Cast } from '../../../../services/cases/core-test-support.js';
import { linkIncident } from '../../../../services/cases/link-incident.js';
import { openCase } from '../../../../services/cases/open-case.js';

describe('the case Incidents tab (GET/POST /cases/:id/incidents)', () => {
  let t: TestApp;
  let cast: Cast;
  let caseId: string;
  let ours: { id: string; reference: string };
  let theirs: { id: string; reference: string };
  beforeAll(async () => {
    t = await createTestApp();
    cast = await aCast(t.db);
    ours = await aPlacedIncident(t.db);
    ({ caseId } = await openCase(t.db, cast.officer.actor, { incidentIds: [ours.id], summary: 'Noise' }));
    await shareCase(t.db, caseId, CITY);
    theirs = await aPlacedIncident(t.db, { org: CITY, place: { location_text: 'Council estate' } });
    await linkIncident(t.db, cast.cityOfficer.actor, caseId, theirs.reference);
  });
  afterAll(() => t.close());

  it('lists the incidents the officer may see with links, and names the holder of the others', async () => {
    const res = await (await signedIn(t.app, cast.officer.user)).get(`/cases/${caseId}/incidents`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`href="/incidents/${ours.id}"`);
    expect(res.body).toContain('Outside 12 Granby Street');
    expect(res.body).toContain('Held by Leicester City Council');
    expect(res.body).not.toContain(theirs.reference);
    expect(res.body).not.toContain('Council estate');
  });

  it('shows the partner their own incident and names the police as holder of the other', async () => {
    const res = await (await signedIn(t.app, cast.cityOfficer.user)).get(`/cases/${caseId}/incidents`);
    expect(res.body).toContain(theirs.reference);
    expect(res.body).toContain('Held by Leicestershire Police');
  });

  it('says when the reference is missing or unknown, keeping what was typed', async () => {
    const b = await signedIn(t.app, cast.officer.user);
    const blank = await b.post(`/cases/${caseId}/incidents`, { incident: '' });
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('<title>Error: Incidents – Concord</title>');
    expect(blank.body).toContain('Enter the incident reference');
    const unknown = await b.post(`/cases/${caseId}/incidents`, { incident: 'ASB-1999-000001' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('There is no incident you can see with the reference ASB-1999-000001');
    expect(unknown.body).toContain('value="ASB-1999-000001"');
  });

  it('links another incident and says so', async () => {
    const more = await aPlacedIncident(t.db);
    const b = await signedIn(t.app, cast.officer.user);
    const res = await b.post(`/cases/${caseId}/incidents`, { incident: more.reference });
    expect(res.statusCode).toBe(303);
    const page = await b.get(res.headers.location as string);
    expect(page.body).toContain('Incident linked to the case');
    expect(page.body).toContain(more.reference);
  });
});
