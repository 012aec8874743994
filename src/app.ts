/**
 * buildApp(deps): the Fastify application — plugin registrations, then routes. No logic here.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import type { AppDeps } from './platform/deps.js';
import { loggerOptions } from './platform/logger.js';
import { registerViews } from './platform/views.js';
import { registerSecurity } from './platform/security.js';
import { registerSession } from './platform/session.js';
import { registerCsrf } from './platform/csrf.js';
import { registerErrors } from './platform/errors.js';
import { routes } from './routes.js';

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    trustProxy: false,
    bodyLimit: 1024 * 1024,
  });
  await registerViews(app, { dev: config.env === 'development' });
  await app.register(compress, { threshold: 2048 });
  await registerSecurity(app, { mapTileUrl: config.mapTileUrl });
  await app.register(formbody);
  await app.register(multipart, { limits: { fileSize: config.uploadMaxBytes, files: 20 } });
  await registerSession(app, deps.db, {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
    secure: config.cookieSecure,
  });
  registerCsrf(app);
  registerErrors(app);
  for (const plugin of routes) await app.register(plugin, deps);
  return app;
}
