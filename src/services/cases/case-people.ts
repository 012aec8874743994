/**
 * The people on a case now (not taken off), with their role and date of birth, by surname, when
 * the actor may see the case (case-scope.ts); none otherwise. A person on the case in two roles
 * comes once per role. Not audited here (the page's viewCase audits the view).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { casePartiesOf, type CaseParty } from '../../db/repositories/case-records.js';
import type { Actor } from '../../domain/access/roles.js';

export type { CaseParty };

/** @returns the case's people, or [] when the case is not visible to the actor. */
export async function listCasePeople(db: Kysely<Database>, actor: Actor, caseId: string): Promise<CaseParty[]> {
  return casePartiesOf(db, actor, caseId);
}
