import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../../test/app.js';
import { aUser } from '../../../../../test/builders.js';
import { answerQuestions, chooseCaller, startReport, whatAndWhereForm } from '../../_shared/test-journey.js';

describe('the report saved page', () => {
  let t: TestApp;
  let b: Browser;
  let incidentId: string;
  beforeAll(async () => {
    t = await createTestApp();
    b = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
    const draftId = await startReport(b);
    await chooseCaller(b, draftId, { forename: 'Olwen', surname: 'Once' });
    await answerQuestions(b, draftId);
    await b.post(`/report/${draftId}/what-and-where`, whatAndWhereForm(new Date(Date.now() - 3 * 86_400_000)));
    const saved = await b.post(`/report/${draftId}/check-your-answers`, { leadAgency: 'partner' });
    incidentId = String(saved.headers.location).split('/').pop()!;
  });
  afterAll(() => t.close());

  it('confirms a first report without a Case Review prompt', async () => {
    const page = await b.get(`/report/done/${incidentId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('govuk-panel--confirmation');
    expect(page.body).toMatch(/ASB-\d{4}-\d{6}/);
    expect(page.body).toContain('Partner-led');
    expect(page.body).not.toContain('I have told the caller');
    expect(page.body).toContain(`href="/incidents/${incidentId}"`);
  });

  it('is not found for an unknown or malformed id', async () => {
    expect((await b.get('/report/done/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await b.get('/report/done/nope')).statusCode).toBe(404);
  });

  it('does not let another user record that the caller was told', async () => {
    const other = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
    const res = await other.post(`/report/done/${incidentId}/case-review-explained`, {}, '/report/new');
    expect(res.statusCode).toBe(404);
    const row = await t.db
      .selectFrom('incidents')
      .select('case_review_explained_at')
      .where('id', '=', incidentId)
      .executeTakeFirstOrThrow();
    expect(row.case_review_explained_at).toBeNull();
  });
});
