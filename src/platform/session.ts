/**
 * Who is asking: resolves the session cookie (staff pages) or a bearer token (API) to
 * `request.actor`, and exposes the session's CSRF token. Pages get `reply.locals` for the
 * layout: the actor, the CSRF token and the CSP nonce.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Actor } from '../domain/access/roles.js';
import { can } from '../domain/access/roles.js';
import { resumeSession, randomToken, type LiveSession, type SessionPolicy } from '../services/auth/sign-in.js';
import { authenticateApiToken } from '../services/auth/api-tokens.js';

export const SESSION_COOKIE = 'concord_session';
export const PRE_SESSION_COOKIE = 'concord_csrf';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    session: LiveSession | null;
    /** CSRF token for forms on this response: the session's, or the pre-session cookie's. */
    csrfToken: string;
  }
  interface FastifyReply {
    locals?: Record<string, unknown>;
  }
}

export interface SessionOptions extends SessionPolicy {
  secure: boolean;
}

export async function registerSession(app: FastifyInstance, db: Kysely<Database>, opts: SessionOptions): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('csrfToken', '');

  app.addHook('onRequest', async (request, reply) => {
    if (isStatic(request.url)) return;
    const auth = request.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      request.actor = (await authenticateApiToken(db, auth.slice(7).trim())) ?? null;
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const live = await resumeSession(db, token, opts);
      if (live) {
        request.session = live;
        request.actor = live.actor;
        request.csrfToken = live.csrfToken;
      } else {
        clearSessionCookie(reply);
      }
    }
    if (!request.csrfToken) {
      let pre = request.cookies[PRE_SESSION_COOKIE];
      if (!pre || pre.length < 20) {
        pre = randomToken(24);
        reply.setCookie(PRE_SESSION_COOKIE, pre, { path: '/', httpOnly: true, sameSite: 'lax', secure: opts.secure });
      }
      request.csrfToken = pre;
    }
  });

  app.addHook('preHandler', async (request, reply) => {
    const actor = request.actor;
    reply.locals = {
      ...(reply.locals ?? {}),
      actor,
      csrfToken: request.csrfToken,
      cspNonce: (reply as FastifyReply & { cspNonce?: { script: string } }).cspNonce?.script,
      currentPath: request.url.split('?')[0],
      nav: actor ? navigationFor(actor) : [],
    };
  });
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

function isStatic(url: string): boolean {
  return /^\/(assets|vendor|public)\//.test(url) || url === '/favicon.ico';
}

/** Service navigation links the actor may use. */
function navigationFor(actor: Actor): { href: string; text: string }[] {
  const items: { href: string; text: string; show: boolean }[] = [
    { href: '/', text: 'Home', show: true },
    { href: '/report/new', text: 'Record a report', show: can(actor, 'incidents:record') },
    { href: '/cases', text: 'Cases', show: can(actor, 'cases:view') },
    { href: '/compliance', text: 'Compliance', show: can(actor, 'compliance:view') },
    { href: '/analysis/use-of-powers', text: 'Use of powers', show: can(actor, 'powers:report') },
    { href: '/analysis/incidents-by-place-and-month', text: 'Incidents by place and month', show: can(actor, 'stats:view') },
    { href: '/imports/police-uk', text: 'Import police.uk', show: can(actor, 'incidents:import') },
    { href: '/admin', text: 'Administration', show: can(actor, 'admin:users') },
    { href: '/audit', text: 'Audit log', show: can(actor, 'audit:search') },
  ];
  return items.filter((i) => i.show).map(({ href, text }) => ({ href, text }));
}

/** The client IP for audit records. */
export function clientIp(request: FastifyRequest): string {
  return request.ip;
}
