/**
 * Form drafts (`form_drafts`) of one kind: what a user has entered so far in a journey. A draft
 * belongs to one user acting for one organisation: every read and write here takes both (the
 * `owner`), so another user's draft, or the same user's in another organisation, is not found.
 * `data` is JSON as stored; the caller parses it.
 */
import type { Executor } from './audit-log.js';

/** The user and organisation a draft belongs to, and its kind (e.g. 'report'). */
export interface DraftOwner {
  kind: string;
  userId: string;
  organisationId: string;
}

export interface DraftRow {
  id: string;
  data: unknown;
  created_at: Date;
  updated_at: Date;
}

/** Starts an empty draft (data `{}`). @returns its id. */
export async function insertDraft(db: Executor, owner: DraftOwner): Promise<{ id: string }> {
  return db
    .insertInto('form_drafts')
    .values({ kind: owner.kind, user_id: owner.userId, organisation_id: owner.organisationId, data: JSON.stringify({}) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The owner's draft with this id, or undefined. */
export async function findDraft(db: Executor, owner: DraftOwner, id: string): Promise<DraftRow | undefined> {
  return db
    .selectFrom('form_drafts')
    .select(['id', 'data', 'created_at', 'updated_at'])
    .where('id', '=', id)
    .where('kind', '=', owner.kind)
    .where('user_id', '=', owner.userId)
    .where('organisation_id', '=', owner.organisationId)
    .executeTakeFirst();
}

/** The owner's drafts, most recently changed first, at most `limit`. */
export async function latestDrafts(db: Executor, owner: DraftOwner, limit: number): Promise<DraftRow[]> {
  return db
    .selectFrom('form_drafts')
    .select(['id', 'data', 'created_at', 'updated_at'])
    .where('kind', '=', owner.kind)
    .where('user_id', '=', owner.userId)
    .where('organisation_id', '=', owner.organisationId)
    .orderBy('updated_at', 'desc')
    .limit(limit)
    .execute();
}

/**
 * Locks the draft row (FOR UPDATE, in the caller's transaction). By id alone: the caller has
 * already found it as the owner's.
 */
export async function lockDraft(db: Executor, id: string): Promise<void> {
  await db.selectFrom('form_drafts').select('id').where('id', '=', id).forUpdate().execute();
}

/** Replaces the draft's data (a draft the caller found and locked) and stamps it changed at `at`. */
export async function setDraftData(db: Executor, kind: string, id: string, data: object, at: Date): Promise<void> {
  await db
    .updateTable('form_drafts')
    .set({ data: JSON.stringify(data), updated_at: at })
    .where('id', '=', id)
    .where('kind', '=', kind)
    .execute();
}

/** Deletes the owner's draft. @returns whether there was one. */
export async function deleteDraft(db: Executor, owner: DraftOwner, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('form_drafts')
    .where('id', '=', id)
    .where('kind', '=', owner.kind)
    .where('user_id', '=', owner.userId)
    .where('organisation_id', '=', owner.organisationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
