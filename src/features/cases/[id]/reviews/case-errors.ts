/**
 * How the oversight pages answer the case services' access errors: "not found" (404) for a case
 * or victim the actor may not see, and the 403 page when their role or organisation may not make
 * the change. Rule errors are the page's own to show beside the field.
 */
import type { FastifyReply } from 'fastify';
import { CaseForbiddenError, CaseNotFoundError } from '../../../../services/cases/errors.js';

/** @returns the reply when `err` is an access error, else undefined (the caller handles or rethrows). */
export function replyToAccessError(reply: FastifyReply, err: unknown): FastifyReply | undefined {
  if (err instanceof CaseNotFoundError) {
    reply.callNotFound();
    return reply;
  }
  if (err instanceof CaseForbiddenError) return forbidden(reply, err.message);
  return undefined;
}

/** The 403 page with `message` (e.g. "Only a supervisor in the lead organisation can review this case"). */
export function forbidden(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(403).view('views/error.njk', { title: 'You cannot make this change', message });
}
