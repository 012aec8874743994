/**
 * What the Actions tab reads (issue 5): the interventions on a case with their breaches (oldest
 * issued first), the people on it, the register of types, the powers settings in force
 * (settings.ts) and, for each perpetrator on the case, the history the ladder is judged from
 * (every intervention on this case and against that person on any case the actor may see,
 * DOMAIN.md §2.2 rule 1). Everything about the case is scoped to cases the actor may see
 * (case-scope.ts): none otherwise. Not audited here (the page's viewCase audits the view).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { casePartiesOf, type CaseParty } from '../../db/repositories/case-records.js';
import {
  caseInterventions,
  interventionHistory,
  interventionTypes,
  type CaseIntervention,
  type InterventionType,
} from '../../db/repositories/interventions.js';
import type { Actor } from '../../domain/access/roles.js';
import type { InterventionRecord, PowersSettings } from '../../domain/powers/types.js';
import { loadPowersSettings } from './settings.js';

export type { CaseIntervention, CaseParty, InterventionType };

export interface CaseActions {
  interventions: CaseIntervention[];
  parties: CaseParty[];
  types: InterventionType[];
  settings: PowersSettings;
  /** Each perpetrator's history, by person id. */
  histories: Map<string, InterventionRecord[]>;
}

/** @throws the domain's settings error when the stored powers settings break a limit (settings.ts). */
export async function viewCaseActions(db: Kysely<Database>, actor: Actor, caseId: string): Promise<CaseActions> {
  const [interventions, parties, types, settings] = await Promise.all([
    caseInterventions(db, actor, caseId),
    casePartiesOf(db, actor, caseId),
    interventionTypes(db),
    loadPowersSettings(db),
  ]);
  const perpetrators = parties.filter((p) => p.role === 'perpetrator').map((p) => p.personId);
  const histories = new Map(
    await Promise.all(perpetrators.map(async (id) => [id, await interventionHistory(db, actor, caseId, id)] as const)),
  );
  return { interventions, parties, types, settings, histories };
}
