import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browser, createTestApp, signedIn, type TestApp } from '../../../../test/app.js';
import { aUser, type TestUser } from '../../../../test/builders.js';
import { aCaseWith } from '../../../../test/case-builders.js';

const ago = (days: number) => new Date(Date.now() - days * 86_400_000);

describe('the work queue page (GET /cases)', () => {
  let t: TestApp;
  let officer: TestUser;
  let supervisor: TestUser;
  let old: { id: string; reference: string };
  let fresh: { id: string; reference: string };
  let city: { id: string; reference: string };
  beforeAll(async () => {
    t = await createTestApp({ LOG_LEVEL: 'error' });
    officer = await aUser(t.db, { roles: ['officer'], name: 'Olive Officer' });
    supervisor = await aUser(t.db, { roles: ['supervisor'] });
    old = await aCaseWith(t.db, { officerId: officer.id, openedAt: ago(40), summary: 'Noise from the flats', riskLevel: 'high' });
    fresh = await aCaseWith(t.db, { officerId: officer.id, openedAt: ago(1), summary: 'Graffiti on the underpass' });
    city = await aCaseWith(t.db, { org: 'Leicester City Council', summary: 'Council only' });
  });
  afterAll(() => t.close());

  it('shows the officer’s cases with status, risk, lead officer, next review and what is due', async () => {
    const res = await (await signedIn(t.app, officer)).get('/cases');
    expect(res.statusCode).toBe(200);
    for (const text of [
      `href="/cases/${old.id}"`,
      old.reference,
      'Noise from the flats',
      fresh.reference,
      'My cases',
      'Shared with us',
      'Olive Officer',
      'High',
      'Overdue',
      '1 missing',
      'My cases: 2 cases',
    ]) {
      expect(res.body).toContain(text);
    }
    expect(res.body).not.toContain(city.reference);
    expect(res.body).not.toContain('>Team<');
    expect(res.body.indexOf(old.reference)).toBeLessThan(res.body.indexOf(fresh.reference));
  });

  it('keeps the filters: only cases with a review due or overdue, sorted by reference', async () => {
    const res = await (await signedIn(t.app, officer)).get('/cases?tab=mine&show=review&sort=reference');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(old.reference);
    expect(res.body).not.toContain(fresh.reference);
    expect(res.body).toMatch(/value="review" checked/);
    expect(res.body).toMatch(/<option value="reference" selected/);
  });

  it('ignores nonsense in the query string rather than failing', async () => {
    const res = await (await signedIn(t.app, officer)).get('/cases?tab=everyone&status=lost&sort=chaos&show=x&page=-3');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(old.reference);
  });

  it('opens on the Team tab for a supervisor', async () => {
    const res = await (await signedIn(t.app, supervisor)).get('/cases');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Team: 2 cases');
    expect(res.body).toContain(old.reference);
  });

  it('refuses a role without case access and sends a signed-out visitor to sign in', async () => {
    const analyst = await aUser(t.db, { roles: ['analyst'] });
    expect((await (await signedIn(t.app, analyst)).get('/cases')).statusCode).toBe(403);
    const res = await browser(t.app).get('/cases');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toContain('/sign-in');
  });
});
