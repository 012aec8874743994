/**
 * CSRF protection for every form: a synchronizer token (the session's, or before sign-in a
 * random HttpOnly cookie's) must come back in the `_csrf` field, the `x-csrf-token` header, or
 * for multipart uploads the `_csrf` query parameter. Requests authenticated by a bearer token
 * carry no cookies and are exempt.
 */
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function presented(request: FastifyRequest): string | undefined {
  const header = request.headers['x-csrf-token'];
  if (typeof header === 'string') return header;
  const body = request.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object' && typeof body._csrf === 'string') return body._csrf;
  const query = request.query as Record<string, unknown> | undefined;
  if (request.isMultipart() && typeof query?._csrf === 'string') return query._csrf;
  return undefined;
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export function registerCsrf(app: FastifyInstance): void {
  app.addHook('preHandler', async (request, reply) => {
    if (SAFE.has(request.method)) return;
    if (request.headers.authorization?.startsWith('Bearer ')) return;
    const token = presented(request);
    if (!token || !request.csrfToken || !equal(token, request.csrfToken)) {
      request.log.warn({ url: request.url }, 'CSRF token missing or wrong');
      if (request.url.startsWith('/api/')) {
        return reply.code(403).send({ error: 'forbidden', message: 'Send the x-csrf-token header with a session, or use an API token' });
      }
      return reply.code(403).view('views/error.njk', {
        title: 'Your form could not be sent',
        message: 'The page had been open too long or was sent from elsewhere. Go back, reload the page and try again.',
      });
    }
  });
}
