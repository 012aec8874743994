/** Reads the user's report drafts; another user's (or organisation's) draft is not found. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/roles.js';
import { findDraft, latestDrafts } from '../../db/repositories/report-drafts.js';
import { hasDrafts, isDraftId, reportDraftOwner, type ReportDraft, type ReportDraftData } from './report-draft.js';

function parse(data: unknown): ReportDraftData {
  // `pg` returns jsonb parsed; both engines do, but a string is tolerated.
  const value = typeof data === 'string' ? (JSON.parse(data) as unknown) : data;
  return value && typeof value === 'object' ? (value as ReportDraftData) : {};
}

/** The draft if it is the actor's own, in the organisation they are acting for; else undefined. */
export async function getReportDraft(db: Kysely<Database>, actor: Actor, id: string): Promise<ReportDraft | undefined> {
  if (!hasDrafts(actor) || !isDraftId(id)) return undefined;
  const row = await findDraft(db, reportDraftOwner(actor), id);
  return row && { id: row.id, data: parse(row.data), createdAt: row.created_at, updatedAt: row.updated_at };
}

/** The actor's unfinished reports, most recently changed first (at most `limit`). */
export async function listReportDrafts(db: Kysely<Database>, actor: Actor, limit = 10): Promise<ReportDraft[]> {
  if (!hasDrafts(actor)) return [];
  const rows = await latestDrafts(db, reportDraftOwner(actor), limit);
  return rows.map((r) => ({ id: r.id, data: parse(r.data), createdAt: r.created_at, updatedAt: r.updated_at }));
}
