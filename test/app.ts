/**
 * A built app over a fresh test database, plus helpers to sign in and post forms with the
 * session's CSRF token, through Fastify's inject (no network).
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import type { DbHandle } from '../src/db/client.js';
import { createTestDb } from './db.js';
import type { TestUser } from './builders.js';

export interface TestApp {
  app: FastifyInstance;
  handle: DbHandle;
  db: DbHandle['db'];
  config: Config;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const handle = await createTestDb();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({ db: handle.db, handle, config });
  await app.ready();
  return {
    app,
    handle,
    db: handle.db,
    config,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

/** Cookie header value from a response's Set-Cookie headers, merged over `previous`. */
export function cookiesFrom(res: LightMyRequestResponse, previous = ''): string {
  const jar = new Map<string, string>();
  for (const part of previous.split('; ').filter(Boolean)) {
    const [k, ...v] = part.split('=');
    jar.set(k!, v.join('='));
  }
  for (const c of res.cookies) {
    if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) jar.delete(c.name);
    else jar.set(c.name, c.value);
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

/** The CSRF token in a rendered page's first form. */
export function csrfFrom(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('No CSRF token on the page');
  return m[1]!;
}

export interface Browser {
  cookie: string;
  get(url: string): Promise<LightMyRequestResponse>;
  /** Posts a form, reading the CSRF token from `formPage` (default: the URL itself). */
  post(url: string, form: Record<string, string>, formPage?: string): Promise<LightMyRequestResponse>;
}

/** A cookie-keeping client. */
export function browser(app: FastifyInstance): Browser {
  const b: Browser = {
    cookie: '',
    async get(url) {
      const res = await app.inject({ method: 'GET', url, headers: { cookie: b.cookie } });
      b.cookie = cookiesFrom(res, b.cookie);
      return res;
    },
    async post(url, form, formPage) {
      const page = await b.get(formPage ?? url);
      const body = new URLSearchParams({ _csrf: csrfFrom(page.body), ...form }).toString();
      const res = await app.inject({
        method: 'POST',
        url,
        payload: body,
        headers: { cookie: b.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      });
      b.cookie = cookiesFrom(res, b.cookie);
      return res;
    },
  };
  return b;
}

/** A browser signed in as `user`. @throws when sign-in does not redirect. */
export async function signedIn(app: FastifyInstance, user: TestUser): Promise<Browser> {
  const b = browser(app);
  const res = await b.post('/sign-in', { email: user.email, password: user.password }, '/sign-in');
  if (res.statusCode !== 303) throw new Error(`Sign-in failed: ${res.statusCode}`);
  return b;
}
