/** Errors the administration services throw, each naming the form field it belongs to. */

/** A rule refused the change; `message` is in GOV.UK wording, ready for the error summary. */
export class AdminRuleError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The user (or organisation, or incident type) does not exist. */
export class AdminNotFoundError extends Error {}
