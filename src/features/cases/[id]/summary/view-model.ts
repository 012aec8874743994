/**
 * The Summary tab's view model: GOV.UK summary cards for the case's details, its flags, its
 * status with the moves the actor may make (domain/cases/workflow.ts movesFor), and the closure
 * when closed. "Change" links only for case staff of the lead organisation while it is open.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.js';
import { can, type Actor } from '../../../../domain/access/roles.js';
import { isOpenCase, movesFor, outcomeName, statusName, statusTag, victimViewName } from '../../../../domain/cases/workflow.js';
import { findCaseDetails, type CaseRecord } from '../../../../services/cases/case-details.js';
import type { CaseHeader } from '../../../../services/cases/case-header.js';

type Row = { key: { text: string }; value: { text?: string; html?: string } };

const row = (key: string, value: string | null | undefined, fallback = 'Not recorded'): Row => ({
  key: { text: key },
  value: { text: value || fallback },
});
const yesNo = (b: boolean) => (b ? 'Yes' : 'No');
const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });

function place(c: CaseRecord): string | null {
  const areas = [c.wardName, c.districtName].filter(Boolean).join(', ');
  return [c.locationText, areas].filter(Boolean).join(' — ') || null;
}

/** @returns the tab's context, or undefined when the case is not visible (the caller 404s). */
export async function summaryPage(db: Kysely<Database>, actor: Actor, header: CaseHeader) {
  const c = await findCaseDetails(db, actor, header.id);
  if (!c) return undefined;
  const base = `/cases/${c.id}`;
  const canChange = header.isLeadOrganisation && can(actor, 'cases:work') && isOpenCase(c.status);
  const change = (what: string) =>
    canChange ? { items: [{ href: `${base}/edit`, text: 'Change', visuallyHiddenText: what }] } : undefined;
  return {
    details: {
      card: { title: { text: 'Case details' }, actions: change('case details') },
      rows: [
        row('Summary', c.summary),
        row('Category', c.categoryName),
        row('Type of incident', c.typeName),
        row('Main location', place(c)),
        row('Opened', day.format(c.openedAt)),
        row('Lead organisation', c.leadOrganisationName),
        row('Lead officer', c.leadOfficerName, 'Not assigned'),
      ],
    },
    flags: {
      card: { title: { text: 'Flags' }, actions: change('flags') },
      rows: [row('Child involved', yesNo(c.childInvolved)), row('Hate-related', yesNo(c.hateRelated)), row('High risk', yesNo(c.highRisk))],
    },
    status: {
      card: { title: { text: 'Status' } },
      rows: [
        { key: { text: 'Status' }, value: { html: `<strong class="govuk-tag ${statusTag(c.status)}">${statusName(c.status)}</strong>` } },
      ],
    },
    moves: movesFor(c.status, actor.roles, header.isLeadOrganisation).map((m) => ({
      text: m.label,
      href: `${base}/status/${m.code}`,
      classes: m.code === 'close' ? 'govuk-button--warning' : 'govuk-button--secondary',
    })),
    notLead: !header.isLeadOrganisation,
    closure:
      c.status === 'closed'
        ? {
            card: { title: { text: 'Closure' } },
            rows: [
              row('Closed', c.closedAt ? day.format(c.closedAt) : null),
              row('Outcome', c.outcome ? outcomeName(c.outcome) : null),
              row('About the outcome', c.outcomeNotes, 'None given'),
              row('Victim’s view of the outcome', c.victimView ? victimViewName(c.victimView) : null),
              row('About the victim’s view', c.victimViewNotes, 'None given'),
            ],
          }
        : null,
  };
}
