/**
 * What the services that change a recorded intervention share: finding it on the locked case
 * (an intervention on another case, or not a UUID, is "not found") and checking a date against
 * the day it was issued and today.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { lockInterventionOnCase } from '../../db/repositories/intervention-recording.js';
import { CaseNotFoundError, CaseRuleError } from '../cases/errors.js';
import { isUuid } from '../../domain/ids.js';

export interface InterventionToChange {
  id: string;
  typeName: string;
  issuedOn: string;
  subjectName: string;
}

/** @throws CaseNotFoundError unless `interventionId` is on case `caseId` (already locked and visible). */
export async function interventionOnCase(
  trx: Transaction<Database>,
  caseId: string,
  interventionId: string,
): Promise<InterventionToChange> {
  if (!isUuid(interventionId)) throw new CaseNotFoundError('Action not found');
  const row = await lockInterventionOnCase(trx, caseId, interventionId);
  if (!row) throw new CaseNotFoundError('Action not found');
  return {
    id: row.id,
    typeName: row.name,
    issuedOn: row.issued_on,
    subjectName: row.forename !== null ? `${row.forename} ${row.surname}` : (row.subject_text ?? ''),
  };
}

/**
 * @throws CaseRuleError on `field` unless `ymd` is a real date from the day the intervention was
 *   issued to `today` (London dates).
 */
export function checkDateSinceIssue(ymd: string, issuedOn: string, today: string, field: string, what: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd)) throw new CaseRuleError(field, `${what} must be a real date`);
  if (ymd > today) throw new CaseRuleError(field, `${what} must be today or in the past`);
  if (ymd < issuedOn) throw new CaseRuleError(field, `${what} must be on or after the day it was issued`);
}
