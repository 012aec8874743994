/**
 * Errors the risk services throw; pages turn them into a 403, a 404 or a form error.
 * RiskRuleError (a rule refused the input, naming the form field) comes from domain/risk/score.ts.
 */
export { RiskRuleError } from '../../domain/risk/score.js';

/** The actor's roles do not include the permission the change needs ('cases:work', 'admin:reference'). */
export class RiskForbiddenError extends Error {
  override name = 'RiskForbiddenError';
  constructor(message = 'Your role does not allow this') {
    super(message);
  }
}

/**
 * The case, assessment, person or questionnaire does not exist or the actor may not see it:
 * "not found" (a case of another organisation that is not shared looks exactly like no case).
 */
export class RiskNotFoundError extends Error {
  override name = 'RiskNotFoundError';
  constructor(message = 'Not found') {
    super(message);
  }
}

/** Answers a section page must fix: one GOV.UK message per question (field: the question id). */
export class RiskAnswersError extends Error {
  override name = 'RiskAnswersError';
  constructor(readonly issues: { field: string; message: string }[]) {
    super(issues[0]?.message ?? 'Answer every question');
  }
}
