/**
 * Nunjucks views: feature folders (templates are named from `src/`, e.g.
 * `features/sign-in/view.njk`), the shared layout in `src/views`, and GOV.UK Frontend and MoJ
 * Frontend macros. Autoescape is on. Each render also receives `reply.locals` (signed-in user,
 * CSRF token, CSP nonce), set by the security and session plugins.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyView from '@fastify/view';
import nunjucks from 'nunjucks';

const require = createRequire(import.meta.url);
export const SRC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Folder of an installed package: walks up from its resolved entry to its package.json. */
export function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json')) || !dir.endsWith(name.split('/').pop()!)) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`Cannot find package folder of ${name}`);
    dir = up;
  }
  return dir;
}

const londonDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  dateStyle: 'medium',
  timeStyle: 'short',
});

export async function registerViews(app: FastifyInstance, opts: { dev: boolean }): Promise<void> {
  await app.register(fastifyView, {
    engine: { nunjucks },
    templates: [
      SRC_DIR,
      path.join(SRC_DIR, 'views'),
      path.join(packageDir('govuk-frontend'), 'dist'),
      packageDir('@ministryofjustice/frontend'),
    ],
    production: !opts.dev,
    options: {
      autoescape: true,
      noCache: opts.dev,
      onConfigure: (env: nunjucks.Environment) => {
        env.addFilter('number', (n: unknown) => (typeof n === 'number' ? n.toLocaleString('en-GB') : n));
        env.addFilter('dateTime', (d: unknown) => (d instanceof Date ? londonDateTime.format(d) : d));
        env.addFilter('json', (v: unknown) => new nunjucks.runtime.SafeString(JSON.stringify(v ?? null).replace(/</g, '\\u003c')));
      },
    },
    defaultContext: { serviceName: 'Concord' },
  });
}
