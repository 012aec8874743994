/**
 * Scoped reads for tools and powers (issue 5): the register of intervention types, the
 * interventions recorded on a case with their breaches, and the history the rules need
 * (domain/powers/check-intervention.ts, ladder.ts). Every read of an intervention goes through
 * the case it hangs off and visibleCases(actor) (case-scope.ts): an intervention on a case the
 * actor may not see does not exist for them.
 */
import type { Actor } from '../../domain/access/roles.js';
import type { InterventionRecord, InterventionTypeInfo, RuleFinding } from '../../domain/powers/types.js';
import type { InterventionOutcome, SubjectKind } from '../schema.js';
import type { Executor } from './audit-log.js';
import { visibleCases } from './case-scope.js';
import { isUuid } from '../../domain/ids.js';

/** An intervention type from the register, with what the pages show. */
export interface InterventionType extends InterventionTypeInfo {
  description: string | null;
  active: boolean;
  sortOrder: number;
}

/** The register in ladder order (tier, then sort order; area measures last). */
export async function interventionTypes(db: Executor, opts: { activeOnly?: boolean } = {}): Promise<InterventionType[]> {
  let q = db.selectFrom('intervention_types').selectAll();
  if (opts.activeOnly) q = q.where('active', '=', true);
  const rows = await q.orderBy('sort_order').orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    tier: r.tier,
    statutory: r.statutory,
    subjectKinds: r.subject_kinds,
    legalSource: r.legal_source,
    description: r.description,
    active: r.active,
    sortOrder: r.sort_order,
  }));
}

/** A breach of an intervention, oldest first. */
export interface InterventionBreach {
  id: string;
  breachedOn: string;
  details: string;
  actionTaken: string | null;
  recordedByName: string | null;
  recordedAt: Date;
}

/** An intervention as the case pages show it: the rules' record plus names and particulars. */
export interface CaseIntervention extends InterventionRecord {
  typeName: string;
  tier: number | null;
  /** The person's name, or the body/premises/area text. */
  subjectName: string;
  subjectDateOfBirth: string | null;
  organisationName: string;
  officerName: string | null;
  terms: string | null;
  reviewOn: string | null;
  court: string | null;
  hearingAt: Date | null;
  youthJusticeConsultedOn: string | null;
  youthJusticeViews: string | null;
  convictionReference: string | null;
  triggerEvent: string | null;
  /** Absolute ground for possession: the London date of the trigger event; null when not recorded. */
  triggerEventOn: string | null;
  firstTimeEntrant: boolean | null;
  skipReason: string | null;
  outcomeNotes: string | null;
  createdAt: Date;
  /** The rules' warnings when it was recorded (shown, not blocking). */
  warnings: RuleFinding[];
  breaches: InterventionBreach[];
}

function baseQuery(db: Executor, actor: Actor) {
  return db
    .selectFrom('interventions as i')
    .innerJoin('cases', 'cases.id', 'i.case_id')
    .innerJoin('intervention_types as t', 't.code', 'i.type_code')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .leftJoin('people as p', 'p.id', 'i.person_id')
    .leftJoin('users as u', 'u.id', 'i.officer_id')
    .selectAll('i')
    .select([
      't.name as type_name',
      't.tier',
      'o.name as organisation_name',
      'u.name as officer_name',
      'p.forename',
      'p.surname',
      'p.date_of_birth',
    ])
    .where(visibleCases(actor));
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

function toRecord(r: Row): InterventionRecord {
  return {
    id: r.id,
    caseId: r.case_id,
    typeCode: r.type_code,
    subjectKind: r.subject_kind as SubjectKind,
    personId: r.person_id,
    subjectText: r.subject_text,
    conduct: r.conduct,
    issuedOn: r.issued_on,
    servedAt: r.served_at,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    endsAt: r.ends_at,
    complianceDueOn: r.compliance_due_on,
    linkedInterventionId: r.linked_intervention_id,
    authorisedByRank: r.authorised_by_rank,
    authorisedInWriting: r.authorised_in_writing,
    grounds: r.grounds,
    outcome: r.outcome as InterventionOutcome | null,
    outcomeOn: r.outcome_on,
    terms: r.terms,
    subjectDateOfBirth: r.date_of_birth,
    hearingAt: r.hearing_at,
  };
}

function toCaseIntervention(r: Row, breaches: InterventionBreach[]): CaseIntervention {
  return {
    ...toRecord(r),
    typeName: r.type_name,
    tier: r.tier,
    subjectName: r.forename !== null ? `${r.forename} ${r.surname}` : (r.subject_text ?? ''),
    subjectDateOfBirth: r.date_of_birth,
    organisationName: r.organisation_name,
    officerName: r.officer_name,
    terms: r.terms,
    reviewOn: r.review_on,
    court: r.court,
    hearingAt: r.hearing_at,
    youthJusticeConsultedOn: r.youth_justice_consulted_on,
    youthJusticeViews: r.youth_justice_views,
    convictionReference: r.conviction_reference,
    triggerEvent: r.trigger_event,
    triggerEventOn: r.trigger_event_on,
    firstTimeEntrant: r.first_time_entrant,
    skipReason: r.skip_reason,
    outcomeNotes: r.outcome_notes,
    createdAt: r.created_at,
    warnings: warningsOf(r.details),
    breaches,
  };
}

function warningsOf(details: unknown): RuleFinding[] {
  const parsed = (typeof details === 'string' ? JSON.parse(details) : details) as { warnings?: unknown } | null;
  return Array.isArray(parsed?.warnings) ? (parsed.warnings as RuleFinding[]) : [];
}

async function breachesOf(db: Executor, ids: readonly string[]): Promise<Map<string, InterventionBreach[]>> {
  const map = new Map<string, InterventionBreach[]>();
  if (!ids.length) return map;
  const rows = await db
    .selectFrom('intervention_breaches as b')
    .leftJoin('users as u', 'u.id', 'b.recorded_by')
    .select(['b.id', 'b.intervention_id', 'b.breached_on', 'b.details', 'b.action_taken', 'b.recorded_at', 'u.name as recorded_by_name'])
    .where('b.intervention_id', 'in', [...ids])
    .orderBy('b.breached_on')
    .orderBy('b.recorded_at')
    .execute();
  for (const b of rows) {
    const list = map.get(b.intervention_id) ?? [];
    list.push({
      id: b.id,
      breachedOn: b.breached_on,
      details: b.details,
      actionTaken: b.action_taken,
      recordedByName: b.recorded_by_name,
      recordedAt: b.recorded_at,
    });
    map.set(b.intervention_id, list);
  }
  return map;
}

/** The interventions on a case the actor may see, oldest issued first, each with its breaches; [] otherwise. */
export async function caseInterventions(db: Executor, actor: Actor, caseId: string): Promise<CaseIntervention[]> {
  if (!isUuid(caseId)) return [];
  const rows = await baseQuery(db, actor).where('i.case_id', '=', caseId).orderBy('i.issued_on').orderBy('i.created_at').execute();
  const breaches = await breachesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toCaseIntervention(r, breaches.get(r.id) ?? []));
}

/** One intervention on a case the actor may see, with its breaches, or undefined. */
export async function findCaseIntervention(
  db: Executor,
  actor: Actor,
  caseId: string,
  interventionId: string,
): Promise<CaseIntervention | undefined> {
  if (!isUuid(caseId) || !isUuid(interventionId)) return undefined;
  const row = await baseQuery(db, actor).where('i.case_id', '=', caseId).where('i.id', '=', interventionId).executeTakeFirst();
  if (!row) return undefined;
  return toCaseIntervention(row, (await breachesOf(db, [row.id])).get(row.id) ?? []);
}

/**
 * The history the rules need (InterventionContext.history): every intervention on this case and,
 * when `personId` is given, every intervention against that person on any case the actor may see
 * (a CPW given on another case still counts for a CPN, DOMAIN.md §2.2 rule 1). Oldest first, no
 * duplicates. A case the actor may not see contributes nothing.
 */
export async function interventionHistory(
  db: Executor,
  actor: Actor,
  caseId: string,
  personId: string | null,
): Promise<InterventionRecord[]> {
  if (!isUuid(caseId)) return [];
  const person = personId && isUuid(personId) ? personId : null;
  const rows = await baseQuery(db, actor)
    .where((eb) => (person ? eb.or([eb('i.case_id', '=', caseId), eb('i.person_id', '=', person)]) : eb('i.case_id', '=', caseId)))
    .orderBy('i.issued_on')
    .orderBy('i.created_at')
    .execute();
  return rows.map(toRecord);
}
