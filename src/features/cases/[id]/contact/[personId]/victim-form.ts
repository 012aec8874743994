/**
 * What the plan and log forms share: finding the victim on a case the actor may see (anyone else
 * is "not found"), the contact method radio items (with the named person revealed when chosen),
 * and the page context every case tab needs.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../../db/schema.js';
import type { Actor } from '../../../../../domain/access/roles.js';
import { CONTACT_METHODS } from '../../../../../domain/cases/oversight.js';
import { findCaseHeader, viewCase, type CaseHeader } from '../../../../../services/cases/case-header.js';
import { findVictimOnCase, type VictimOnCase } from '../../../../../services/cases/victim-on-case.js';

export type { VictimOnCase };

/**
 * The case (when the actor may see it) and the victim on it, or undefined for "not found". With
 * `view`, the read is audited as a view of the Contact tab (GET); without, it is the re-render of
 * a form the POST already audits.
 */
export async function findCaseAndVictim(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  personId: string,
  view?: { ip: string | null },
): Promise<{ caseHeader: CaseHeader; victim: VictimOnCase } | undefined> {
  const caseHeader = view ? await viewCase(db, actor, caseId, 'contact', view.ip) : await findCaseHeader(db, actor, caseId);
  const victim = caseHeader && (await findVictimOnCase(db, actor, caseHeader.id, personId));
  return caseHeader && victim ? { caseHeader, victim } : undefined;
}

/**
 * Radio items for the contact method: `items` without "Through a named person", which comes as
 * `viaItem` so the plan form can reveal the person's name under it.
 */
export function methodChoices(): { items: { value: string; text: string }[]; viaItem: { value: string; text: string } } {
  const all = CONTACT_METHODS.map((m) => ({ value: m.code, text: m.name }));
  return { items: all.filter((m) => m.value !== 'via_named_person'), viaItem: all.find((m) => m.value === 'via_named_person')! };
}

/** Radio items for every contact method, in order. */
export function methodItems(): { value: string; text: string }[] {
  return CONTACT_METHODS.map((m) => ({ value: m.code, text: m.name }));
}

/** The context every form page on the Contact tab passes to the case layout. */
export function caseContext(caseHeader: CaseHeader, victim: VictimOnCase) {
  return { caseHeader, casePage: 'contact', caseHeading: victim.name, backHref: `/cases/${caseHeader.id}/contact` };
}
