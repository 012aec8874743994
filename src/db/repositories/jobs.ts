/**
 * Background jobs (`jobs`): a row per job with its status, progress and result. A job belongs to
 * the organisation that started it: the reads take that organisation's id and never show
 * another's. Progress counts are normalised by the caller (pg may return them as strings).
 */
import type { Selectable } from 'kysely';
import type { JobsTable } from '../schema.js';
import type { Executor } from './audit-log.js';

export type JobRow = Selectable<JobsTable>;
export type JobStatus = JobsTable['status'];

/** Marks every queued or running job failed with `error`, finished at `at`. @returns how many. */
export async function failUnfinishedJobs(db: Executor, error: string, at: Date): Promise<number> {
  const res = await db
    .updateTable('jobs')
    .set({ status: 'failed', error, finished_at: at })
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Records a queued job of `kind` for the user and organisation. @returns its id. */
export async function insertQueuedJob(
  db: Executor,
  job: { kind: string; createdBy: string | null; organisationId: string },
): Promise<{ id: string }> {
  return db
    .insertInto('jobs')
    .values({ kind: job.kind, status: 'queued', created_by: job.createdBy, organisation_id: job.organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Sets the job's progress (work done of total, in the job's own units). */
export async function setJobProgress(db: Executor, id: string, done: number, total: number): Promise<void> {
  await db.updateTable('jobs').set({ progress_done: done, progress_total: total }).where('id', '=', id).execute();
}

/** Marks the job running. */
export async function setJobRunning(db: Executor, id: string): Promise<void> {
  await db.updateTable('jobs').set({ status: 'running' }).where('id', '=', id).execute();
}

/** Marks the job finished at `at`: failed when `error` is given, else succeeded; stores `result` as JSON. */
export async function finishJob(
  db: Executor,
  id: string,
  outcome: { result: Record<string, unknown>; error: string | null; at: Date },
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      status: outcome.error ? 'failed' : 'succeeded',
      result: JSON.stringify(outcome.result),
      error: outcome.error,
      finished_at: outcome.at,
    })
    .where('id', '=', id)
    .execute();
}

/** The job of `kind` with this id if the organisation started it; otherwise undefined. */
export async function findOrganisationJob(db: Executor, organisationId: string, kind: string, id: string): Promise<JobRow | undefined> {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('id', '=', id)
    .where('kind', '=', kind)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** The organisation's latest jobs of `kind`, newest first, at most `limit`. */
export async function latestOrganisationJobs(
  db: Executor,
  organisationId: string,
  kind: string,
  limit: number,
): Promise<{ id: string; status: JobStatus; createdAt: Date }[]> {
  const rows = await db
    .selectFrom('jobs')
    .select(['id', 'status', 'created_at'])
    .where('kind', '=', kind)
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, status: r.status, createdAt: r.created_at }));
}
