/**
 * The case status workflow as one typed table (CONVENTIONS.md habit 3; issue 4 "Status
 * workflow"). Nothing else changes a case's status: services/cases/change-status.ts looks the move
 * up here, checks the actor's roles and the reason/outcome rules, and writes the new status with
 * its case event and audit record.
 *
 * open → active → under_review → closed, with under_review → active (more work needed), and
 * closed → active (reopened). A case can be closed from any open status. Closing needs an outcome
 * and records the victim's view of the outcome where they gave one. Only the lead organisation
 * may move a case; a shared case is read and worked on, never moved, by the other organisation.
 */
import type { CaseOutcome, CaseStatus, RiskLevel, Role, VictimView } from '../../db/schema.js';

export const CASE_STATUSES: readonly { code: CaseStatus; name: string; tag: string }[] = [
  { code: 'open', name: 'Open', tag: 'govuk-tag--blue' },
  { code: 'active', name: 'Active', tag: 'govuk-tag--green' },
  { code: 'under_review', name: 'Under review', tag: 'govuk-tag--yellow' },
  { code: 'closed', name: 'Closed', tag: 'govuk-tag--grey' },
];

/** The status's name in staff's words ('Under review'). */
export function statusName(code: CaseStatus): string {
  return CASE_STATUSES.find((s) => s.code === code)?.name ?? code;
}

/** The GOV.UK tag modifier class for a status. */
export function statusTag(code: CaseStatus): string {
  return CASE_STATUSES.find((s) => s.code === code)?.tag ?? 'govuk-tag--grey';
}

/** The GOV.UK tag modifier class for a risk level: red high, orange medium, green standard, grey none. */
export function riskTag(level: RiskLevel | null): string {
  return level === 'high'
    ? 'govuk-tag--red'
    : level === 'medium'
      ? 'govuk-tag--orange'
      : level === 'standard'
        ? 'govuk-tag--green'
        : 'govuk-tag--grey';
}

export type MoveCode = 'start' | 'put_under_review' | 'return_to_active' | 'close' | 'reopen';

export interface Move {
  code: MoveCode;
  from: readonly CaseStatus[];
  to: CaseStatus;
  /** Roles (in the lead organisation) that may make the move. */
  roles: readonly Role[];
  /** The button's label. */
  label: string;
  /** The success banner after the move. */
  banner: string;
  /** Whether the move needs a written reason. */
  reasonRequired: boolean;
  /** The reason field's question ("Why is the case being reopened?"; optional moves say so). */
  reasonLabel: string;
  /** The error when a required reason is missing, in GOV.UK wording. */
  reasonMessage: string;
  /** Whether the move needs an outcome (closing) and takes the victim's view. */
  outcomeRequired: boolean;
}

const OFFICERS: Role[] = ['officer', 'supervisor', 'asb_coordinator', 'partner_case_officer'];
const SUPERVISORS: Role[] = ['supervisor', 'asb_coordinator'];

/** The workflow. Order is the order buttons appear in. */
export const CASE_MOVES: readonly Move[] = [
  {
    code: 'start',
    from: ['open'],
    to: 'active',
    roles: OFFICERS,
    label: 'Start work on the case',
    banner: 'Case is now active',
    reasonRequired: false,
    reasonLabel: 'Anything to add? (optional)',
    reasonMessage: 'Enter anything to add',
    outcomeRequired: false,
  },
  {
    code: 'put_under_review',
    from: ['active'],
    to: 'under_review',
    roles: OFFICERS,
    label: 'Put under review',
    banner: 'Case is now under review',
    reasonRequired: true,
    reasonLabel: 'Why is the case being put under review?',
    reasonMessage: 'Enter why the case is being put under review',
    outcomeRequired: false,
  },
  {
    code: 'return_to_active',
    from: ['under_review'],
    to: 'active',
    roles: SUPERVISORS,
    label: 'Return to active',
    banner: 'Case is active again',
    reasonRequired: true,
    reasonLabel: 'Why is the case returning to active?',
    reasonMessage: 'Enter why the case is returning to active',
    outcomeRequired: false,
  },
  {
    code: 'close',
    from: ['open', 'active', 'under_review'],
    to: 'closed',
    roles: SUPERVISORS,
    label: 'Close case',
    banner: 'Case closed',
    reasonRequired: false,
    reasonLabel: 'Anything to add? (optional)',
    reasonMessage: 'Enter anything to add',
    outcomeRequired: true,
  },
  {
    code: 'reopen',
    from: ['closed'],
    to: 'active',
    roles: SUPERVISORS,
    label: 'Reopen case',
    banner: 'Case reopened',
    reasonRequired: true,
    reasonLabel: 'Why is the case being reopened?',
    reasonMessage: 'Enter why the case is being reopened',
    outcomeRequired: false,
  },
];

export const CASE_OUTCOMES: readonly { code: CaseOutcome; name: string }[] = [
  { code: 'resolved', name: 'Resolved' },
  { code: 'no_further_action', name: 'No further action' },
  { code: 'transferred', name: 'Transferred to another agency' },
  { code: 'unable_to_progress', name: 'Unable to progress' },
  { code: 'victim_withdrew', name: 'Victim withdrew' },
  { code: 'other', name: 'Other' },
];

export const VICTIM_VIEWS: readonly { code: VictimView; name: string }[] = [
  { code: 'satisfied', name: 'Satisfied with the outcome' },
  { code: 'neither', name: 'Neither satisfied nor dissatisfied' },
  { code: 'dissatisfied', name: 'Dissatisfied with the outcome' },
  { code: 'not_given', name: 'Did not give a view' },
];

/** The outcome's name in staff's words ('No further action'). */
export function outcomeName(code: CaseOutcome): string {
  return CASE_OUTCOMES.find((o) => o.code === code)?.name ?? code;
}

/** The victim's view in staff's words. */
export function victimViewName(code: VictimView): string {
  return VICTIM_VIEWS.find((v) => v.code === code)?.name ?? code;
}

/** Said when something other than reopening is asked of a closed case. */
export const CLOSED_CASE_MESSAGE = 'This case is closed. Reopen it before changing it';

/** True while the case is not closed: only then may its details, incidents and people change. */
export function isOpenCase(status: CaseStatus): boolean {
  return status !== 'closed';
}

/** The move with this code, or undefined. */
export function findMove(code: string): Move | undefined {
  return CASE_MOVES.find((m) => m.code === code);
}

/** The moves an actor with `roles` in the lead organisation may make from `status`, in table order. */
export function movesFor(status: CaseStatus, roles: readonly Role[], isLeadOrganisation: boolean): Move[] {
  if (!isLeadOrganisation) return [];
  return CASE_MOVES.filter((m) => m.from.includes(status) && m.roles.some((r) => roles.includes(r)));
}

export interface MoveRequest {
  reason?: string | undefined;
  outcome?: CaseOutcome | undefined;
  outcomeNotes?: string | undefined;
  victimView?: VictimView | undefined;
  victimViewNotes?: string | undefined;
}

/** Why a move cannot be made, as a GOV.UK-style message for a field ('form' when not a field). */
export interface MoveRefusal {
  field: 'form' | 'reason' | 'outcome' | 'outcomeNotes';
  message: string;
}

/** The outcome that needs notes saying what it was. */
export const OUTCOME_NEEDING_NOTES: CaseOutcome = 'other';

/**
 * Checks a move against the table. @returns null when allowed, else the first refusal to show,
 * in this order: not the lead organisation; not a status the move starts from; no role that may
 * make it; the reason missing where the move needs one (blank counts as missing); the outcome
 * missing on closing; notes missing for the outcome 'Other'.
 * Pure: the caller supplies the case's status, the actor's roles and whether they are in the
 * lead organisation.
 */
export function checkMove(
  move: Move,
  status: CaseStatus,
  roles: readonly Role[],
  isLeadOrganisation: boolean,
  request: MoveRequest,
): MoveRefusal | null {
  if (!isLeadOrganisation) return { field: 'form', message: 'Only the lead organisation can change the status of this case' };
  if (!move.from.includes(status))
    return { field: 'form', message: `A case that is ${statusName(status).toLowerCase()} cannot be moved this way` };
  if (!move.roles.some((r) => roles.includes(r))) return { field: 'form', message: 'Your role does not allow this change of status' };
  if (move.reasonRequired && !request.reason?.trim()) return { field: 'reason', message: move.reasonMessage };
  if (move.outcomeRequired && !request.outcome) return { field: 'outcome', message: 'Select the outcome of the case' };
  if (move.outcomeRequired && request.outcome === OUTCOME_NEEDING_NOTES && !request.outcomeNotes?.trim()) {
    return { field: 'outcomeNotes', message: 'Enter what the outcome was' };
  }
  return null;
}
