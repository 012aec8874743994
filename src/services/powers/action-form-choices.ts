/**
 * What the "Record an action" form (step 2) reads (issue 5): the people on the case, the
 * officers of the actor's organisation who may record it ('cases:work', by name), the
 * interventions already on the case (an earlier one it may follow), the powers settings in force
 * (settings.ts) and, with `withHistories`, each person's history on this and any other case the
 * actor may see, to tell whether the ladder would be skipped (DOMAIN.md §2.2 rule 1). Everything
 * about the case is scoped to cases the actor may see (case-scope.ts): none otherwise. Not
 * audited here (the page's viewCase audits the view).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { caseOfficerOptions, casePartiesOf, type CaseParty } from '../../db/repositories/case-records.js';
import { caseInterventions, interventionHistory, type CaseIntervention } from '../../db/repositories/interventions.js';
import type { Actor } from '../../domain/access/roles.js';
import type { InterventionRecord, PowersSettings } from '../../domain/powers/types.js';
import { loadPowersSettings } from './settings.js';

export type { CaseIntervention, CaseParty };

export interface ActionFormChoices {
  parties: CaseParty[];
  officers: { id: string; name: string }[];
  interventions: CaseIntervention[];
  settings: PowersSettings;
  /** Each person's history, by person id; empty unless `withHistories`. */
  histories: Map<string, InterventionRecord[]>;
}

/** @throws the domain's settings error when the stored powers settings break a limit (settings.ts). */
export async function listActionFormChoices(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  opts: { withHistories: boolean },
): Promise<ActionFormChoices> {
  const [parties, officers, interventions, settings] = await Promise.all([
    casePartiesOf(db, actor, caseId),
    caseOfficerOptions(db, actor.organisationId),
    caseInterventions(db, actor, caseId),
    loadPowersSettings(db),
  ]);
  const people = opts.withHistories ? [...new Set(parties.map((p) => p.personId))] : [];
  const histories = new Map(await Promise.all(people.map(async (id) => [id, await interventionHistory(db, actor, caseId, id)] as const)));
  return { parties, officers, interventions, settings, histories };
}
