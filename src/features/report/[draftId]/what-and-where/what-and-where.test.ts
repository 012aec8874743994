import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../../test/app.js';
import { aUser } from '../../../../../test/builders.js';
import { answerQuestions, chooseCaller, startReport, whatAndWhereForm } from '../../_shared/test-journey.js';

const DAY = 86_400_000;

describe('What happened and where?', () => {
  let t: TestApp;
  let b: Browser;
  const lastWeek = new Date(Date.now() - 7 * DAY);
  beforeAll(async () => {
    t = await createTestApp();
    b = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
    await t.db
      .insertInto('incidents')
      .values({
        reference: `TEST-${crypto.randomBytes(5).toString('hex')}`,
        source: 'police.uk',
        month: '2024-01-01',
        location_text: 'On or near Granby Street',
        latitude: 52.6331,
        longitude: -1.1308,
        district_code: 'E06000016',
        synthetic: true,
      })
      .execute();
  });
  afterAll(() => t.close());

  it('shows the categories with their hints, the active types, today as the date reported and the map', async () => {
    const draftId = await startReport(b);
    const page = await b.get(`/report/${draftId}/what-and-where`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Environmental');
    expect(page.body).toContain('Causing trouble, annoyance or suffering to the community at large');
    expect(page.body).toContain('<option value="noise">Noise</option>');
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric' }).format(new Date());
    expect(page.body).toContain(`name="reported-day" type="text" value="${today}"`);
    expect(page.body).toContain('id="report-map"');
    expect(page.body).toContain('data-module="moj-add-another"');
    expect(page.body).toContain('src="/public/report-what-and-where.js"');
  });

  it('re-shows every problem in GOV.UK words and keeps everything typed', async () => {
    const draftId = await startReport(b);
    const res = await b.post(`/report/${draftId}/what-and-where`, {
      'occurredFrom-time': '21:30',
      placeQuery: 'somewhere',
      description: '',
      'parties[0][forename]': 'Darren',
      crimeLinked: 'yes',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: What happened and where?');
    for (const m of [
      'Select a category',
      'Select the type of incident',
      'Enter the date the incident happened',
      'Enter where the incident happened',
      'Enter a description of what happened',
      'Enter the last name of other person 1',
      'Select the role of other person 1',
      'Enter the crime reference',
    ])
      expect(res.body).toContain(m);
    expect(res.body).toContain('value="21:30"');
    expect(res.body).toContain('value="somewhere"');
    expect(res.body).toContain('value="Darren"');
    expect(res.body).toMatch(/name="crimeLinked" type="checkbox" value="yes" checked/);
  });

  it('refuses a date in the future and an end before the start', async () => {
    const draftId = await startReport(b);
    const nextYear = String(new Date().getFullYear() + 1);
    const future = await b.post(`/report/${draftId}/what-and-where`, whatAndWhereForm(lastWeek, { 'occurredFrom-year': nextYear }));
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('Date the incident happened must be in the past');
    expect(future.body).toContain(`value="${nextYear}"`);
    const backwards = await b.post(
      `/report/${draftId}/what-and-where`,
      whatAndWhereForm(lastWeek, { 'occurredTo-day': '1', 'occurredTo-month': '1', 'occurredTo-year': '2000' }),
    );
    expect(backwards.body).toContain('Date the incident ended must be the same as or after the date it happened');
  });

  it('asks for the district by hand while no boundaries are loaded', async () => {
    const draftId = await startReport(b);
    const res = await b.post(`/report/${draftId}/what-and-where`, whatAndWhereForm(lastWeek, { district: '' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Select the district where it happened');
    expect(res.body).toContain('Boundaries are not loaded, so choose the district by hand');
  });

  it('finds a place without JavaScript, keeps what was typed, and records the place chosen', async () => {
    const draftId = await startReport(b);
    const typed = whatAndWhereForm(lastWeek, { lat: '', lon: '', placeLabel: '', placeQuery: 'granby', description: 'Shouting outside' });
    const found = await b.post(`/report/${draftId}/what-and-where`, { ...typed, action: 'find-place' });
    expect(found.statusCode).toBe(200);
    expect(found.body).not.toContain('govuk-error-summary');
    expect(found.body).toContain('On or near Granby Street');
    expect(found.body).toContain('Shouting outside</textarea>');
    const choice = /name="placeChoice" type="radio" value="([^"]+)"/.exec(found.body)![1]!.replace(/&amp;/g, '&');
    const saved = await b.post(`/report/${draftId}/what-and-where`, { ...typed, placeChoice: choice });
    expect(saved.statusCode).toBe(303);
    const again = await b.get(`/report/${draftId}/what-and-where`);
    expect(again.body).toContain('Place chosen: <strong>On or near Granby Street</strong>');
    expect(again.body).toContain('name="lat" id="lat" value="52.6331"');
  });

  it('adds and removes other people without JavaScript', async () => {
    const draftId = await startReport(b);
    const typed = {
      ...whatAndWhereForm(lastWeek),
      'parties[0][forename]': 'Dean',
      'parties[0][surname]': 'Loud',
      'parties[0][role]': 'perpetrator',
    };
    const added = await b.post(`/report/${draftId}/what-and-where`, { ...typed, 'parties-add-another': 'add-another-person' });
    expect(added.statusCode).toBe(200);
    expect(added.body).toContain('name="parties[1][forename]"');
    expect(added.body).toContain('value="Dean"');
    const removed = await b.post(`/report/${draftId}/what-and-where`, { ...typed, 'parties[1][forename]': 'Wendy', 'remove-party': '0' });
    expect(removed.body).toContain('value="Wendy"');
    expect(removed.body).not.toContain('value="Dean"');
  });

  it('saves a complete page and goes on to check your answers once every page is done', async () => {
    const draftId = await startReport(b);
    await chooseCaller(b, draftId, { forename: 'Walter', surname: 'Where' });
    await answerQuestions(b, draftId);
    const res = await b.post(`/report/${draftId}/what-and-where`, whatAndWhereForm(lastWeek));
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/report/${draftId}/check-your-answers`);
  });

  it('answers the gazetteer as JSON for the page’s script, to report users only', async () => {
    const res = await b.get('/report/gazetteer?q=Granby');
    expect(res.statusCode).toBe(200);
    expect(res.json().places[0]).toMatchObject({ kind: 'street', label: 'On or near Granby Street', lat: 52.6331, lon: -1.1308 });
    const analyst = await signedIn(t.app, await aUser(t.db, { roles: ['analyst'] }));
    expect((await analyst.get('/report/gazetteer?q=Granby')).statusCode).toBe(403);
  });

  it('treats another user’s draft as not found', async () => {
    const draftId = await startReport(b);
    const other = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
    expect((await other.get(`/report/${draftId}/what-and-where`)).statusCode).toBe(404);
    expect((await other.post(`/report/${draftId}/what-and-where`, whatAndWhereForm(lastWeek), '/report/new')).statusCode).toBe(404);
  });
});
