import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type TestApp } from '../../../test/app.js';
import { aUser, orgId, type TestUser } from '../../../test/builders.js';
import { createApiToken } from '../../services/auth/api-tokens.js';
import { BLABY, CHARNWOOD, LEICESTER, incidents } from '../../services/analysis/test-support.js';

const URL = '/api/v1/stats/incidents';

describe('GET /api/v1/stats/incidents', () => {
  let t: TestApp;
  let analyst: TestUser;
  let callHandler: TestUser;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    analyst = await aUser(t.db, { roles: ['analyst'] });
    callHandler = await aUser(t.db, { roles: ['call_handler'] });
    const council = await orgId(t.db, 'Leicester City Council');
    await incidents(t.db, { source: 'police.uk', month: '2024-01', district: LEICESTER, category: 'nuisance' }, 3);
    await incidents(t.db, { source: 'police.uk', month: '2024-02', district: LEICESTER });
    await incidents(t.db, { source: 'police.uk', month: '2024-01', district: CHARNWOOD }, 2);
    await incidents(t.db, { source: 'demo', month: '2023-12', district: BLABY });
    await incidents(t.db, { source: 'staff', month: '2024-02', district: LEICESTER, organisationId: analyst.organisationId }, 2);
    await incidents(t.db, { source: 'staff', month: '2024-01', district: LEICESTER, organisationId: council }, 5);
    ({ token } = await createApiToken(t.db, { organisationName: 'Leicestershire Police', name: 'Force BI', role: 'analyst' }, null));
  });
  afterAll(() => t.close());

  it('returns counts by district and month, sorted by district name then month, for a signed-in analyst', async () => {
    const b = await signedIn(t.app, analyst);
    const res = await b.get(`${URL}?groupBy=district,month`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json()).toEqual([
      { districtCode: BLABY, districtName: 'Blaby', month: '2023-12', count: 1 },
      { districtCode: CHARNWOOD, districtName: 'Charnwood', month: '2024-01', count: 2 },
      { districtCode: LEICESTER, districtName: 'Leicester', month: '2024-01', count: 3 },
      { districtCode: LEICESTER, districtName: 'Leicester', month: '2024-02', count: 3 },
    ]);
  });

  it("does not count another organisation's staff incidents", async () => {
    const b = await signedIn(t.app, analyst);
    const rows = (await b.get(`${URL}?district=${LEICESTER}&from=2024-01&to=2024-01`)).json();
    expect(rows).toEqual([{ districtCode: LEICESTER, districtName: 'Leicester', month: '2024-01', count: 3 }]);
  });

  it('answers a Bearer token whose role has stats:view, with the filters applied', async () => {
    const res = await t.app.inject({
      url: `${URL}?groupBy=district,month&source=police.uk&from=2024-01&to=2024-02&category=nuisance`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([{ districtCode: LEICESTER, districtName: 'Leicester', month: '2024-01', count: 3 }]);
  });

  it('audits each call with its filters and no personal data', async () => {
    await t.app.inject({ url: `${URL}?source=staff`, headers: { authorization: `Bearer ${token}` } });
    const rows = await t.db.selectFrom('audit_log').select(['api_token_id', 'detail']).where('action', '=', 'stats.incidents').execute();
    const mine = rows.filter((r) => r.api_token_id !== null);
    expect(mine.at(-1)?.detail).toEqual({ groupBy: 'district,month', filters: { source: 'staff' }, rows: 1 });
  });

  it('answers 401 without a session or token, and for an unknown token', async () => {
    expect((await t.app.inject({ url: URL })).statusCode).toBe(401);
    const res = await t.app.inject({ url: URL, headers: { authorization: 'Bearer concord_nope' } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'unauthorised' });
  });

  it('answers 403 to a role without stats:view, by session or by token', async () => {
    const b = await signedIn(t.app, callHandler);
    expect((await b.get(URL)).statusCode).toBe(403);
    const { token: handlerToken } = await createApiToken(
      t.db,
      { organisationName: 'Leicestershire Police', name: 'CAD', role: 'call_handler' },
      null,
    );
    const res = await t.app.inject({ url: URL, headers: { authorization: `Bearer ${handlerToken}` } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'forbidden' });
  });

  it.each([
    ['from=2024-13', 'from', 'Start month must be a real month'],
    ['to=24-01', 'to', 'End month must be a real month'],
    ['from=2024-05&to=2024-02', 'to', 'End month must be the same as or after the start month'],
    ['groupBy=ward,month', 'groupBy', 'groupBy must be district,month'],
    ['source=twitter', 'source', 'Select a source from the list'],
    ['district=Leicester', 'district', 'Select a district from the list'],
  ])('answers 400 naming the field for %s', async (query, field, message) => {
    const res = await t.app.inject({ url: `${URL}?${query}`, headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body).toMatchObject({ error: 'bad_request', field });
    expect(body.message).toContain(message);
  });
});
