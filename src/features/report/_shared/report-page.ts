/**
 * What every page of the report journey shares: the permission guard, the draft lookup (scoped
 * to the signed-in user, so another user's draft is "not found"), the journey's steps and
 * their URLs, and reading form bodies.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { requireActor } from '../../../platform/guards.js';
import { getReportDraft } from '../../../services/report-drafts/get-report-draft.js';
import type { ReportDraft, ReportDraftData } from '../../../services/report-drafts/report-draft.js';

/** The pages keep a draft per signed-in user: an API token uses POST /api/v1/incidents instead. */
async function signedInUser(request: FastifyRequest, reply: FastifyReply) {
  if (request.actor?.kind !== 'user') {
    return reply.code(403).view('views/error.njk', {
      title: 'You do not have permission to see this page',
      message: 'Reports are recorded here by signed-in staff. Other systems use the API.',
    });
  }
}

/** Every report page needs a signed-in user with `incidents:record`. */
export const reportGuard = { preHandler: [requireActor('incidents:record'), signedInUser] };

export type Step = 'who' | 'questions' | 'what-and-where' | 'check-your-answers';

const SECTION: Record<Exclude<Step, 'check-your-answers'>, keyof ReportDraftData> = {
  who: 'who',
  questions: 'questions',
  'what-and-where': 'whatAndWhere',
};

/** The URL of a step of a draft. */
export function stepPath(draftId: string, step: Step): string {
  return `/report/${draftId}/${step}`;
}

/** The first step not yet answered, or check your answers when all are. */
export function nextStep(draft: ReportDraft): Step {
  const missing = (Object.keys(SECTION) as (keyof typeof SECTION)[]).find((s) => !draft.data[SECTION[s]]);
  return missing ?? 'check-your-answers';
}

/** The URL to go to after saving a step: the next unanswered one, or check your answers. */
export function nextPath(draft: ReportDraft): string {
  return stepPath(draft.id, nextStep(draft));
}

/** The draft named in the URL (`:draftId`) if it is the actor's own; otherwise undefined. */
export async function draftFor(db: Kysely<Database>, request: FastifyRequest): Promise<ReportDraft | undefined> {
  const { draftId } = request.params as { draftId: string };
  return getReportDraft(db, request.actor!, draftId);
}

/** The posted form as a plain record, without the CSRF token. */
export function formBody(request: FastifyRequest): Record<string, unknown> {
  const { _csrf, ...rest } = (request.body ?? {}) as Record<string, unknown>;
  void _csrf;
  return rest;
}

/** A form value as a list: checkboxes send nothing, one string, or several. */
export function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value ? [value] : [];
}

/** A form value as trimmed text ('' when absent or not text). */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
