/**
 * Scoped reads for a case's oversight records: supervisory reviews, victims with their contact
 * plans and contacts (notes and documents are in case-documents.ts, shares in case-shares.ts). Every read is limited to cases the actor may
 * see (case-scope.ts, CONVENTIONS.md habit 5): for a case they may not see each returns nothing.
 * Times are instants; 'date' columns come back as 'YYYY-MM-DD'.
 */
import type { Actor } from '../../domain/access/roles.js';
import type { ContactMethod } from '../schema.js';
import { visibleCases } from './case-scope.js';
import type { Executor } from './audit-log.js';

/** The case's id when visible to `actor` (a subquery): every read below filters on it. */
export function visibleCase(db: Executor, actor: Actor, caseId: string) {
  return db.selectFrom('cases').select('cases.id').where('cases.id', '=', caseId).where(visibleCases(actor));
}

export interface ReviewRow {
  id: string;
  reviewedAt: Date;
  reviewerName: string;
  progress: string;
  riskStillRight: boolean;
  riskComment: string | null;
  actionsAgreed: string;
  /** London date. */
  nextReviewOn: string;
  comments: string | null;
}

/** The case's supervisory reviews, newest first. */
export async function reviewsOnCase(db: Executor, actor: Actor, caseId: string): Promise<ReviewRow[]> {
  const rows = await db
    .selectFrom('supervisory_reviews as r')
    .innerJoin('users as u', 'u.id', 'r.reviewed_by')
    .select([
      'r.id',
      'r.reviewed_at as reviewedAt',
      'u.name as reviewerName',
      'r.progress',
      'r.risk_still_right as riskStillRight',
      'r.risk_comment as riskComment',
      'r.actions_agreed as actionsAgreed',
      'r.next_review_on as nextReviewOn',
      'r.comments',
    ])
    .where('r.case_id', 'in', visibleCase(db, actor, caseId))
    .orderBy('r.reviewed_at', 'desc')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({ ...r, nextReviewOn: dateText(r.nextReviewOn) }));
}

export interface VictimRow {
  personId: string;
  name: string;
}

/** The victims currently on the case (not removed), by name. */
export async function victimsOnCase(db: Executor, actor: Actor, caseId: string): Promise<VictimRow[]> {
  const rows = await db
    .selectFrom('case_parties as cp')
    .innerJoin('people as p', 'p.id', 'cp.person_id')
    .select(['cp.person_id as personId', 'p.forename', 'p.surname'])
    .where('cp.case_id', 'in', visibleCase(db, actor, caseId))
    .where('cp.role', '=', 'victim')
    .where('cp.removed_at', 'is', null)
    .orderBy('p.surname')
    .orderBy('p.forename')
    .execute();
  return rows.map((r) => ({ personId: r.personId, name: `${r.forename} ${r.surname}`.trim() }));
}

export interface ContactPlanRow {
  id: string;
  personId: string;
  method: ContactMethod;
  viaName: string | null;
  frequencyDays: number;
  timesToAvoid: string | null;
  /** London date. */
  agreedOn: string;
  createdAt: Date;
  createdByName: string | null;
}

/** Every contact plan on the case (all victims), newest first: the first per person is in force. */
export async function contactPlansOnCase(db: Executor, actor: Actor, caseId: string): Promise<ContactPlanRow[]> {
  const rows = await db
    .selectFrom('victim_contact_plans as p')
    .leftJoin('users as u', 'u.id', 'p.created_by')
    .select([
      'p.id',
      'p.person_id as personId',
      'p.method',
      'p.via_name as viaName',
      'p.frequency_days as frequencyDays',
      'p.times_to_avoid as timesToAvoid',
      'p.agreed_on as agreedOn',
      'p.created_at as createdAt',
      'u.name as createdByName',
    ])
    .where('p.case_id', 'in', visibleCase(db, actor, caseId))
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({ ...r, agreedOn: dateText(r.agreedOn) }));
}

export interface ContactRow {
  id: string;
  personId: string;
  contactedAt: Date;
  method: ContactMethod;
  outcome: 'made' | 'attempted';
  summary: string;
  recordedByName: string | null;
}

/** Every contact logged on the case (all victims), newest first. */
export async function contactsOnCase(db: Executor, actor: Actor, caseId: string): Promise<ContactRow[]> {
  return db
    .selectFrom('victim_contacts as c')
    .leftJoin('users as u', 'u.id', 'c.recorded_by')
    .select([
      'c.id',
      'c.person_id as personId',
      'c.contacted_at as contactedAt',
      'c.method',
      'c.outcome',
      'c.summary',
      'u.name as recordedByName',
    ])
    .where('c.case_id', 'in', visibleCase(db, actor, caseId))
    .orderBy('c.contacted_at', 'desc')
    .orderBy('c.id')
    .execute();
}

/** A `date` column as 'YYYY-MM-DD' (pg may hand back a Date at local midnight, PGlite a string). */
function dateText(v: unknown): string {
  if (v instanceof Date) return `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
  return String(v).slice(0, 10);
}

/**
 * A current victim of a case the actor may see, with their name; undefined when the case is not
 * visible or the person is not (or no longer) a victim on it. For the contact plan and contact log.
 */
export async function visibleVictim(
  db: Executor,
  actor: Actor,
  caseId: string,
  personId: string,
): Promise<{ id: string; forename: string; surname: string } | undefined> {
  return db
    .selectFrom('cases')
    .innerJoin('case_parties as cp', 'cp.case_id', 'cases.id')
    .innerJoin('people as p', 'p.id', 'cp.person_id')
    .select(['cases.id', 'p.forename', 'p.surname'])
    .where('cases.id', '=', caseId)
    .where(visibleCases(actor))
    .where('cp.person_id', '=', personId)
    .where('cp.role', '=', 'victim')
    .where('cp.removed_at', 'is', null)
    .executeTakeFirst();
}
