/**
 * Records an intervention on a case (issue 5: "Recording one on a case") in ONE transaction: the
 * proposal built from the form and the subject's date of birth, checked by the statutory rules
 * (domain/powers/check-intervention.ts, DOMAIN.md §2.1–2.2) and the Incremental Approach
 * (domain/powers/ladder.ts skippedTiers, DOMAIN.md §2.3: skipping tiers is allowed with a
 * recorded reason); every refusal is thrown together, with its field, message and source. Then
 * the row (keeping the rules' warnings, which do not block), the 'intervention' case event (with
 * the deadlines computed by the rules and the warnings) and the audit record (ids only).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { isActiveCaseOfficer } from '../../db/repositories/case-changes.js';
import { caseHasParentOrGuardian, currentCasePartyPerson, insertIntervention } from '../../db/repositories/intervention-recording.js';
import { interventionHistory, interventionTypes } from '../../db/repositories/interventions.js';
import type { Actor } from '../../domain/access/roles.js';
import { formatDate, londonDate } from '../../domain/checks/calendar.js';
import { checkIntervention } from '../../domain/powers/check-intervention.js';
import { SKIP_REASON_MESSAGE, skippedTiers } from '../../domain/powers/ladder.js';
import type { Deadline, InterventionProposal, RuleFinding } from '../../domain/powers/types.js';
import { lockCase, requireCaseWork, requireOpenCase, text } from '../cases/case-change.js';
import { InterventionRefusedError } from './errors.js';
import { loadPowersSettings } from './settings.js';
import { isUuid } from '../../domain/ids.js';

/** What the form asks for: the proposal without the subject's date of birth (read from people). */
export type RecordInterventionInput = Omit<InterventionProposal, 'subjectDateOfBirth'> & {
  /** The officer responsible, in the actor's organisation; default the actor. */
  officerId?: string | null;
};

export interface RecordInterventionResult {
  id: string;
  deadlines: Deadline[];
  warnings: RuleFinding[];
}

const SKIP_SOURCE = 'Incremental Approach: proportionate, not a forced ladder (DOMAIN.md §2.3 [S45][S46])';
const FORM = '';

/** A deadline as people read it: "4 December 2026", or "4 December 2026 at 14:05" (London) where hours count. */
export function deadlineText(d: Deadline): string {
  if (d.on) return formatDate(d.on);
  if (d.at) return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' }).format(d.at);
  return '';
}

/** The subject's name and date of birth; a person must be a current party of the case (`notOnCase` otherwise). */
async function subjectOf(trx: Transaction<Database>, caseId: string, input: RecordInterventionInput) {
  if (input.subjectKind !== 'person') return { name: text(input.subjectText), dateOfBirth: null, notOnCase: false };
  if (!input.personId) return { name: null, dateOfBirth: null, notOnCase: false };
  const party = isUuid(input.personId) ? await currentCasePartyPerson(trx, caseId, input.personId) : undefined;
  if (!party) return { name: null, dateOfBirth: null, notOnCase: true };
  return { name: `${party.forename} ${party.surname}`, dateOfBirth: party.date_of_birth, notOnCase: false };
}

async function officerOk(trx: Transaction<Database>, actor: Actor, officerId: string): Promise<boolean> {
  if (officerId === actor.userId) return true;
  if (!isUuid(officerId)) return false;
  return isActiveCaseOfficer(trx, actor.organisationId, officerId);
}

/**
 * @returns the new intervention's id, its deadlines and the rules' warnings (not blocking).
 * @throws CaseForbiddenError without 'cases:work'; CaseNotFoundError when the actor may not see
 *   the case; CaseRuleError('form') when the case is closed; InterventionRefusedError with every
 *   refusal (an unknown or retired type, a person who is not on the case, a linked intervention
 *   not on this case, the statutory rules, tiers skipped without a reason).
 */
export async function recordIntervention(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: RecordInterventionInput,
  opts: { ip?: string | null; now?: Date } = {},
): Promise<RecordInterventionResult> {
  requireCaseWork(actor);
  const now = opts.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, actor, caseId);
    requireOpenCase(c, 'form');
    const types = await interventionTypes(trx);
    const type = types.find((t) => t.code === input.typeCode && t.active);
    if (!type) throw new InterventionRefusedError([{ field: 'typeCode', message: 'Select the type of action', source: FORM }]);
    const refusals: RuleFinding[] = [];
    const subject = await subjectOf(trx, c.id, input);
    if (subject.notOnCase)
      refusals.push({ field: 'personId', message: 'Select who it is against from the people on this case', source: FORM });
    const officerId = input.officerId ?? actor.userId;
    if (!officerId || !(await officerOk(trx, actor, officerId)))
      refusals.push({ field: 'officerId', message: 'Select the officer from the list', source: FORM });
    const personId = input.subjectKind === 'person' ? input.personId : null;
    const history = await interventionHistory(trx, actor, c.id, personId);
    if (input.linkedInterventionId && !history.some((h) => h.id === input.linkedInterventionId && h.caseId === c.id)) {
      refusals.push({ field: 'linkedInterventionId', message: 'Select the linked action from this case', source: FORM });
    }
    const proposal: InterventionProposal = {
      ...input,
      personId,
      subjectText: input.subjectKind === 'person' ? null : text(input.subjectText),
      conduct: input.conduct.trim(),
      skipReason: text(input.skipReason),
      subjectDateOfBirth: subject.dateOfBirth,
    };
    const hasParentOrGuardian = personId ? await caseHasParentOrGuardian(trx, c.id) : null;
    const result = checkIntervention(proposal, {
      today: londonDate(now),
      now,
      history,
      types,
      settings: await loadPowersSettings(trx),
      subjectHasParentOrGuardian: hasParentOrGuardian,
    });
    refusals.push(...result.refusals);
    if (!proposal.skipReason && skippedTiers(proposal, history, types).length) {
      refusals.push({ field: 'skipReason', message: SKIP_REASON_MESSAGE, source: SKIP_SOURCE });
    }
    if (refusals.length) throw new InterventionRefusedError(refusals);

    const interventionId = await insertIntervention(trx, {
      case_id: c.id,
      type_code: type.code,
      subject_kind: proposal.subjectKind,
      person_id: proposal.personId,
      subject_text: proposal.subjectText,
      organisation_id: actor.organisationId,
      officer_id: officerId,
      conduct: proposal.conduct,
      terms: text(proposal.terms),
      issued_on: proposal.issuedOn,
      served_at: proposal.servedAt,
      starts_on: proposal.startsOn,
      ends_on: proposal.endsOn,
      ends_at: proposal.endsAt,
      compliance_due_on: proposal.complianceDueOn,
      review_on: proposal.reviewOn,
      linked_intervention_id: proposal.linkedInterventionId,
      authorised_by_rank: proposal.authorisedByRank,
      authorised_in_writing: proposal.authorisedInWriting,
      grounds: text(proposal.grounds),
      court: proposal.court,
      hearing_at: proposal.hearingAt,
      youth_justice_consulted_on: proposal.youthJusticeConsultedOn,
      youth_justice_views: text(proposal.youthJusticeViews),
      conviction_reference: text(proposal.convictionReference),
      trigger_event: proposal.triggerEvent,
      trigger_event_on: proposal.triggerEventOn ?? null,
      first_time_entrant: proposal.firstTimeEntrant,
      skip_reason: proposal.skipReason,
      details: JSON.stringify({ warnings: result.warnings }),
      created_by: actor.userId,
    });

    const verb = proposal.subjectKind === 'person' || proposal.subjectKind === 'body' ? 'issued to' : 'for';
    await appendCaseEvent(trx, actor, c.id, {
      kind: 'intervention',
      summary: `${type.name} ${verb} ${subject.name ?? ''}`.trim(),
      body: eventBody(result.deadlines, result.warnings),
      detail: {
        interventionId,
        typeCode: type.code,
        personId: proposal.personId,
        deadlines: result.deadlines.map((d) => ({ code: d.code, on: d.on, at: d.at?.toISOString() ?? null })),
      },
    });
    await writeAudit(trx, actor, {
      action: 'intervention.record',
      entityType: 'case',
      entityId: c.id,
      detail: { interventionId, typeCode: type.code, personId: proposal.personId },
      ip: opts.ip ?? null,
    });
    return { id: interventionId, deadlines: result.deadlines, warnings: result.warnings };
  });
}

/** The timeline entry's text: the deadlines, then the rules' warnings (shown, not blocking). */
function eventBody(deadlines: readonly Deadline[], warnings: readonly RuleFinding[]): string | null {
  const lines = [...deadlines.map((d) => `${d.label}: ${deadlineText(d)}`), ...warnings.map((w) => `Check: ${w.message}`)];
  return lines.length ? lines.join('\n') : null;
}
