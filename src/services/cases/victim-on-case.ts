/**
 * A victim on a case with the contact plan in force (the newest), for the contact plan and
 * contact log forms. Read only through cases the actor may see (case-scope.ts): a person who is
 * not a current victim on a visible case is "not found". Not audited here.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { contactPlansOnCase, victimsOnCase, type ContactPlanRow } from '../../db/repositories/case-oversight.js';
import type { Actor } from '../../domain/access/roles.js';

export type { ContactPlanRow };

export interface VictimOnCase {
  personId: string;
  name: string;
  /** The plan in force, if any. */
  plan: ContactPlanRow | undefined;
}

/** @returns the victim with their plan in force, or undefined when they are not a current victim on the (visible) case. */
export async function findVictimOnCase(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  personId: string,
): Promise<VictimOnCase | undefined> {
  const victim = (await victimsOnCase(db, actor, caseId)).find((v) => v.personId === personId);
  if (!victim) return undefined;
  const plan = (await contactPlansOnCase(db, actor, caseId)).find((p) => p.personId === personId);
  return { ...victim, plan };
}
