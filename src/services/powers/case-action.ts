/**
 * One intervention on a case as its page shows it (issue 5): its particulars and breaches, with
 * the powers settings in force (settings.ts) its deadlines are worked out with. Found only through
 * a case the actor may see (case-scope.ts): an intervention on another case, or on a case the
 * actor may not see, is "not found". Not audited here (the page's viewCase audits the view).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { findCaseIntervention, type CaseIntervention } from '../../db/repositories/interventions.js';
import type { Actor } from '../../domain/access/roles.js';
import type { PowersSettings } from '../../domain/powers/types.js';
import { loadPowersSettings } from './settings.js';

export type { CaseIntervention };

/**
 * @returns the intervention and the settings, or undefined when not found.
 * @throws the domain's settings error when the stored powers settings break a limit (settings.ts).
 */
export async function viewCaseAction(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  interventionId: string,
): Promise<{ intervention: CaseIntervention; settings: PowersSettings } | undefined> {
  const intervention = await findCaseIntervention(db, actor, caseId, interventionId);
  if (!intervention) return undefined;
  return { intervention, settings: await loadPowersSettings(db) };
}
