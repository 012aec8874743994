/**
 * Route guards. Pages send a signed-out user to sign in (returning afterwards) and a user
 * without the permission to a 403 page; JSON routes answer 401/403 with a JSON body.
 * Record-level access is not decided here: repositories scope every query, so a record the
 * user may not see is "not found".
 */
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { can, type Permission } from '../domain/access/roles.js';
import { SESSION_COOKIE } from './session.js';

function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

/** Requires a signed-in user or token, and (when given) one of the permissions. */
export function requireActor(...permissions: Permission[]): preHandlerAsyncHookHandler {
  return async function guard(request: FastifyRequest, reply: FastifyReply) {
    if (!request.actor) {
      if (wantsJson(request)) return reply.code(401).send({ error: 'unauthorised', message: 'Sign in or send a valid API token' });
      const returnTo = encodeURIComponent(request.url);
      const expired = request.cookies?.[SESSION_COOKIE] ? '&expired=1' : '';
      return reply.redirect(`/sign-in?returnTo=${returnTo}${expired}`);
    }
    if (permissions.length && !permissions.some((p) => can(request.actor, p))) {
      if (wantsJson(request)) return reply.code(403).send({ error: 'forbidden', message: 'Your role does not allow this' });
      return reply.code(403).view('views/error.njk', {
        title: 'You do not have permission to see this page',
        message: 'Your role does not include this part of Concord. Ask your administrator if you need it.',
      });
    }
  };
}
