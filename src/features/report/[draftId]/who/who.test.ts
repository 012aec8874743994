import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../../test/app.js';
import { aUser } from '../../../../../test/builders.js';
import { aPerson, anIncident, CITY, daysBefore, POLICE, setContact } from '../../../../services/report/test-support.js';
import { startReport } from '../../_shared/test-journey.js';

describe('Who is reporting?', () => {
  let t: TestApp;
  let b: Browser;
  let personId: string;
  let ours: { id: string; reference: string };
  beforeAll(async () => {
    t = await createTestApp();
    b = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
    personId = await aPerson(t.db, { forename: 'Imogen', surname: 'Whitlock', dateOfBirth: '1971-04-12' });
    const now = new Date();
    await setContact(t.db, CITY, 'asb@city.example');
    ours = await anIncident(t.db, { org: POLICE, reportedAt: daysBefore(now, 40), parties: [{ personId, role: 'victim' }] });
    await anIncident(t.db, { org: CITY, reportedAt: daysBefore(now, 100), parties: [{ personId, role: 'victim' }] });
  });
  afterAll(() => t.close());

  it('re-shows the search with every problem and what was typed', async () => {
    const draftId = await startReport(b);
    const res = await b.post(`/report/${draftId}/who/search`, {
      forename: 'Imogen',
      'dob-day': '31',
      'dob-month': '2',
      'dob-year': '1971',
      postcode: 'LE1',
      phone: 'abc',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Who is reporting?');
    expect(res.body).toContain('govuk-error-summary');
    for (const m of ['Date of birth must be a real date', 'Enter a real postcode', 'Enter a phone number, like'])
      expect(res.body).toContain(m);
    expect(res.body).toContain('href="#dob-day"');
    expect(res.body).toContain('value="Imogen"');
    expect(res.body).toContain('value="31"');
    expect(res.body).toContain('value="LE1"');
  });

  it('asks for something to search on', async () => {
    const draftId = await startReport(b);
    const res = await b.post(`/report/${draftId}/who/search`, {});
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter a name, phone number, email address or postcode');
  });

  it('finds a misspelt name with its reasons and the organisation that knows them', async () => {
    const draftId = await startReport(b);
    const res = await b.post(`/report/${draftId}/who/search`, {
      forename: 'Imogen',
      surname: 'Whitlok',
      'dob-day': '12',
      'dob-month': '4',
      'dob-year': '1971',
    });
    expect(res.statusCode).toBe(303);
    const page = await b.get(String(res.headers.location).replace(/#.*$/, ''));
    expect(page.body).toContain('Imogen Whitlock');
    expect(page.body).toContain('Known to Leicestershire Police');
    expect(page.body).toContain('same date of birth');
    expect(page.body).toContain(`value="${personId}"`);
    expect(page.body).toContain('value="Whitlok"');
  });

  it('shows the checks as soon as the person is chosen: repeat victim, with a link or who holds each incident', async () => {
    const draftId = await startReport(b);
    await b.post(`/report/${draftId}/who/search`, { forename: 'Imogen', surname: 'Whitlock' });
    const res = await b.post(`/report/${draftId}/who`, { person: personId, role: 'victim' });
    expect(res.statusCode).toBe(303);
    const page = await b.get(`/report/${draftId}/who`);
    expect(page.body).toContain('Person reporting');
    expect(page.body).toContain('Checks across all partners');
    expect(page.body).toMatch(/Flagged: [^<]*Repeat victim/);
    expect(page.body).toContain(`href="/incidents/${ours.id}"`);
    expect(page.body).toContain('held by Leicester City Council: contact asb@city.example');
    expect(page.body).toContain(`href="/report/${draftId}/questions"`);
  });

  it('re-shows the choice with its problems, the candidates and the new person typed', async () => {
    const draftId = await startReport(b);
    await b.post(`/report/${draftId}/who/search`, { forename: 'Imogen', surname: 'Whitlock' });
    const none = await b.post(`/report/${draftId}/who`, {});
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Select the person reporting, or record a new person');
    expect(none.body).toContain('Select whether the caller is a victim, complainant or witness');
    expect(none.body).toContain(`value="${personId}"`);
    const fresh = await b.post(`/report/${draftId}/who`, { person: 'new', role: 'witness', 'new-forename': 'Ivo', 'new-email': 'ivo@' });
    expect(fresh.statusCode).toBe(400);
    expect(fresh.body).toContain('Enter their last name');
    expect(fresh.body).toContain('Enter an email address in the correct format');
    expect(fresh.body).toContain('value="Ivo"');
    expect(fresh.body).toContain('value="ivo@"');
    expect(fresh.body).toMatch(/value="witness" checked/);
  });

  it('refuses a person who was not among the search results', async () => {
    const other = await aPerson(t.db, { forename: 'Zed', surname: 'Elsewhere' });
    const draftId = await startReport(b);
    await b.post(`/report/${draftId}/who/search`, { forename: 'Imogen', surname: 'Whitlock' });
    const res = await b.post(`/report/${draftId}/who`, { person: other, role: 'victim' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Select the person reporting, or record a new person');
  });

  it('records a new person when no one matches', async () => {
    const draftId = await startReport(b);
    await b.post(`/report/${draftId}/who/search`, { forename: 'Quentin', surname: 'Nobodyknows' });
    const page = await b.get(`/report/${draftId}/who`);
    expect(page.body).toContain('No one matched');
    expect(page.body).toContain('value="Nobodyknows"');
    const res = await b.post(`/report/${draftId}/who`, {
      person: 'new',
      role: 'complainant',
      'new-forename': 'Quentin',
      'new-surname': 'Nobodyknows',
    });
    expect(res.statusCode).toBe(303);
    expect((await b.get(`/report/${draftId}/who`)).body).toContain('New person: recorded with this report');
  });

  it('treats another user’s draft as not found', async () => {
    const draftId = await startReport(b);
    const other = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
    expect((await other.get(`/report/${draftId}/who`)).statusCode).toBe(404);
    expect((await other.post(`/report/${draftId}/who/search`, { surname: 'Whitlock' }, '/report/new')).statusCode).toBe(404);
    expect((await other.post(`/report/${draftId}/who`, { person: 'new' }, '/report/new')).statusCode).toBe(404);
  });
});
