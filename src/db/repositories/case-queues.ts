/**
 * The SQL behind the work queues (/cases), the compliance page and the weekly compliance lists
 * (issue 4 "Work queues and compliance"). Filters, sorts and counts run over the due projection
 * (`case_due`, `case_contact_due`: services/cases/refresh-case-due.ts), comparing stored dates
 * with the bounds of domain/cases/due.ts dueBounds: late when `due_on < today`, needing attention
 * (anything but in date) when `due_on <= soonUntil`. The services judge only the rows they show
 * with the full rule (caseDue), from loadCaseFacts.
 *
 * Every count also says how many of its cases have due dates missing or stale for their status
 * ("uncomputed", staleDue), at no extra cost, so a reader can refresh them and count again: the
 * projection is kept by the writers, and this is the net under it.
 *
 * Scoping: the queues read only through visibleCases(actor). The compliance reads are the one
 * documented exception: partnership performance figures count an organisation's open cases
 * whether or not the reader may open them, so they return only what a figure needs (reference,
 * lead organisation, area, officer's name, risk); the compliance service decides what of that a
 * reader sees (services/cases/compliance.ts).
 */
import { sql, type ExpressionBuilder } from 'kysely';
import type { Actor } from '../../domain/access/roles.js';
import type { CaseStatus, Database, RiskLevel } from '../schema.js';
import type { CaseDueTable } from '../schema/cases.js';
import type { Executor } from './audit-log.js';
import { visibleCases } from './case-scope.js';

export type QueueTab = 'mine' | 'team' | 'shared';
/** 'current': every status but closed. */
export type QueueStatus = 'current' | CaseStatus | 'all';
export type QueueSort = 'risk' | 'review' | 'reference';
/** A risk assessment, the supervisory review, or a victim contact due soon, overdue or missing. */
export type QueueDueFilter = 'risk' | 'review' | 'contact';

/** London dates from dueBounds (domain/cases/due.ts). */
export interface DueBounds {
  today: string;
  soonUntil: string;
}

export interface QueueScope {
  tab: QueueTab;
  /** Team tab: the supervisor's NPA or district (users.area_code); null for the whole organisation. */
  areaCode: string | null;
  status: QueueStatus;
  highRiskOnly: boolean;
  /** Every one must hold (needs attention by `bounds.soonUntil`). */
  due: readonly QueueDueFilter[];
  bounds: DueBounds;
}

export interface QueueCase {
  id: string;
  reference: string;
  summary: string | null;
  status: CaseStatus;
  riskLevel: RiskLevel | null;
  highRisk: boolean;
  leadOrganisationName: string;
  leadOfficerName: string | null;
  openedAt: Date;
}

const NO_USER = '00000000-0000-0000-0000-000000000000';
const DUE_COLUMN = { risk: 'd.risk_due_on', review: 'd.review_due_on', contact: 'd.contact_due_on' } as const;

const isHighRisk = (eb: ExpressionBuilder<Database, 'cases'>) =>
  eb.or([eb('cases.high_risk', '=', true), eb('cases.risk_level', '=', 'high')]);

/**
 * The cases of one queue tab the actor may see, with their due dates, before the due filters.
 * The tab's own conditions come first: the planner keeps that order between conditions it costs
 * alike, and visibleCases' EXISTS then runs only for rows the tab keeps.
 */
function tabCases(db: Executor, actor: Actor, scope: QueueScope) {
  let q = db.selectFrom('cases').leftJoin('case_due as d', 'd.case_id', 'cases.id');
  if (scope.tab === 'mine') q = q.where('cases.lead_officer_id', '=', actor.userId ?? NO_USER);
  if (scope.tab === 'team') {
    q = q.where('cases.lead_organisation_id', '=', actor.organisationId);
    const area = scope.areaCode;
    if (area) q = q.where((eb) => eb.or([eb('cases.npa_code', '=', area), eb('cases.district_code', '=', area)]));
  }
  if (scope.tab === 'shared') q = q.where('cases.lead_organisation_id', '<>', actor.organisationId);
  if (scope.status === 'current') q = q.where('cases.status', '<>', 'closed');
  else if (scope.status !== 'all') q = q.where('cases.status', '=', scope.status);
  if (scope.highRiskOnly) q = q.where(isHighRisk);
  return q.where(visibleCases(actor));
}

type CasesQuery = ReturnType<typeof tabCases>;
/** The expression builder of a query over `cases` left-joined to `case_due as d`. */
export type CasesAndDue = ExpressionBuilder<Database & { d: CaseDueTable }, 'cases' | 'd'>;

/**
 * Cases whose stored due dates are missing or do not match their status (an open case always
 * stores a review date, a closed case none): to be refreshed.
 */
export function staleDue(eb: CasesAndDue) {
  return eb.or([
    eb('d.case_id', 'is', null),
    eb.and([eb('cases.status', '=', 'closed'), eb('d.review_due_on', 'is not', null)]),
    eb.and([eb('cases.status', '<>', 'closed'), eb('d.review_due_on', 'is', null)]),
  ]);
}

/** Something of each filter needs attention (closed cases store no dates, so never match). */
function dueFilter(scope: QueueScope) {
  return (eb: CasesAndDue) => eb.and(scope.due.map((f) => eb(DUE_COLUMN[f], '<=', scope.bounds.soonUntil)));
}

/**
 * 'risk': high risk (flag or level) first, then by level, oldest first; 'review': next review
 * due, soonest first (cases owing none, i.e. closed, last), then as 'risk'; 'reference'.
 */
function ordered(q: CasesQuery, sort: QueueSort): CasesQuery {
  if (sort === 'reference') return q.orderBy('cases.reference');
  if (sort === 'review') q = q.orderBy(sql`d.review_due_on asc nulls last`);
  // Literal SQL (no parameters), so an index on these expressions can serve the sort.
  return q
    .orderBy(sql`case when cases.high_risk or cases.risk_level = 'high' then 0 else 1 end`)
    .orderBy(sql`case cases.risk_level when 'high' then 0 when 'medium' then 1 when 'standard' then 2 else 3 end`)
    .orderBy('cases.opened_at')
    .orderBy('cases.reference');
}

/**
 * One page of the queue's case ids in `sort` order, how many match in all, and, when the view reads
 * the stored dates (a due filter or the review sort), how many of the tab's cases have them
 * missing or stale (`uncomputed`: refresh them and ask again).
 */
export async function queuePage(
  db: Executor,
  actor: Actor,
  scope: QueueScope,
  sort: QueueSort,
  page: number,
  pageSize: number,
): Promise<{ ids: string[]; total: number; uncomputed: number }> {
  const filtered = scope.due.length > 0;
  // Only a due filter or the review sort reads the stored dates (the left join is then needed).
  const readsDates = filtered || sort === 'review';
  const [count, rows] = await Promise.all([
    readsDates
      ? tabCases(db, actor, scope)
          .select((eb) => [
            (filtered ? eb.fn.countAll<number>().filterWhere(dueFilter(scope)) : eb.fn.countAll<number>()).as('n'),
            eb.fn.countAll<number>().filterWhere(staleDue).as('uncomputed'),
          ])
          .executeTakeFirstOrThrow()
      : tabCases(db, actor, scope)
          .select((eb) => [eb.fn.countAll<number>().as('n'), sql<number>`0`.as('uncomputed')])
          .executeTakeFirstOrThrow(),
    ordered(filtered ? tabCases(db, actor, scope).where(dueFilter(scope)) : tabCases(db, actor, scope), sort)
      .select('cases.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count.n), uncomputed: Number(count.uncomputed) };
}

/** Ids of the tab's cases whose due dates are missing or stale (normally none). */
export async function uncomputedQueueCases(db: Executor, actor: Actor, scope: QueueScope): Promise<string[]> {
  return (await tabCases(db, actor, scope).where(staleDue).select('cases.id').execute()).map((r) => r.id);
}

/** The listed cases (visible to the actor), in the order of `ids`. */
export async function queueCases(db: Executor, actor: Actor, ids: readonly string[]): Promise<QueueCase[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('cases')
    .innerJoin('organisations as o', 'o.id', 'cases.lead_organisation_id')
    .leftJoin('users as u', 'u.id', 'cases.lead_officer_id')
    .select([
      'cases.id',
      'cases.reference',
      'cases.summary',
      'cases.status',
      'cases.risk_level as riskLevel',
      'cases.high_risk as highRisk',
      'o.name as leadOrganisationName',
      'u.name as leadOfficerName',
      'cases.opened_at as openedAt',
    ])
    .where('cases.id', '=', anyId(ids))
    .where(visibleCases(actor))
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The NPA or district a user looks after (users.area_code), or null for the whole organisation. */
export async function userAreaCode(db: Executor, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const row = await db.selectFrom('users').select('area_code').where('id', '=', userId).executeTakeFirst();
  return row?.area_code ?? null;
}

/** The subset of `ids` the actor may see (to link a compliance item to its case). */
export async function visibleAmong(db: Executor, actor: Actor, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.selectFrom('cases').select('id').where('id', '=', anyId(ids)).where(visibleCases(actor)).execute();
  return new Set(rows.map((r) => r.id));
}

/** `= any($1::uuid[])`: one bind parameter however many ids. */
export function anyId(ids: readonly string[]) {
  return sql<string>`any(${[...ids]}::uuid[])`;
}

/** Active supervisors of every organisation, with their area (null: the whole organisation). */
export async function supervisors(
  db: Executor,
): Promise<{ userId: string; email: string; organisationId: string; areaCode: string | null }[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id as userId', 'u.email', 'm.organisation_id as organisationId', 'u.area_code as areaCode'])
    .where('m.role', '=', 'supervisor')
    .where('u.active', '=', true)
    .orderBy('u.email')
    .execute();
}

/** Names of NPAs and districts by code (users.area_code holds either). */
export async function areaNames(db: Executor): Promise<Map<string, string>> {
  const [npas, districts] = await Promise.all([
    db.selectFrom('neighbourhood_policing_areas').select(['code', 'name']).execute(),
    db.selectFrom('districts').select(['code', 'name']).execute(),
  ]);
  return new Map([...npas, ...districts].map((a) => [a.code, a.name]));
}

/** NPAs as `{ code, name }`, by name: for select boxes. */
export async function npaOptions(db: Executor): Promise<{ code: string; name: string }[]> {
  return db.selectFrom('neighbourhood_policing_areas').select(['code', 'name']).orderBy('name').execute();
}
