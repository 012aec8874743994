/**
 * An intervention's page (issue 5): its particulars, the deadlines the law sets for it
 * (domain/powers/deadlines.ts: "Last day to appeal …", durations, hearings, reviews), its breaches,
 * and the forms to record a breach and the outcome.
 */
import type { Actor } from '../../../../../domain/access/roles.js';
import { can } from '../../../../../domain/access/roles.js';
import { formatDate } from '../../../../../domain/checks/calendar.js';
import { isOpenCase } from '../../../../../domain/cases/workflow.js';
import { rankName } from '../../../../../domain/powers/authority.js';
import { deadlinesFor } from '../../../../../domain/powers/deadlines.js';
import { POSSESSION_TRIGGER_EVENTS } from '../../../../../domain/powers/rules-court.js';
import type { PowersSettings } from '../../../../../domain/powers/types.js';
import type { FormErrors } from '../../../../../platform/forms.js';
import type { CaseHeader } from '../../../../../services/cases/case-header.js';
import type { CaseIntervention } from '../../../../../services/powers/case-action.js';
import { INTERVENTION_OUTCOMES } from '../../../../../services/powers/record-outcome.js';
import { dateFieldItems } from '../../reviews/date-field.js';
import { multilineHtml } from '../../reviews/presenters.js';
import { COURTS } from '../new/fields.js';
import { deadlineWhen, instantText, outcomeTag } from '../presenters.js';

type Row = { key: { text: string }; value: { text?: string; html?: string } };

function particulars(i: CaseIntervention): Row[] {
  const rows: [string, string | null, boolean?][] = [
    ['Against', i.subjectName],
    ['Organisation', i.organisationName],
    ['Officer', i.officerName],
    ['Issued', formatDate(i.issuedOn)],
    ['Conduct', i.conduct, true],
    ['Terms or requirements', i.terms, true],
    ['Served or given at', i.servedAt ? instantText(i.servedAt) : null],
    ['Starts', i.startsOn ? formatDate(i.startsOn) : null],
    ['Ends', i.endsAt ? instantText(i.endsAt) : i.endsOn ? formatDate(i.endsOn) : null],
    ['Time to comply ends on', i.complianceDueOn ? formatDate(i.complianceDueOn) : null],
    ['Review date', i.reviewOn ? formatDate(i.reviewOn) : null],
    ['Authorised by', i.authorisedByRank ? rankName(i.authorisedByRank) : null],
    ['In writing', i.authorisedInWriting === null ? null : i.authorisedInWriting ? 'Yes' : 'No'],
    ['Grounds', i.grounds, true],
    ['Court', i.court ? (COURTS.find((c) => c.value === i.court)?.text ?? i.court) : null],
    ['Hearing at', i.hearingAt ? instantText(i.hearingAt) : null],
    ['Youth justice service consulted on', i.youthJusticeConsultedOn ? formatDate(i.youthJusticeConsultedOn) : null],
    ['Youth justice service views', i.youthJusticeViews, true],
    ['Conviction', i.convictionReference],
    ['Trigger event', i.triggerEvent ? (POSSESSION_TRIGGER_EVENTS.find((e) => e.code === i.triggerEvent)?.name ?? i.triggerEvent) : null],
    ['Date of the trigger event', i.triggerEventOn ? formatDate(i.triggerEventOn) : null],
    ['First-time entrant', i.firstTimeEntrant === null ? null : i.firstTimeEntrant ? 'Yes' : 'No'],
    ['Why earlier steps were not used', i.skipReason, true],
  ];
  return rows
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v, multi]) => ({ key: { text: k }, value: multi ? { html: multilineHtml(v!) } : { text: v! } }));
}

/** Everything the intervention's page shows; `values`/`errors` belong to the breach or outcome form posted. */
export function interventionPage(
  actor: Actor,
  caseHeader: CaseHeader,
  i: CaseIntervention,
  settings: PowersSettings,
  form: { values: Record<string, unknown>; errors?: FormErrors },
) {
  const base = `/cases/${caseHeader.id}/actions/${i.id}`;
  const inError = (k: string) => !!form.errors?.fields[`${k}-day`];
  return {
    intervention: {
      typeName: i.typeName,
      outcome: outcomeTag(i.outcome),
      outcomeOn: i.outcomeOn ? formatDate(i.outcomeOn) : null,
      outcomeNotes: i.outcomeNotes,
    },
    particulars: particulars(i),
    warnings: i.warnings.map((w) => `${w.message} (${w.source})`),
    deadlines: deadlinesFor(i, settings).map((d) => ({
      key: { text: d.label },
      value: { html: `${multilineHtml(deadlineWhen(d))}<br><span class="govuk-hint">${multilineHtml(d.source)}</span>` },
    })),
    breaches: i.breaches.map((b) => [
      { text: formatDate(b.breachedOn) },
      { text: b.details },
      { text: b.actionTaken ?? 'None recorded' },
      { text: b.recordedByName ?? '' },
    ]),
    canChange: can(actor, 'cases:work') && isOpenCase(caseHeader.status),
    breachAction: `${base}/breach`,
    outcomeAction: `${base}/outcome`,
    backHref: `/cases/${caseHeader.id}/actions`,
    values: form.values,
    errors: form.errors,
    breachedOnItems: dateFieldItems('breachedOn', form.values, inError('breachedOn')),
    outcomeOnItems: dateFieldItems('outcomeOn', form.values, inError('outcomeOn')),
    outcomeItems: INTERVENTION_OUTCOMES.map((o) => ({ value: o.code, text: o.name })),
  };
}
