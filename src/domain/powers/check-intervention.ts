/**
 * checkIntervention: every rule the law sets for recording an intervention (DOMAIN.md §2.2 rules
 * 1–10, issue 5), as refusals (blocking, shown with their reason and source) and warnings (shown,
 * not blocking), plus the deadlines the intervention would have. Pure: the service loads the
 * context, calls this before recording and refuses with the findings when `refusals` is not empty.
 *
 * Generic rules for every type (including ones added without code): the type is in the register,
 * the subject kind is one the type allows, a person or a description of the subject is given, the
 * issue date is not in the future (a planned start may be), the end is not before the start.
 * Type rules are in rules-community-protection.ts, rules-court.ts and rules-premises-area.ts.
 * The Incremental Approach skip reason is not checked here: the service asks for one when
 * skippedTiers (ladder.ts) is not empty.
 */
import { ageAtIssue, Findings, startAtOf, startOf, type TypeRule } from './rule-support.js';
import { deadlinesFor } from './deadlines.js';
import { checkCpn, checkCpnFpn, checkCpw } from './rules-community-protection.js';
import { checkAbsolutePossession, checkCbo, checkCivilInjunction } from './rules-court.js';
import {
  checkClosureNotice,
  checkClosureOrder,
  checkClosureOrderExtension,
  checkDispersalAuthorisation,
  checkDispersalDirection,
  checkPspo,
} from './rules-premises-area.js';
import type { InterventionContext, InterventionProposal, RuleResult } from './types.js';
import type { SubjectKind } from '../../db/schema.js';

const TYPE_RULES: Record<string, TypeRule> = {
  cpw: checkCpw,
  cpn: checkCpn,
  cpn_fpn: checkCpnFpn,
  civil_injunction: checkCivilInjunction,
  cbo: checkCbo,
  absolute_possession: checkAbsolutePossession,
  closure_notice: checkClosureNotice,
  closure_order: checkClosureOrder,
  closure_order_extension: checkClosureOrderExtension,
  dispersal_authorisation: checkDispersalAuthorisation,
  dispersal_direction: checkDispersalDirection,
  pspo: checkPspo,
};

const SUBJECT_WORDS: Record<SubjectKind, string> = {
  person: 'a person',
  body: 'a business or organisation',
  premises: 'premises',
  area: 'an area',
};
const GENERIC = 'Concord recording rules (issue 5)';

/**
 * Check a proposed intervention.
 * @param proposal what the user asks to record (London dates 'YYYY-MM-DD'; instants as Dates).
 * @param ctx today's London date and instant, the history (linked records are looked up by id in
 *   it), the register and the powers settings.
 * @returns refusals (empty when it may be recorded), warnings and deadlines (deadlinesFor).
 */
export function checkIntervention(proposal: InterventionProposal, ctx: InterventionContext): RuleResult {
  const f = new Findings();
  const type = ctx.types.find((t) => t.code === proposal.typeCode);
  if (!type) {
    f.refuse('typeCode', 'Select the type of action', GENERIC);
    return { refusals: f.refusals, warnings: f.warnings, deadlines: [] };
  }
  if (!type.subjectKinds.includes(proposal.subjectKind)) {
    const allowed = type.subjectKinds.map((k) => SUBJECT_WORDS[k]).join(' or ');
    f.refuse('subjectKind', `A ${type.name} can only be recorded against ${allowed}`, type.legalSource ?? GENERIC);
  }
  if (proposal.subjectKind === 'person' && !proposal.personId) f.refuse('personId', 'Select the person this is against', GENERIC);
  if (proposal.subjectKind !== 'person' && !proposal.subjectText?.trim()) {
    f.refuse(
      'subjectText',
      `Enter the ${proposal.subjectKind === 'body' ? 'name of the business or organisation' : proposal.subjectKind === 'premises' ? 'address of the premises' : 'area'}`,
      GENERIC,
    );
  }
  datesInOrder(proposal, ctx, f);
  TYPE_RULES[proposal.typeCode]?.(proposal, ctx, f);
  parentOrGuardian(proposal, ctx, f);
  return {
    refusals: f.refusals,
    warnings: f.warnings,
    deadlines: deadlinesFor(proposal, ctx.settings),
  };
}

function datesInOrder(p: InterventionProposal, ctx: InterventionContext, f: Findings): void {
  if (p.issuedOn > ctx.today) f.refuse('issuedOn', 'The date given must be today or in the past', GENERIC);
  if (p.servedAt && p.servedAt > ctx.now) f.refuse('servedAt', 'The time served must be now or in the past', GENERIC);
  if (p.endsOn && p.endsOn < startOf(p)) f.refuse('endsOn', 'The end date must be the same as or after the start date', GENERIC);
  const startAt = startAtOf(p);
  if (p.endsAt && startAt && p.endsAt <= startAt) f.refuse('endsAt', 'The end time must be after the start time', GENERIC);
  if (p.complianceDueOn && p.complianceDueOn < p.issuedOn && p.typeCode !== 'cpw') {
    f.refuse('complianceDueOn', 'The date to comply by must be the same as or after the date given', GENERIC);
  }
}

/** A person under 18 without a parent or guardian recorded: warning [DOMAIN.md §8][S48]. */
function parentOrGuardian(p: InterventionProposal, ctx: InterventionContext, f: Findings): void {
  const age = ageAtIssue(p);
  if (age !== null && age < 18 && ctx.subjectHasParentOrGuardian === false) {
    f.warn(
      'personId',
      'No parent or guardian is recorded for this person, who is under 18: add them to the case',
      'NPCC child-centred policing; DOMAIN.md §8 [S100][S48]',
    );
  }
}
