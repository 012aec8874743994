/**
 * The People tab's view model: the people on the case grouped by role (domain/cases/parties.ts
 * order), each linking to their record, with "Remove" for case staff of the lead organisation
 * while the case is open.
 */
import type { CaseParty } from '../../../../services/cases/case-people.js';
import { CASE_PARTY_ROLES } from '../../../../domain/cases/parties.js';

const longDate = (ymd: string) =>
  new Date(`${ymd}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', year: 'numeric' });

/** Groups with at least one person, in role order. */
export function partyGroups(caseId: string, parties: readonly CaseParty[], canRemove: boolean) {
  return CASE_PARTY_ROLES.map((r) => ({
    heading: r.plural,
    role: r.name.toLowerCase(),
    people: parties
      .filter((p) => p.role === r.code)
      .map((p) => ({
        name: `${p.forename} ${p.surname}`,
        href: `/people/${p.personId}`,
        dateOfBirth: p.dateOfBirth ? longDate(p.dateOfBirth) : 'Not recorded',
        added: day.format(p.addedAt),
        removeHref: canRemove ? `/cases/${caseId}/people/remove?person=${p.personId}&role=${p.role}` : null,
      })),
  })).filter((g) => g.people.length);
}
