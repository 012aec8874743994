/**
 * The SQL that keeps the due projection (migration 004 `case_due`, `case_contact_due`;
 * services/cases/refresh-case-due.ts): locking the cases being refreshed, storing their due dates,
 * and finding the cases to refresh. A system task, not a reader's view: nothing here is scoped,
 * and nothing here returns more than case ids. The readers of the projection are case-queues.ts
 * and case-compliance.ts.
 */
import { sql, type Insertable } from 'kysely';
import type { CaseContactDueTable, CaseDueTable } from '../schema/cases.js';
import type { Executor } from './audit-log.js';
import { anyId, staleDue } from './case-queues.js';

/** Rows per INSERT, well inside the bind parameter limit. */
const ROWS_PER_INSERT = 1000;

/** Locks the cases' rows FOR NO KEY UPDATE, in id order, until the caller's transaction ends (ids that are not cases are skipped). */
export async function lockCasesForDue(db: Executor, caseIds: readonly string[]): Promise<void> {
  await db.selectFrom('cases').select('id').where('id', '=', anyId(caseIds)).orderBy('id').forNoKeyUpdate().execute();
}

/** Stores each case's due dates, replacing any it had (computed_at set to now). */
export async function upsertCaseDue(db: Executor, rows: readonly Insertable<CaseDueTable>[]): Promise<void> {
  for (const chunk of chunks(rows, ROWS_PER_INSERT)) {
    await db
      .insertInto('case_due')
      .values(chunk)
      .onConflict((oc) =>
        oc.column('case_id').doUpdateSet((eb) => ({
          risk_due_on: eb.ref('excluded.risk_due_on'),
          risk_never_done: eb.ref('excluded.risk_never_done'),
          review_due_on: eb.ref('excluded.review_due_on'),
          contact_due_on: eb.ref('excluded.contact_due_on'),
          computed_at: sql<Date>`now()`,
        })),
      )
      .execute();
  }
}

/** Replaces the victim contact due rows of `caseIds` with `rows` (delete, then insert). */
export async function replaceCaseContactDue(
  db: Executor,
  caseIds: readonly string[],
  rows: readonly Insertable<CaseContactDueTable>[],
): Promise<void> {
  await db.deleteFrom('case_contact_due').where('case_id', '=', anyId(caseIds)).execute();
  for (const chunk of chunks(rows, ROWS_PER_INSERT)) await db.insertInto('case_contact_due').values(chunk).execute();
}

/** Up to `limit` case ids after `after`, in id order: every case, open or closed. */
export async function caseIdsAfter(db: Executor, after: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('cases').select('cases.id').where('cases.id', '>', after).orderBy('cases.id').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** Up to `limit` ids after `after`, in id order, of cases with no `case_due` row or one stale for their status (case-queues.ts staleDue). */
export async function staleCaseIdsAfter(db: Executor, after: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('cases')
    .leftJoin('case_due as d', 'd.case_id', 'cases.id')
    .select('cases.id')
    .where(staleDue)
    .where('cases.id', '>', after)
    .orderBy('cases.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}
