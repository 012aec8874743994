import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.js';
import { migrate } from '../src/db/migrate.js';

describe('health and migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 {"status":"ok"} once the database is migrated', async () => {
    const res = await t.app.inject({ url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('applies nothing when migrated twice', async () => {
    expect(await migrate(t.handle)).toEqual([]);
  });

  it('sends security headers with a CSP nonce that matches the page script', async () => {
    const res = await t.app.inject({ url: '/sign-in' });
    const csp = String(res.headers['content-security-policy']);
    const nonce = /script-src[^;]*'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(res.body).toContain(`<script nonce="${nonce}">`);
    expect(csp).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('loads nothing from other hosts', async () => {
    const res = await t.app.inject({ url: '/sign-in' });
    expect(res.body).not.toMatch(/src="https?:\/\//);
    expect(res.body).not.toMatch(/<link[^>]+href="https?:\/\//);
  });
});

describe('the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('describes every JSON route the app serves under /api/v1', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json() as { paths: Record<string, unknown> };
    const served = t.app
      .printRoutes({ commonPrefix: false })
      .split('\n')
      .map((l) => /[\s/](api\/v1\/\S+)/.exec(l)?.[1])
      .filter((p): p is string => !!p && p !== 'api/v1/openapi.json')
      .map((p) => `/${p}`);
    expect(served.length).toBeGreaterThan(0);
    for (const p of served) expect(Object.keys(doc.paths)).toContain(p.replace(/\s.*$/, ''));
  });
});
