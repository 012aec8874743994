import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type TestApp } from '../../../../../test/app.js';
import { aCast, aPlacedIncident, someone, type Cast } from '../../../../services/cases/core-test-support.js';
import { openCase } from '../../../../services/cases/open-case.js';

describe('the case People tab, adding and taking off people', () => {
  let t: TestApp;
  let cast: Cast;
  let caseId: string;
  let victim: string;
  let perpetrator: string;
  beforeAll(async () => {
    t = await createTestApp();
    cast = await aCast(t.db);
    victim = await someone(t.db, 'Vera', 'Victim');
    perpetrator = await someone(t.db, 'Percy', 'Perp');
    const incident = await aPlacedIncident(t.db, {
      parties: [
        { personId: victim, role: 'victim' },
        { personId: perpetrator, role: 'perpetrator' },
      ],
    });
    ({ caseId } = await openCase(t.db, cast.officer.actor, { incidentIds: [incident.id], summary: 'Noise' }));
  });
  afterAll(() => t.close());

  it('groups the people by role, linking to their records', async () => {
    const res = await (await signedIn(t.app, cast.officer.user)).get(`/cases/${caseId}/people`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h2 class="govuk-heading-m">Victims</h2>');
    expect(res.body).toContain('<h2 class="govuk-heading-m">Perpetrators</h2>');
    expect(res.body).toContain(`href="/people/${victim}"`);
    expect(res.body).toContain(`/cases/${caseId}/people/remove?person=${perpetrator}&amp;role=perpetrator`);
    expect(res.body).toContain(`href="/cases/${caseId}/people/add"`);
  });

  it('shows the add form, and its errors with what was typed', async () => {
    const b = await signedIn(t.app, cast.officer.user);
    const page = await b.get(`/cases/${caseId}/people/add`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Record a new person');
    expect(page.body).toContain('Parent or guardian');
    const res = await b.post(`/cases/${caseId}/people/add`, {
      person: 'new',
      'new-forename': 'Petra',
      'new-surname': '',
      'new-dob-day': '31',
      'new-dob-month': '2',
      'new-dob-year': '1980',
      role: '',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Add a person to the case – Concord</title>');
    for (const m of ['Enter their last name', 'Select their role in the case', 'Date of birth must be a real date'])
      expect(res.body).toContain(m);
    expect(res.body).toContain('value="Petra"');
  });

  it('records a new person on the case', async () => {
    const b = await signedIn(t.app, cast.officer.user);
    const res = await b.post(`/cases/${caseId}/people/add`, {
      person: 'new',
      'new-forename': 'Petra',
      'new-surname': 'Parentson',
      'new-dob-day': '27',
      'new-dob-month': '3',
      'new-dob-year': '1980',
      role: 'parent_guardian',
    });
    expect(res.statusCode).toBe(303);
    const page = await b.get(res.headers.location as string);
    expect(page.body).toContain('Person added to the case');
    expect(page.body).toContain('Parents or guardians');
    expect(page.body).toContain('Petra Parentson');
    expect(page.body).toContain('27 March 1980');
  });

  it('adds someone already known, and refuses them twice in the same role', async () => {
    const b = await signedIn(t.app, cast.officer.user);
    expect((await b.post(`/cases/${caseId}/people/add`, { person: victim, role: 'complainant' })).statusCode).toBe(303);
    const again = await b.post(`/cases/${caseId}/people/add`, { person: victim, role: 'complainant' });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('Vera Victim is already on this case as a complainant');
  });

  it('takes someone off the case with a reason', async () => {
    const b = await signedIn(t.app, cast.officer.user);
    const url = `/cases/${caseId}/people/remove?person=${perpetrator}&role=perpetrator`;
    const page = await b.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Take Percy Perp off the case as perpetrator');
    const blank = await b.post(`/cases/${caseId}/people/remove`, { person: perpetrator, role: 'perpetrator', reason: '' }, url);
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('<title>Error: Take Percy Perp off the case as perpetrator – Concord</title>');
    expect(blank.body).toContain('Enter why they are being taken off the case');
    const done = await b.post(`/cases/${caseId}/people/remove`, { person: perpetrator, role: 'perpetrator', reason: 'Wrong address' }, url);
    expect(done.statusCode).toBe(303);
    const after = await b.get(done.headers.location as string);
    expect(after.body).toContain('Person taken off the case');
    expect(after.body).not.toContain('Percy Perp');
    expect((await b.get(url)).statusCode).toBe(404);
  });
});
