/**
 * What the case forms ("Open a case", "Change case details") offer to choose from: every incident
 * type on the list (active or not, in the list's order; the page keeps the active ones and the
 * case's own) and the officers of an organisation who may lead a case (active staff whose roles
 * there hold 'cases:work', by name). Reference data and staff names only; no case is read, so
 * nothing is scoped or audited.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { caseOfficerOptions } from '../../db/repositories/case-records.js';
import { listIncidentTypes, type IncidentTypeRow } from '../../db/repositories/incident-types.js';

export type { IncidentTypeRow };

export interface CaseFieldChoiceLists {
  incidentTypes: IncidentTypeRow[];
  officers: { id: string; name: string }[];
}

/** @returns the incident types and the officers of `organisationId` who may lead a case. */
export async function listCaseFieldChoices(db: Kysely<Database>, organisationId: string): Promise<CaseFieldChoiceLists> {
  const [incidentTypes, officers] = await Promise.all([listIncidentTypes(db), caseOfficerOptions(db, organisationId)]);
  return { incidentTypes, officers };
}
