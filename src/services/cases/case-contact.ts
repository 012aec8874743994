/**
 * What the Contact tab reads: the victims on a case now (by name), their contact plans (newest
 * first) and contacts, the facts the contact due dates are judged from (domain/cases/due.ts) and
 * the case-management settings in force (settings.ts: defaultContactDays). Victims, plans and
 * contacts are scoped to cases the actor may see (case-scope.ts); the facts are read for the case
 * the page already found for the actor (findCaseHeader / viewCase). Not audited here (the page's
 * viewCase audits the view).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { loadCaseFacts } from '../../db/repositories/case-facts.js';
import {
  contactPlansOnCase,
  contactsOnCase,
  victimsOnCase,
  type ContactPlanRow,
  type ContactRow,
  type VictimRow,
} from '../../db/repositories/case-oversight.js';
import type { Actor } from '../../domain/access/roles.js';
import type { CaseFacts } from '../../domain/cases/due.js';
import type { CaseSettings } from '../../domain/cases/settings.js';
import type { CaseHeader } from './case-header.js';
import { loadCaseSettings } from './settings.js';

export type { ContactPlanRow, ContactRow, VictimRow };

export interface CaseContact {
  victims: VictimRow[];
  plans: ContactPlanRow[];
  contacts: ContactRow[];
  facts: CaseFacts;
  settings: CaseSettings;
}

/** @throws InvalidCaseSettingsError when the stored settings break a limit (settings.ts). */
export async function viewCaseContact(db: Kysely<Database>, actor: Actor, caseHeader: Pick<CaseHeader, 'id'>): Promise<CaseContact> {
  const [victims, plans, contacts, facts, settings] = await Promise.all([
    victimsOnCase(db, actor, caseHeader.id),
    contactPlansOnCase(db, actor, caseHeader.id),
    contactsOnCase(db, actor, caseHeader.id),
    loadCaseFacts(db, [caseHeader.id]),
    loadCaseSettings(db),
  ]);
  return { victims, plans, contacts, facts: facts.get(caseHeader.id)!, settings };
}
