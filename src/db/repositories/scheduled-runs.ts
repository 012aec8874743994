/**
 * Claims on scheduled work (migration 004 `scheduled_runs`): each (task, period key) runs once
 * however many app instances race for it, because a claim is an INSERT … ON CONFLICT DO NOTHING
 * and only the instance whose row went in runs the period. Used by the scheduler's tasks
 * (services/cases refresh-case-due.ts, send-weekly-compliance.ts). System records holding no
 * personal data, so nothing here is scoped.
 */
import type { Executor } from './audit-log.js';

/** Claims the task's periods not yet claimed. @returns the period keys this call claimed (none when all were taken). */
export async function claimScheduledRuns(db: Executor, task: string, periodKeys: readonly string[]): Promise<string[]> {
  const rows = await db
    .insertInto('scheduled_runs')
    .values(periodKeys.map((period_key) => ({ task, period_key })))
    .onConflict((oc) => oc.doNothing())
    .returning('period_key')
    .execute();
  return rows.map((r) => r.period_key);
}

/** Marks the task's periods finished now, storing `result` (JSON; counts only, no personal data). */
export async function finishScheduledRuns(db: Executor, task: string, periodKeys: readonly string[], result: unknown): Promise<void> {
  await db
    .updateTable('scheduled_runs')
    .set({ finished_at: new Date(), result: JSON.stringify(result) })
    .where('task', '=', task)
    .where('period_key', 'in', [...periodKeys])
    .execute();
}

/** Gives claims back (deletes them), so a later tick tries those periods again. */
export async function releaseScheduledRuns(db: Executor, task: string, periodKeys: readonly string[]): Promise<void> {
  await db
    .deleteFrom('scheduled_runs')
    .where('task', '=', task)
    .where('period_key', 'in', [...periodKeys])
    .execute();
}
