import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type TestApp } from '../../test/app.js';
import { aUser } from '../../test/builders.js';

describe('CSRF protection for JSON calls made with a session', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 403 in JSON when the x-csrf-token header is missing', async () => {
    const b = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/checks/point-of-report',
      payload: { person: { surname: 'Example' } },
      headers: { cookie: b.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'forbidden' });
  });
});
