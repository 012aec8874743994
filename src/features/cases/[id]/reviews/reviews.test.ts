import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../../test/app.js';
import { aUser } from '../../../../../test/builders.js';
import { aCaseWith } from '../../../../../test/case-builders.js';
import { addCalendarDays, formatDate, londonDate } from '../../../../domain/checks/calendar.js';
import { CITY, POLICE } from '../../../../services/report/test-support.js';

describe('the Reviews tab and the supervisory review form', () => {
  let t: TestApp;
  let supervisor: Browser;
  let officer: Browser;
  let caseId: string;
  const today = londonDate(new Date());

  beforeAll(async () => {
    t = await createTestApp();
    supervisor = await signedIn(t.app, await aUser(t.db, { org: POLICE, roles: ['supervisor'], name: 'Sam Supervisor' }));
    officer = await signedIn(t.app, await aUser(t.db, { org: POLICE, roles: ['officer'] }));
    // Opened 30 days ago and never reviewed: the first review was due 28 days after opening.
    caseId = (await aCaseWith(t.db, { org: POLICE, openedAt: new Date(Date.now() - 30 * 86_400_000) })).id;
  });
  afterAll(() => t.close());

  it('shows the review overdue, with the button for a supervisor of the lead organisation, and audits the view', async () => {
    const res = await supervisor.get(`/cases/${caseId}/reviews`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Overdue');
    expect(res.body).toContain(formatDate(addCalendarDays(londonDate(new Date(Date.now() - 30 * 86_400_000)), 28)));
    expect(res.body).toContain('No supervisory reviews have been recorded.');
    expect(res.body).toContain(`href="/cases/${caseId}/reviews/new"`);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'case.view')
      .where('entity_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(audit.detail).toEqual({ page: 'reviews' });
  });

  it('shows an officer the reviews but not the form', async () => {
    const res = await officer.get(`/cases/${caseId}/reviews`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(`href="/cases/${caseId}/reviews/new"`);
    expect((await officer.get(`/cases/${caseId}/reviews/new`)).statusCode).toBe(403);
  });

  it('suggests the latest next review date the interval allows', async () => {
    const res = await supervisor.get(`/cases/${caseId}/reviews/new`);
    expect(res.statusCode).toBe(200);
    const [y, m, d] = addCalendarDays(today, 28).split('-');
    expect(res.body).toContain(`name="nextReview-day" type="text" value="${Number(d)}"`);
    expect(res.body).toContain(`name="nextReview-month" type="text" value="${Number(m)}"`);
    expect(res.body).toContain(`name="nextReview-year" type="text" value="${y}"`);
    expect(res.body).toContain('govuk-character-count');
  });

  it('shows every problem with the form, keeping what was typed', async () => {
    const res = await supervisor.post(`/cases/${caseId}/reviews/new`, {
      progress: 'Letter sent',
      riskStillRight: 'no',
      actionsAgreed: '',
      'nextReview-day': '31',
      'nextReview-month': '2',
      'nextReview-year': '2027',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Record a supervisory review');
    expect(res.body).toContain('href="#riskComment"');
    expect(res.body).toContain('Enter why the risk is not right and what should change');
    expect(res.body).toContain('Enter the actions agreed');
    expect(res.body).toContain('Next review date must be a real date');
    expect(res.body).toContain('Letter sent</textarea>');
    expect(res.body).toMatch(/value="no" checked/);
  });

  it('refuses a next review date past the interval, beside the date', async () => {
    const [y, m, d] = addCalendarDays(today, 29).split('-');
    const res = await supervisor.post(`/cases/${caseId}/reviews/new`, {
      progress: 'p',
      riskStillRight: 'yes',
      actionsAgreed: 'a',
      'nextReview-day': d!,
      'nextReview-month': m!,
      'nextReview-year': y!,
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(`Next review date must be on or before ${formatDate(addCalendarDays(today, 28))}`);
    expect(res.body).toContain('href="#nextReview-day"');
  });

  it('records a review, then shows the banner, the review card and the next date set', async () => {
    const next = addCalendarDays(today, 14);
    const [y, m, d] = next.split('-');
    const res = await supervisor.post(`/cases/${caseId}/reviews/new`, {
      progress: 'Warning letter served',
      riskStillRight: 'yes',
      actionsAgreed: 'Weekly visits',
      comments: 'Keep going',
      'nextReview-day': d!,
      'nextReview-month': m!,
      'nextReview-year': y!,
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/cases/${caseId}/reviews?done=recorded`);
    const page = await supervisor.get(res.headers.location as string);
    expect(page.body).toContain('govuk-notification-banner--success');
    expect(page.body).toContain('Supervisory review recorded');
    expect(page.body).toContain('by Sam Supervisor');
    expect(page.body).toContain('Warning letter served');
    expect(page.body).toContain(`Due by <strong>${formatDate(next)}</strong>`);
  });

  it('answers not found for a case of another organisation, and 403 to a council supervisor’s form post on a shared case', async () => {
    const council = await signedIn(t.app, await aUser(t.db, { org: CITY, roles: ['supervisor'] }));
    expect((await council.get(`/cases/${caseId}/reviews`)).statusCode).toBe(404);
    const cityId = (await t.db.selectFrom('organisations').select('id').where('name', '=', CITY).executeTakeFirstOrThrow()).id;
    await t.db.insertInto('case_shares').values({ case_id: caseId, organisation_id: cityId, reason: 's.115' }).execute();
    expect((await council.get(`/cases/${caseId}/reviews`)).statusCode).toBe(200);
    expect((await council.get(`/cases/${caseId}/reviews/new`)).statusCode).toBe(403);
    const [y, m, d] = addCalendarDays(today, 7).split('-');
    const res = await council.post(
      `/cases/${caseId}/reviews/new`,
      { progress: 'p', riskStillRight: 'yes', actionsAgreed: 'a', 'nextReview-day': d!, 'nextReview-month': m!, 'nextReview-year': y! },
      `/cases/${caseId}/reviews`,
    );
    expect(res.statusCode).toBe(403);
  });
});
