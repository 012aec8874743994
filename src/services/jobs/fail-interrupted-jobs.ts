/**
 * Background jobs run inside the web process (e.g. police.uk uploads). If that process stops
 * mid-job, the job row would say "running" for ever. On the embedded database only one process
 * can have the data directory open, so at start every job still marked queued or running was
 * interrupted: mark it failed with a plain reason. (On a server several app instances may share
 * the jobs table, so this is not done there; see docs/decisions/0001-foundation.md.)
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { failUnfinishedJobs } from '../../db/repositories/jobs.js';

export const INTERRUPTED = 'The import stopped because Concord was restarted. Upload the files again: nothing was half-imported.';

/** @returns how many jobs were marked failed. */
export async function failInterruptedJobs(db: Kysely<Database>): Promise<number> {
  return failUnfinishedJobs(db, INTERRUPTED, new Date());
}
