import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../../test/app.js';
import { aUser } from '../../../../../test/builders.js';
import type { ReportDraftData } from '../../../../services/report-drafts/report-draft.js';
import { answerQuestions, chooseCaller, PLAIN_ANSWERS, postPairs, startReport } from '../../_shared/test-journey.js';

describe('the call-handling questions', () => {
  let t: TestApp;
  let b: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    b = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
  });
  afterAll(() => t.close());

  it('asks the questions in force, with the vulnerability factors revealed by "Yes"', async () => {
    const draftId = await startReport(b);
    const page = await b.get(`/report/${draftId}/questions`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Is the caller or anyone in their household vulnerable?');
    expect(page.body).toContain('data-aria-controls="conditional-vulnerabilityFactors-any"');
    expect(page.body).toContain('Mental health');
    expect(page.body).toContain('Is anyone in immediate danger?');
    expect(page.body).toContain('govuk-character-count');
  });

  it('re-shows every unanswered question with GOV.UK messages and keeps what was answered', async () => {
    const draftId = await startReport(b);
    const res = await b.post(`/report/${draftId}/questions`, { hateRelated: 'yes', callerWants: 'Move house' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Call-handling questions');
    for (const m of [
      'Select whether this has happened to the caller before',
      'Select yes if the caller or anyone in their household is vulnerable',
      'Select yes if anyone is in immediate danger',
    ]) {
      expect(res.body).toContain(m);
    }
    expect(res.body).toMatch(/name="hateRelated" type="radio" value="yes" checked/);
    expect(res.body).toContain('Move house</textarea>');
  });

  it('asks which factors when the caller is vulnerable', async () => {
    const draftId = await startReport(b);
    const res = await b.post(`/report/${draftId}/questions`, { ...PLAIN_ANSWERS, 'vulnerabilityFactors-any': 'yes' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Select how the caller or someone in their household is vulnerable');
    expect(res.body).toContain('href="#vulnerabilityFactors"');
  });

  it('keeps the answers with the questionnaire version and goes to the next page not yet done', async () => {
    const draftId = await startReport(b);
    await chooseCaller(b, draftId, { forename: 'Vera', surname: 'Vulnerable' });
    const pairs: [string, string][] = [
      ...Object.entries({ ...PLAIN_ANSWERS, 'vulnerabilityFactors-any': 'yes', hateRelated: 'yes' }),
      ['vulnerabilityFactors', 'age'],
      ['vulnerabilityFactors', 'isolation'],
    ];
    const res = await postPairs(t, b, `/report/${draftId}/questions`, pairs);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/report/${draftId}/what-and-where`);
    const row = await t.db.selectFrom('form_drafts').select('data').where('id', '=', draftId).executeTakeFirstOrThrow();
    expect((row.data as ReportDraftData).questions).toMatchObject({
      version: 1,
      answers: {
        happenedBefore: 'yes',
        vulnerabilityFactors: ['age', 'isolation'],
        hateRelated: true,
        immediateDanger: false,
        callerWants: 'For it to stop',
      },
    });
    const again = await b.get(`/report/${draftId}/questions`);
    expect(again.body).toMatch(/value="isolation" checked/);
  });

  it('goes back to "who" first when the caller is not chosen yet', async () => {
    const draftId = await startReport(b);
    const res = await answerQuestions(b, draftId);
    expect(res.headers.location).toBe(`/report/${draftId}/who`);
  });

  it('treats another user’s draft as not found', async () => {
    const draftId = await startReport(b);
    const other = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
    expect((await other.get(`/report/${draftId}/questions`)).statusCode).toBe(404);
    expect((await other.post(`/report/${draftId}/questions`, PLAIN_ANSWERS, '/report/new')).statusCode).toBe(404);
  });
});
