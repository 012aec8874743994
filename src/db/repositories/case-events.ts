/**
 * The case timeline (CONVENTIONS.md habit 4): append-only case events, refused UPDATE/DELETE by a
 * trigger (migration 004). Every service that changes a case appends one event in the same
 * transaction as the change and its audit record.
 */
import type { Actor } from '../../domain/access/roles.js';
import type { Executor } from './audit-log.js';

export interface CaseEventInput {
  /** e.g. 'opened', 'status', 'incident_linked', 'party_added', 'note', 'document', 'shared', 'risk_assessment', 'review', 'contact'. */
  kind: string;
  /** One line for the timeline, in staff's words ("Victim risk assessment completed: high"). */
  summary: string;
  /** A note's text, shown in full on the timeline. */
  body?: string | null;
  /** Ids and codes only. */
  detail?: Record<string, unknown>;
}

/** Appends one event to the case's timeline, by `actor`, now. */
export async function appendCaseEvent(db: Executor, actor: Actor, caseId: string, event: CaseEventInput): Promise<void> {
  await db
    .insertInto('case_events')
    .values({
      case_id: caseId,
      user_id: actor.userId,
      organisation_id: actor.organisationId,
      kind: event.kind,
      summary: event.summary,
      body: event.body ?? null,
      detail: JSON.stringify(event.detail ?? {}),
    })
    .execute();
  await db.updateTable('cases').set({ updated_at: new Date() }).where('id', '=', caseId).execute();
}

/** A timeline entry as pages show it, newest first. */
export interface CaseEventRow {
  id: string;
  at: Date;
  kind: string;
  summary: string;
  body: string | null;
  userName: string | null;
  organisationName: string | null;
}

/** The case's timeline, newest first. The caller has already checked the case is visible. */
export async function caseEvents(db: Executor, caseId: string, opts: { limit?: number; offset?: number } = {}): Promise<CaseEventRow[]> {
  const rows = await db
    .selectFrom('case_events as e')
    .leftJoin('users as u', 'u.id', 'e.user_id')
    .leftJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(['e.id', 'e.at', 'e.kind', 'e.summary', 'e.body', 'u.name as userName', 'o.name as organisationName'])
    .where('e.case_id', '=', caseId)
    .orderBy('e.at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(opts.limit ?? 200)
    .offset(opts.offset ?? 0)
    .execute();
  return rows.map((r) => ({ ...r, id: String(r.id) }));
}
