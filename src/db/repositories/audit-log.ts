/**
 * The append-only audit log (CONVENTIONS.md habit 4): who, which organisation, what, when.
 * Writes take the caller's transaction so the audit record commits with the change it records.
 * Never put personal data (names, dates of birth, addresses) into `detail`: ids only.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../domain/access/roles.js';
import type { Database } from '../schema.js';
import { londonDayStart } from '../../domain/time/london.js';

export type Executor = Kysely<Database> | Transaction<Database>;

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string;
  outcome?: 'success' | 'failure' | 'denied';
  detail?: Record<string, unknown>;
  ip?: string | null;
}

/** Appends one audit record for `actor` (null for an anonymous event such as a failed sign-in). */
export async function writeAudit(db: Executor, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      user_id: actor?.userId ?? null,
      organisation_id: actor?.organisationId ?? null,
      api_token_id: actor?.apiTokenId ?? null,
      action: entry.action,
      entity_type: entry.entityType ?? null,
      entity_id: entry.entityId ?? null,
      outcome: entry.outcome ?? 'success',
      detail: JSON.stringify(entry.detail ?? {}),
      ip: entry.ip ?? null,
    })
    .execute();
}

export interface AuditSearch {
  userEmail?: string | undefined;
  organisationId?: string | undefined;
  action?: string | undefined;
  entityId?: string | undefined;
  from?: string | undefined; // YYYY-MM-DD, Europe/London
  to?: string | undefined; // YYYY-MM-DD inclusive
  page: number;
  pageSize: number;
}

export interface AuditRow {
  id: string;
  at: Date;
  userName: string | null;
  userEmail: string | null;
  organisationName: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  outcome: string;
  ip: string | null;
}

/** Searches the audit log, newest first. Only auditors may call this (checked by the service). */
export async function searchAudit(db: Executor, q: AuditSearch): Promise<{ rows: AuditRow[]; total: number }> {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .leftJoin('organisations as o', 'o.id', 'a.organisation_id');
  if (q.userEmail) query = query.where((eb) => eb(eb.fn('lower', ['u.email']), 'like', `%${q.userEmail!.toLowerCase()}%`));
  if (q.organisationId) query = query.where('a.organisation_id', '=', q.organisationId);
  if (q.action) query = query.where('a.action', 'like', `${q.action}%`);
  if (q.entityId) query = query.where('a.entity_id', '=', q.entityId);
  if (q.from) query = query.where('a.at', '>=', londonDayStart(q.from));
  if (q.to) query = query.where('a.at', '<', londonDayStart(q.to, 1));
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'a.id',
      'a.at',
      'u.name as userName',
      'u.email as userEmail',
      'o.name as organisationName',
      'a.action',
      'a.entity_type as entityType',
      'a.entity_id as entityId',
      'a.outcome',
      'a.ip',
    ])
    .orderBy('a.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows: rows.map((r) => ({ ...r, id: String(r.id) })), total: Number(total.n) };
}
