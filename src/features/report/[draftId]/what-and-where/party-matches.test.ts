import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../../test/app.js';
import { aUser } from '../../../../../test/builders.js';
import { aPerson, anIncident, daysBefore, POLICE } from '../../../../services/report/test-support.js';
import { answerQuestions, chooseCaller, startReport, whatAndWhereForm } from '../../_shared/test-journey.js';

describe('matching other people involved to people already known', () => {
  let t: TestApp;
  let b: Browser;
  let perpetratorId: string;
  const now = new Date();
  // A surname no other test uses, so the search finds only this perpetrator.
  const surname = `Loudworth${crypto.randomBytes(3).toString('hex')}`;
  const dean = { 'parties[0][forename]': 'Dean', 'parties[0][surname]': surname, 'parties[0][role]': 'perpetrator' };

  beforeAll(async () => {
    t = await createTestApp();
    b = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
    perpetratorId = await aPerson(t.db, { forename: 'Dean', surname, dateOfBirth: '1990-04-02' });
    await anIncident(t.db, { org: POLICE, reportedAt: daysBefore(now, 40), parties: [{ personId: perpetratorId, role: 'perpetrator' }] });
  });
  afterAll(() => t.close());

  /** A draft with the caller and the questions done; @returns its id and the what-and-where form with Dean. */
  async function draftWithDean(): Promise<{ draftId: string; form: Record<string, string> }> {
    const draftId = await startReport(b);
    await chooseCaller(b, draftId, { forename: 'Walter', surname: 'Witnessed' });
    await answerQuestions(b, draftId);
    return { draftId, form: { ...whatAndWhereForm(daysBefore(now, 1)), ...dean } };
  }

  async function perpetratorParty(incidentId: string) {
    return t.db
      .selectFrom('incident_parties')
      .select('person_id')
      .where('incident_id', '=', incidentId)
      .where('role', '=', 'perpetrator')
      .executeTakeFirstOrThrow();
  }

  it('asks for a name before finding matches, keeping what was typed', async () => {
    const { draftId, form } = await draftWithDean();
    const res = await b.post(`/report/${draftId}/what-and-where`, {
      ...form,
      'parties[0][forename]': '',
      'parties[0][surname]': '',
      'parties[0][dob-day]': '31',
      'find-party': '0',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter the name of other person 1 to find matches');
    expect(res.body).toContain('href="#parties-0-forename"');
    expect(res.body).toContain('value="31"');
    expect(res.body).toContain('Loud music every night until 3am.</textarea>');
  });

  it('finds a known perpetrator, insists on a choice, and flags the known perpetrator on check your answers and after saving', async () => {
    const { draftId, form } = await draftWithDean();
    const found = await b.post(`/report/${draftId}/what-and-where`, {
      ...form,
      'parties[0][dob-day]': '2',
      'parties[0][dob-month]': '4',
      'parties[0][dob-year]': '1990',
      'find-party': '0',
    });
    expect(found.statusCode).toBe(200);
    expect(found.body).not.toContain('govuk-error-summary');
    expect(found.body).toContain('Is this one of these people?');
    expect(found.body).toContain(`name="parties[0][match]" type="radio" value="${perpetratorId}"`);
    expect(found.body).toContain('Born 2 April 1990, known to Leicestershire Police. Why: same date of birth');
    expect(found.body).toContain('None of these – record as a new person');
    expect(found.body).toContain('name="parties[0][searched]" id="parties-0-searched" value="yes"');

    const searched = {
      ...form,
      'parties[0][dob-day]': '2',
      'parties[0][dob-month]': '4',
      'parties[0][dob-year]': '1990',
      'parties[0][searched]': 'yes',
    };
    const unchosen = await b.post(`/report/${draftId}/what-and-where`, searched);
    expect(unchosen.statusCode).toBe(400);
    expect(unchosen.body).toContain('Select who other person 1 is, or select ‘None of these’');
    expect(unchosen.body).toContain('href="#parties-0-match"');
    expect(unchosen.body).toContain('value="1990"');

    const saved = await b.post(`/report/${draftId}/what-and-where`, { ...searched, 'parties[0][match]': perpetratorId });
    expect(saved.statusCode).toBe(303);
    const again = await b.get(`/report/${draftId}/what-and-where`);
    expect(again.body).toMatch(new RegExp(`value="${perpetratorId}" checked`));

    const answers = await b.get(`/report/${draftId}/check-your-answers`);
    expect(answers.statusCode).toBe(200);
    expect(answers.body).toMatch(/Flagged: [^<]*Known perpetrator/);
    expect(answers.body).toContain('perpetrator in 1 earlier ASB incident');
    expect(answers.body).toContain('matched to a person already known');

    const done = await b.post(`/report/${draftId}/check-your-answers`, { leadAgency: 'partner' });
    expect(done.statusCode).toBe(303);
    const incidentId = /^\/report\/done\/([0-9a-f-]{36})$/.exec(String(done.headers.location))![1]!;
    expect((await perpetratorParty(incidentId)).person_id).toBe(perpetratorId);
    const confirmation = await b.get(String(done.headers.location));
    expect(confirmation.body).toMatch(/Flagged: [^<]*Known perpetrator/);
  });

  it('records a new person when no match is chosen, and without "Find matches" as before', async () => {
    const choices: Record<string, string>[] = [{ 'parties[0][searched]': 'yes', 'parties[0][match]': 'new' }, {}];
    for (const extra of choices) {
      const { draftId, form } = await draftWithDean();
      const saved = await b.post(`/report/${draftId}/what-and-where`, { ...form, ...extra });
      expect(saved.statusCode).toBe(303);
      const answers = await b.get(`/report/${draftId}/check-your-answers`);
      expect(answers.body).not.toMatch(/Flagged: [^<]*Known perpetrator/);
      expect(answers.body).toContain(`Dean ${surname}, Perpetrator (alleged), new person`);
      const done = await b.post(`/report/${draftId}/check-your-answers`, { leadAgency: 'partner' });
      const incidentId = /^\/report\/done\/([0-9a-f-]{36})$/.exec(String(done.headers.location))![1]!;
      expect((await perpetratorParty(incidentId)).person_id).not.toBe(perpetratorId);
    }
  });

  it('refuses a person who is not one of the row’s candidates', async () => {
    const { draftId, form } = await draftWithDean();
    const other = await aPerson(t.db, { forename: 'Quentin', surname: 'Elsewhere' });
    const res = await b.post(`/report/${draftId}/what-and-where`, { ...form, 'parties[0][searched]': 'yes', 'parties[0][match]': other });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Find matches again for other person 1, then choose who they are');
    const junk = await b.post(`/report/${draftId}/what-and-where`, { ...form, 'parties[0][match]': 'someone' });
    expect(junk.statusCode).toBe(400);
    expect(junk.body).toContain('Select who other person 1 is, or select ‘None of these’');
  });
});
