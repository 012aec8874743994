/**
 * The roles people hold on a case (issue 4: "victims, complainants, perpetrators, witnesses,
 * parents/guardians, professionals") and how a role on an incident becomes a role on the case
 * when the incident's people are copied onto it. Pure: no I/O.
 */
import type { CasePartyRole } from '../../db/schema.js';
import type { PartyRole } from '../checks/types.js';

/** Case roles in the order the People tab groups them, with their names in staff's words. */
export const CASE_PARTY_ROLES: readonly { code: CasePartyRole; name: string; plural: string }[] = [
  { code: 'victim', name: 'Victim', plural: 'Victims' },
  { code: 'complainant', name: 'Complainant', plural: 'Complainants' },
  { code: 'perpetrator', name: 'Perpetrator', plural: 'Perpetrators' },
  { code: 'witness', name: 'Witness', plural: 'Witnesses' },
  { code: 'parent_guardian', name: 'Parent or guardian', plural: 'Parents or guardians' },
  { code: 'professional', name: 'Professional', plural: 'Professionals' },
];

export function isCasePartyRole(value: string): value is CasePartyRole {
  return CASE_PARTY_ROLES.some((r) => r.code === value);
}

/** The role's name ('Parent or guardian'). */
export function casePartyRoleName(code: CasePartyRole): string {
  return CASE_PARTY_ROLES.find((r) => r.code === code)?.name ?? code;
}

/**
 * The case role for a role on an incident, or null when it is not copied.
 * Victim, complainant, perpetrator and witness carry over as they are. A 'subject' is not
 * copied: on an incident it is the person the report is about, which may be a person at risk
 * as well as the one causing the behaviour (the repeat-victim rules count subjects among
 * victims, domain/checks/merge-check-rules.ts), and naming someone a perpetrator makes a
 * perpetrator risk assessment due (domain/cases/due.ts). Staff add them with the right role.
 */
export function caseRoleForIncidentRole(role: PartyRole): CasePartyRole | null {
  return role === 'subject' ? null : role;
}
