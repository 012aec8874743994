/**
 * Keeps the due projection (migration 004 `case_due`, `case_contact_due`): each case's due dates
 * as domain/cases/due.ts dueDates gives them, so the work queues, the compliance figures and the
 * weekly lists filter, sort and count in SQL over dates (DESIGN decision in migration 004). The
 * rule itself runs only here and on the rows a page shows.
 *
 * The invariant: every case has a `case_due` row that matches its facts and the settings in
 * force. A closed case owes nothing: its row holds no dates and it has no contact rows. It is
 * kept by:
 * - refreshCaseDue(trx, [caseId]) at the end of every service that changes a case's facts, in the
 *   same transaction as the change (risk assessment completed, supervisory review, contact plan,
 *   contact, and the case services: open, link incident, add/remove party, update, status);
 * - refreshCaseDueOnce from the scheduler: every case once a London day (a safety net) and again
 *   as soon as new case-management settings are saved; otherwise any case missing its row or
 *   holding dates stale for its status (db/repositories/case-queues.ts staleDue);
 * - refreshMissingCaseDue at start-up (a database migrated to 004 with cases already in it, or
 *   cases written by the demo seeder);
 * - the readers themselves (work-queue.ts, compliance.ts) refresh such a case when they meet one.
 */
import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CaseContactDueTable, CaseDueTable } from '../../db/schema/cases.js';
import type { Executor } from '../../db/repositories/audit-log.js';
import { loadCaseFacts } from '../../db/repositories/case-facts.js';
import { anyId, staleDue } from '../../db/repositories/case-queues.js';
import { dueDates } from '../../domain/cases/due.js';
import type { CaseSettings } from '../../domain/cases/settings.js';
import { CASE_SETTINGS_KEY, loadCaseSettings } from './settings.js';

/** Cases refreshed per transaction by the bulk refreshes (on PGlite each batch holds up other queries for ~0.1 s). */
export const REFRESH_BATCH = 500;
const TASK = 'case_due';

/**
 * Recomputes and stores the due dates of `caseIds` (ids that are not cases are skipped), in the
 * caller's transaction. Locks the cases' rows first (FOR NO KEY UPDATE, in id order) so that two
 * changes to one case, each refreshing it, never store dates missing the other's change.
 * @param opts.settings the settings in force, when the caller has them (bulk refreshes).
 * @returns how many cases were refreshed.
 */
export async function refreshCaseDue(trx: Executor, caseIds: readonly string[], opts: { settings?: CaseSettings } = {}): Promise<number> {
  const ids = [...new Set(caseIds)];
  if (!ids.length) return 0;
  await trx.selectFrom('cases').select('id').where('id', '=', anyId(ids)).orderBy('id').forNoKeyUpdate().execute();
  const [facts, settings] = await Promise.all([loadCaseFacts(trx, ids), opts.settings ?? loadCaseSettings(trx)]);
  if (!facts.size) return 0;
  const due: Insertable<CaseDueTable>[] = [];
  const contacts: Insertable<CaseContactDueTable>[] = [];
  for (const [caseId, f] of facts) {
    const d = dueDates(f, settings);
    due.push({
      case_id: caseId,
      risk_due_on: d.riskDueOn,
      risk_never_done: d.riskNeverDone,
      review_due_on: d.reviewDueOn,
      contact_due_on: d.contactDueOn,
    });
    for (const c of d.contacts)
      contacts.push({ case_id: caseId, person_id: c.personId, due_on: c.dueOn, has_plan: c.hasPlan, ever_made: c.everMade });
  }
  for (const rows of chunks(due, 1000)) {
    await trx
      .insertInto('case_due')
      .values(rows)
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
  await trx
    .deleteFrom('case_contact_due')
    .where('case_id', '=', anyId([...facts.keys()]))
    .execute();
  for (const rows of chunks(contacts, 1000)) await trx.insertInto('case_contact_due').values(rows).execute();
  return facts.size;
}

/**
 * Refreshes every case (open and closed), REFRESH_BATCH cases per transaction so no transaction
 * is long (on PGlite an open transaction holds up every other query).
 * @returns how many cases were refreshed.
 */
export async function refreshAllCaseDue(db: Kysely<Database>): Promise<number> {
  return refreshInBatches(db, async (after) =>
    (await db.selectFrom('cases').select('cases.id').where('cases.id', '>', after).orderBy('cases.id').limit(REFRESH_BATCH).execute()).map(
      (r) => r.id,
    ),
  );
}

/**
 * Refreshes the cases with no `case_due` row yet, or one that does not match their status
 * (db/repositories/case-queues.ts staleDue). @returns how many.
 */
export async function refreshMissingCaseDue(db: Kysely<Database>): Promise<number> {
  return refreshInBatches(db, async (after) =>
    (
      await db
        .selectFrom('cases')
        .leftJoin('case_due as d', 'd.case_id', 'cases.id')
        .select('cases.id')
        .where(staleDue)
        .where('cases.id', '>', after)
        .orderBy('cases.id')
        .limit(REFRESH_BATCH)
        .execute()
    ).map((r) => r.id),
  );
}

/** Refreshes the ids `next(after)` gives, batch by batch, each batch in its own transaction. */
async function refreshInBatches(db: Kysely<Database>, next: (after: string) => Promise<string[]>): Promise<number> {
  const settings = await loadCaseSettings(db);
  let after = '00000000-0000-0000-0000-000000000000';
  let done = 0;
  for (;;) {
    const ids = await next(after);
    if (!ids.length) return done;
    done += await db.transaction().execute((trx) => refreshCaseDue(trx, ids, { settings }));
    after = ids[ids.length - 1]!;
  }
}

export interface CaseDueRun {
  /** The scheduled_runs period keys claimed: 'day-2026-11-21', 'settings-<rule_settings id>'. */
  periodKeys: string[];
  cases: number;
}

/**
 * The scheduler's task, once a tick: refreshes every case when this London day's run
 * ('day-<today>') or a run for the newest case-management settings ('settings-<id>') has not been
 * claimed yet in `scheduled_runs` (each claimed once however many app instances race for it);
 * otherwise refreshes only the cases missing their row (normally none).
 * @returns the run, or null when there was nothing to do.
 */
export async function refreshCaseDueOnce(db: Kysely<Database>, today: string): Promise<CaseDueRun | null> {
  const settingsRow = await db
    .selectFrom('rule_settings')
    .select('id')
    .where('scope', '=', 'partnership')
    .where('key', '=', CASE_SETTINGS_KEY)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const keys = [`day-${today}`, ...(settingsRow ? [`settings-${settingsRow.id}`] : [])];
  const claimed = await db
    .insertInto('scheduled_runs')
    .values(keys.map((period_key) => ({ task: TASK, period_key })))
    .onConflict((oc) => oc.doNothing())
    .returning('period_key')
    .execute();
  if (!claimed.length) {
    const cases = await refreshMissingCaseDue(db);
    return cases ? { periodKeys: [], cases } : null;
  }
  const periodKeys = claimed.map((c) => c.period_key);
  try {
    const cases = await refreshAllCaseDue(db);
    await db
      .updateTable('scheduled_runs')
      .set({ finished_at: new Date(), result: JSON.stringify({ cases }) })
      .where('task', '=', TASK)
      .where('period_key', 'in', periodKeys)
      .execute();
    return { periodKeys, cases };
  } catch (e) {
    // Give the claim back so the next tick (here or on another instance) tries again.
    await db.deleteFrom('scheduled_runs').where('task', '=', TASK).where('period_key', 'in', periodKeys).execute();
    throw e;
  }
}

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}
