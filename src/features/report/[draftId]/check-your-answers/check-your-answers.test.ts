import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../../test/app.js';
import { aUser } from '../../../../../test/builders.js';
import { aPerson, anIncident, daysBefore, POLICE } from '../../../../services/report/test-support.js';
import { answerQuestions, chooseCaller, startReport, whatAndWhereForm } from '../../_shared/test-journey.js';

describe('checking the answers and saving the report', () => {
  let t: TestApp;
  let b: Browser;
  let personId: string;
  const earlier: { id: string; reference: string }[] = [];
  const now = new Date();
  beforeAll(async () => {
    t = await createTestApp();
    b = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
    personId = await aPerson(t.db, { forename: 'Rosalind', surname: 'Repeatedly', dateOfBirth: '1980-05-06' });
    for (const days of [60, 30]) {
      earlier.push(await anIncident(t.db, { org: POLICE, reportedAt: daysBefore(now, days), parties: [{ personId, role: 'victim' }] }));
    }
  });
  afterAll(() => t.close());

  /** A draft with every page done, for Rosalind as victim. */
  async function completeDraft(browser = b): Promise<string> {
    const draftId = await startReport(browser);
    await chooseCaller(browser, draftId, { forename: 'Rosalind', surname: 'Repeatedly', personId });
    await answerQuestions(browser, draftId);
    const form = whatAndWhereForm(daysBefore(now, 2), {
      'parties[0][forename]': 'Dean',
      'parties[0][surname]': 'Loud',
      'parties[0][role]': 'perpetrator',
    });
    const res = await browser.post(`/report/${draftId}/what-and-where`, form);
    if (res.statusCode !== 303) throw new Error(`what-and-where: ${res.statusCode}`);
    return draftId;
  }

  it('sends the user back to the first page not done', async () => {
    const draftId = await startReport(b);
    const res = await b.get(`/report/${draftId}/check-your-answers`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/report/${draftId}/who`);
  });

  it('shows every answer with a Change link, the checks and the lead agency suggestion with its reason', async () => {
    const draftId = await completeDraft();
    const page = await b.get(`/report/${draftId}/check-your-answers`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Rosalind Repeatedly');
    expect(page.body).toContain('Loud music every night until 3am.');
    expect(page.body).toContain('Dean Loud, Perpetrator (alleged)');
    expect(page.body).toContain(`href="/report/${draftId}/who"`);
    expect(page.body).toContain(`href="/report/${draftId}/questions"`);
    expect(page.body).toContain(`href="/report/${draftId}/what-and-where"`);
    expect(page.body).toMatch(/Flagged: [^<]*Repeat victim/);
    expect(page.body).toContain(`href="/incidents/${earlier[0]!.id}"`);
    expect(page.body).toContain('ASB Case Review threshold met');
    expect(page.body).toContain('Suggested: <strong>Partner-led</strong>');
    expect(page.body).toContain('noise');
    expect(page.body).toMatch(/value="partner" checked/);
  });

  it('asks who should lead when neither is selected', async () => {
    const draftId = await completeDraft();
    const res = await b.post(`/report/${draftId}/check-your-answers`, {});
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Select who should lead: police-led or partner-led');
    expect(res.body).toContain('href="#leadAgency"');
  });

  it('saves the report, deletes the draft and confirms it with the reference, the flags and the Case Review prompt', async () => {
    const draftId = await completeDraft();
    const res = await b.post(`/report/${draftId}/check-your-answers`, { leadAgency: 'police' });
    expect(res.statusCode).toBe(303);
    const incidentId = /^\/report\/done\/([0-9a-f-]{36})$/.exec(String(res.headers.location))![1]!;
    expect(await t.db.selectFrom('form_drafts').select('id').where('id', '=', draftId).executeTakeFirst()).toBeUndefined();
    const incident = await t.db.selectFrom('incidents').selectAll().where('id', '=', incidentId).executeTakeFirstOrThrow();
    expect(incident).toMatchObject({
      source: 'staff',
      category: 'nuisance',
      incident_type_code: 'noise',
      lead_agency: 'police',
      district_code: 'E06000016',
      location_text: 'Near the Clock Tower',
    });
    expect(incident.lead_agency_reason).toContain('Changed by staff from the suggestion (partner-led)');
    const parties = await t.db.selectFrom('incident_parties').select(['person_id', 'role']).where('incident_id', '=', incidentId).execute();
    expect(parties).toContainEqual({ person_id: personId, role: 'victim' });
    expect(parties.map((p) => p.role).sort()).toEqual(['perpetrator', 'victim']);

    const done = await b.get(`/report/done/${incidentId}`);
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Report saved');
    expect(done.body).toContain(incident.reference);
    expect(done.body).toMatch(/Flagged: [^<]*Repeat victim/);
    expect(done.body).toContain('Tell the caller they have the right to ask for an ASB Case Review');
    expect(done.body).toContain('I have told the caller');

    const told = await b.post(`/report/done/${incidentId}/case-review-explained`, {}, `/report/done/${incidentId}`);
    expect(told.statusCode).toBe(303);
    const after = await b.get(String(told.headers.location));
    expect(after.body).toContain('govuk-notification-banner--success');
    expect(after.body).toContain('Recorded: you told the caller about their right to ask for an ASB Case Review');
    expect(after.body).toContain('You recorded that the caller was told on');
    expect(after.body).not.toContain('I have told the caller</button>');
    const marked = await t.db
      .selectFrom('incidents')
      .select('case_review_explained_at')
      .where('id', '=', incidentId)
      .executeTakeFirstOrThrow();
    expect(marked.case_review_explained_at).not.toBeNull();
  });

  it('shows the confirmation only to the user who recorded the report', async () => {
    const draftId = await completeDraft();
    const res = await b.post(`/report/${draftId}/check-your-answers`, { leadAgency: 'partner' });
    const other = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
    expect((await other.get(String(res.headers.location))).statusCode).toBe(404);
  });

  it('treats another user’s draft as not found', async () => {
    const draftId = await completeDraft();
    const other = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
    expect((await other.get(`/report/${draftId}/check-your-answers`)).statusCode).toBe(404);
    expect((await other.post(`/report/${draftId}/check-your-answers`, { leadAgency: 'police' }, '/report/new')).statusCode).toBe(404);
  });
});
