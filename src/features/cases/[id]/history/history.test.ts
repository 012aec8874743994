import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type TestApp } from '../../../../../test/app.js';
import { appendCaseEvent } from '../../../../db/repositories/case-events.js';
import { aCast, type Cast } from '../../../../services/cases/core-test-support.js';
import { changeStatus } from '../../../../services/cases/change-status.js';
import { openCase } from '../../../../services/cases/open-case.js';
import { PAGE_SIZE } from './routes.js';

describe('the case History tab (GET /cases/:id/history)', () => {
  let t: TestApp;
  let cast: Cast;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp();
    cast = await aCast(t.db);
    ({ caseId } = await openCase(t.db, cast.officer.actor, { summary: 'Noise' }));
    await changeStatus(t.db, cast.officer.actor, caseId, 'start', {});
    await changeStatus(t.db, cast.officer.actor, caseId, 'put_under_review', { reason: 'Quiet for a month\n\nVictim agrees' });
  });
  afterAll(() => t.close());

  it('shows the timeline newest first, with who, when and the reason', async () => {
    const res = await (await signedIn(t.app, cast.officer.user)).get(`/cases/${caseId}/history`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('moj-timeline');
    const review = res.body.indexOf('Status changed from active to under review');
    const opened = res.body.indexOf('Case opened directly');
    expect(review).toBeGreaterThan(0);
    expect(opened).toBeGreaterThan(review);
    expect(res.body).toContain('by Test User, Leicestershire Police');
    expect(res.body).toContain('<p class="govuk-body">Quiet for a month</p>');
    expect(res.body).toContain('<p class="govuk-body">Victim agrees</p>');
    expect(res.body).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}T/);
  });

  it('pages a long history', async () => {
    for (let i = 0; i < PAGE_SIZE; i++)
      await appendCaseEvent(t.db, cast.officer.actor, caseId, { kind: 'note', summary: `Note number ${i}` });
    const b = await signedIn(t.app, cast.officer.user);
    const first = await b.get(`/cases/${caseId}/history`);
    expect(first.body).toContain('govuk-pagination');
    expect(first.body).toContain(`/cases/${caseId}/history?page=2`);
    expect(first.body).not.toContain('Case opened directly');
    const second = await b.get(`/cases/${caseId}/history?page=2`);
    expect(second.body).toContain('Case opened directly');
  });
});
