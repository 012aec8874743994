/**
 * What the risk pages share: their guards, reading the route's ids, turning the risk services'
 * not-found and forbidden errors into 404 and 403 pages, and the words and tag colours for levels,
 * due states and section statuses (prepared here so templates hold no logic).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RiskKind, RiskLevel } from '../../../../db/schema.js';
import type { DueState } from '../../../../domain/cases/due.js';
import { riskTag } from '../../../../domain/cases/workflow.js';
import { riskAssessmentName, riskLevelName } from '../../../../domain/risk/questionnaire.js';
import type { FormErrors } from '../../../../platform/forms.js';
import { requireActor } from '../../../../platform/guards.js';
import { RiskForbiddenError, RiskNotFoundError } from '../../../../services/risk/errors.js';

export const viewGuard = { preHandler: requireActor('cases:view') };
export const workGuard = { preHandler: requireActor('cases:work') };

export interface RiskParams {
  id: string;
  assessmentId: string;
  sectionId: string;
}

/** The route's ids ('' for any the route does not have). */
export function riskParams(request: FastifyRequest): RiskParams {
  const p = request.params as Partial<RiskParams>;
  return { id: p.id ?? '', assessmentId: p.assessmentId ?? '', sectionId: p.sectionId ?? '' };
}

/** The posted form as strings (repeated fields keep their first value). */
export function formBody(request: FastifyRequest): Record<string, string> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(Array.isArray(v) ? v[0] : (v ?? ''))]));
}

/** Replies 404 or 403 for the risk services' errors; rethrows anything else. */
export function replyToRiskError(reply: FastifyReply, error: unknown): FastifyReply {
  if (error instanceof RiskNotFoundError) {
    reply.callNotFound();
    return reply;
  }
  if (error instanceof RiskForbiddenError) {
    void reply.code(403).view('views/error.njk', { title: 'You do not have permission to do this', message: error.message });
    return reply;
  }
  throw error;
}

/** A single error not tied to one field, shown in the error summary only. */
export function pageError(text: string): FormErrors {
  return { list: [{ text, href: '#main-content' }], fields: {} };
}

/** 'Victim risk assessment for Vera Victim', 'Case risk assessment'. */
export function assessmentTitle(kind: RiskKind, personName: string | null): string {
  return personName ? `${riskAssessmentName(kind)} for ${personName}` : riskAssessmentName(kind);
}

/** A GOV.UK tag for a level: `{ text: 'High', classes: 'govuk-tag--red' }`. */
export function levelTag(level: RiskLevel | null): { text: string; classes: string } {
  return level ? { text: riskLevelName(level), classes: riskTag(level) } : { text: 'Not assessed', classes: 'govuk-tag--grey' };
}

const DUE_STATES: Record<DueState, { text: string; classes: string }> = {
  missing: { text: 'Missing', classes: 'govuk-tag--red' },
  overdue: { text: 'Overdue', classes: 'govuk-tag--red' },
  due_soon: { text: 'Due soon', classes: 'govuk-tag--yellow' },
  in_date: { text: 'In date', classes: 'govuk-tag--green' },
};

/** A GOV.UK tag for a due state. */
export function dueTag(state: DueState): { text: string; classes: string } {
  return DUE_STATES[state];
}

/** The case page model every risk page passes to case-layout.njk. */
export function casePageModel<T extends object>(
  caseHeader: unknown,
  title: string,
  extra: T,
): T & { caseHeader: unknown; casePage: 'risk'; title: string } {
  return { caseHeader, casePage: 'risk', title, ...extra };
}
