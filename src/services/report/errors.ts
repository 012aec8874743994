/** Errors the report services throw; pages and the API turn them into 403 or 400 answers. */

/** The actor's roles do not include 'incidents:record'. */
export class ReportForbiddenError extends Error {
  constructor() {
    super('Your role does not allow recording reports');
  }
}

/**
 * The input cannot be used. `field` is the path of the input field in the API's terms
 * (e.g. 'location.lat', 'parties.1.personId', 'incidentType'); `message` is in GOV.UK wording.
 */
export class ReportInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The incident does not exist or the actor may not see it. */
export class ReportNotFoundError extends Error {
  constructor() {
    super('Incident not found');
  }
}
