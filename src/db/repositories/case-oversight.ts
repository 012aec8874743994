/**
 * Scoped reads for a case's oversight records: supervisory reviews, victims with their contact
 * plans and contacts, notes, documents and shares. Every read is limited to cases the actor may
 * see (case-scope.ts, CONVENTIONS.md habit 5): for a case they may not see each returns nothing.
 * Times are instants; 'date' columns come back as 'YYYY-MM-DD'.
 */
import type { Actor } from '../../domain/access/roles.js';
import type { ContactMethod } from '../schema.js';
import { visibleCases } from './case-scope.js';
import type { Executor } from './audit-log.js';

/** The case's id when visible to `actor` (a subquery): every read below filters on it. */
function visibleCase(db: Executor, actor: Actor, caseId: string) {
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

export interface NoteRow {
  id: string;
  at: Date;
  body: string;
  userName: string | null;
  organisationName: string | null;
}

/** The case's notes (case events of kind 'note'), newest first. */
export async function notesOnCase(db: Executor, actor: Actor, caseId: string): Promise<NoteRow[]> {
  const rows = await db
    .selectFrom('case_events as e')
    .leftJoin('users as u', 'u.id', 'e.user_id')
    .leftJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(['e.id', 'e.at', 'e.body', 'u.name as userName', 'o.name as organisationName'])
    .where('e.case_id', 'in', visibleCase(db, actor, caseId))
    .where('e.kind', '=', 'note')
    .orderBy('e.at', 'desc')
    .orderBy('e.id', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, id: String(r.id), body: r.body ?? '' }));
}

export interface DocumentRow {
  id: string;
  documentType: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
  uploadedByName: string | null;
}

/** The case's documents (without their content), newest first. */
export async function documentsOnCase(db: Executor, actor: Actor, caseId: string): Promise<DocumentRow[]> {
  return db
    .selectFrom('case_documents as d')
    .leftJoin('users as u', 'u.id', 'd.uploaded_by')
    .select([
      'd.id',
      'd.document_type as documentType',
      'd.file_name as fileName',
      'd.content_type as contentType',
      'd.size_bytes as sizeBytes',
      'd.sha256',
      'd.uploaded_at as uploadedAt',
      'u.name as uploadedByName',
    ])
    .where('d.case_id', 'in', visibleCase(db, actor, caseId))
    .orderBy('d.uploaded_at', 'desc')
    .orderBy('d.id')
    .execute();
}

/** One document with its content, when it belongs to a case the actor may see. */
export async function documentWithContent(db: Executor, actor: Actor, caseId: string, documentId: string) {
  return db
    .selectFrom('case_documents as d')
    .select([
      'd.id',
      'd.case_id as caseId',
      'd.file_name as fileName',
      'd.content_type as contentType',
      'd.size_bytes as sizeBytes',
      'd.sha256',
      'd.content',
    ])
    .where('d.id', '=', documentId)
    .where('d.case_id', 'in', visibleCase(db, actor, caseId))
    .executeTakeFirst();
}

export interface ShareRow {
  id: string;
  organisationId: string;
  organisationName: string;
  reason: string;
  sharedAt: Date;
  sharedByName: string | null;
  revokedAt: Date | null;
  revokedByName: string | null;
  revokeReason: string | null;
}

/** Every share of the case, current and revoked, newest first. */
export async function sharesOfCase(db: Executor, actor: Actor, caseId: string): Promise<ShareRow[]> {
  return db
    .selectFrom('case_shares as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .leftJoin('users as sb', 'sb.id', 's.shared_by')
    .leftJoin('users as rb', 'rb.id', 's.revoked_by')
    .select([
      's.id',
      's.organisation_id as organisationId',
      'o.name as organisationName',
      's.reason',
      's.shared_at as sharedAt',
      'sb.name as sharedByName',
      's.revoked_at as revokedAt',
      'rb.name as revokedByName',
      's.revoke_reason as revokeReason',
    ])
    .where('s.case_id', 'in', visibleCase(db, actor, caseId))
    .orderBy('s.shared_at', 'desc')
    .orderBy('s.id')
    .execute();
}

/**
 * The organisations the case could be shared with: active, not the lead, not already holding a
 * current share; by name. Empty when the actor may not see the case.
 */
export async function organisationsToShareWith(db: Executor, actor: Actor, caseId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('organisations as o')
    .innerJoin('cases', (j) => j.on('cases.id', '=', caseId))
    .select(['o.id', 'o.name'])
    .where('cases.id', 'in', visibleCase(db, actor, caseId))
    .where('o.active', '=', true)
    .whereRef('o.id', '<>', 'cases.lead_organisation_id')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('case_shares as s')
            .select('s.id')
            .where('s.case_id', '=', caseId)
            .whereRef('s.organisation_id', '=', 'o.id')
            .where('s.revoked_at', 'is', null),
        ),
      ),
    )
    .orderBy('o.name')
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
