/**
 * A case's full details (summary, classification, place, flags, status and closure) as the
 * Summary tab and "Change case details" show them, only when the actor may see the case
 * (case-scope.ts). A read: not audited here (the page's viewCase audits the view).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { findCaseRecord, type CaseRecord } from '../../db/repositories/case-records.js';
import type { Actor } from '../../domain/access/roles.js';

export type { CaseRecord };

/** @returns the case, or undefined when it is missing, its id is not a UUID, or the actor may not see it. */
export async function findCaseDetails(db: Kysely<Database>, actor: Actor, caseId: string): Promise<CaseRecord | undefined> {
  return findCaseRecord(db, actor, caseId);
}
