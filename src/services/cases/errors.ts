/** Errors the case services throw; pages turn them into a 403, a 404 or a form error. */

/** The actor's roles do not include the permission the change needs (e.g. 'cases:work'). */
export class CaseForbiddenError extends Error {
  constructor(message = 'Your role does not allow changes to cases') {
    super(message);
  }
}

/** The case (or the party on it) does not exist or the actor may not see it: "not found". */
export class CaseNotFoundError extends Error {
  constructor(message = 'Case not found') {
    super(message);
  }
}

/**
 * A rule refused the change. `field` names the form field it belongs to ('form' when none does);
 * `message` is in GOV.UK wording, ready for the error summary.
 */
export class CaseRuleError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
