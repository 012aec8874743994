/**
 * What the case pages of the "Cases" area share: reading a posted form, the success banner named
 * by a query flag after a redirect, and answering the case services' errors (not found → 404,
 * forbidden → the 403 page, a rule → the form again with the message beside its field).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formError, type FormErrors } from '../../../platform/forms.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from '../../../services/cases/errors.js';

/** Trimmed text of a form or query value ('' for anything else). */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The posted form as a plain record, without the CSRF token. */
export function formBody(request: FastifyRequest): Record<string, unknown> {
  const { _csrf, ...rest } = (request.body ?? {}) as Record<string, unknown>;
  void _csrf;
  return rest;
}

/** The banner for the first `?<flag>=…` in the query that `banners` knows, if any. */
export function bannerFrom(query: unknown, banners: Record<string, string>): string | undefined {
  const q = (query ?? {}) as Record<string, unknown>;
  const flag = Object.keys(banners).find((k) => q[k] !== undefined);
  return flag ? banners[flag] : undefined;
}

/**
 * Answers a case service's error: 404 for CaseNotFoundError, the 403 page for
 * CaseForbiddenError, and `onRule` with the error as form errors (field renamed by `fields`)
 * for CaseRuleError. Anything else is thrown on.
 */
export async function answerCaseError(
  reply: FastifyReply,
  err: unknown,
  onRule: (errors: FormErrors) => unknown,
  fields: Record<string, string> = {},
): Promise<unknown> {
  if (err instanceof CaseNotFoundError) return reply.callNotFound();
  if (err instanceof CaseForbiddenError) {
    return reply.code(403).view('views/error.njk', { title: 'You cannot make this change', message: err.message });
  }
  if (err instanceof CaseRuleError) return onRule(formError(fields[err.field] ?? err.field, err.message));
  throw err;
}
