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
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CaseContactDueTable, CaseDueTable } from '../../db/schema/cases.js';
import type { Executor } from '../../db/repositories/audit-log.js';
import { caseIdsAfter, lockCasesForDue, replaceCaseContactDue, staleCaseIdsAfter, upsertCaseDue } from '../../db/repositories/case-due.js';
import { loadCaseFacts } from '../../db/repositories/case-facts.js';
import { newestSettingsId } from '../../db/repositories/rule-settings.js';
import { claimScheduledRuns, finishScheduledRuns, releaseScheduledRuns } from '../../db/repositories/scheduled-runs.js';
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
  await lockCasesForDue(trx, ids);
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
  await upsertCaseDue(trx, due);
  await replaceCaseContactDue(trx, [...facts.keys()], contacts);
  return facts.size;
}

/**
 * Refreshes every case (open and closed), REFRESH_BATCH cases per transaction so no transaction
 * is long (on PGlite an open transaction holds up every other query).
 * @returns how many cases were refreshed.
 */
export async function refreshAllCaseDue(db: Kysely<Database>): Promise<number> {
  return refreshInBatches(db, (after) => caseIdsAfter(db, after, REFRESH_BATCH));
}

/**
 * Refreshes the cases with no `case_due` row yet, or one that does not match their status
 * (db/repositories/case-queues.ts staleDue). @returns how many.
 */
export async function refreshMissingCaseDue(db: Kysely<Database>): Promise<number> {
  return refreshInBatches(db, (after) => staleCaseIdsAfter(db, after, REFRESH_BATCH));
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
  const settingsId = await newestSettingsId(db, CASE_SETTINGS_KEY);
  const keys = [`day-${today}`, ...(settingsId !== undefined ? [`settings-${settingsId}`] : [])];
  const periodKeys = await claimScheduledRuns(db, TASK, keys);
  if (!periodKeys.length) {
    const cases = await refreshMissingCaseDue(db);
    return cases ? { periodKeys: [], cases } : null;
  }
  try {
    const cases = await refreshAllCaseDue(db);
    await finishScheduledRuns(db, TASK, periodKeys, { cases });
    return { periodKeys, cases };
  } catch (e) {
    // Give the claim back so the next tick (here or on another instance) tries again.
    await releaseScheduledRuns(db, TASK, periodKeys);
    throw e;
  }
}
