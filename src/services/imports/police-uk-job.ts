/**
 * police.uk imports started from the browser: a `jobs` row (kind 'import.police_uk') per
 * upload, the files imported one after another in the background in this process, progress
 * written to the row for the page to poll, and the per-file results stored when done. Jobs are
 * visible only to users of the organisation that started them.
 */
import fs from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  findOrganisationJob,
  finishJob,
  insertQueuedJob,
  latestOrganisationJobs,
  setJobProgress,
  setJobRunning,
} from '../../db/repositories/jobs.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { importPoliceUkFiles, type PoliceUkImportResult } from './import-police-uk.js';

export const POLICE_UK_JOB_KIND = 'import.police_uk';

/** An uploaded file saved on disk, under the name the user gave it. */
export interface UploadedFile {
  name: string;
  path: string;
}

/** A job as the status page shows it. `percent` is 0–100. */
export interface PoliceUkJob {
  id: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progressDone: number;
  progressTotal: number;
  percent: number;
  error: string | null;
  /** One result per file, in upload order, once the job has finished. */
  results: PoliceUkImportResult[];
  createdAt: Date;
  finishedAt: Date | null;
}

const running = new Set<Promise<void>>();

/** Resolves when no import job is running in this process (for tests and shutdown). */
export async function importJobsSettled(): Promise<void> {
  while (running.size) await Promise.allSettled([...running]);
}

/** Writes the latest progress without queueing a write per call: one in flight, then the newest. */
function progressWriter(db: Kysely<Database>, id: string) {
  let latest: [number, number] | null = null;
  let inFlight: Promise<void> | null = null;
  const pump = async () => {
    while (latest) {
      const [done, total] = latest;
      latest = null;
      await setJobProgress(db, id, done, total).catch(() => undefined);
    }
    inFlight = null;
  };
  return {
    update(done: number, total: number) {
      latest = [done, total];
      inFlight ??= pump();
    },
    flush: () => inFlight ?? Promise.resolve(),
  };
}

async function runJob(db: Kysely<Database>, actor: Actor, id: string, files: UploadedFile[], dir: string | undefined): Promise<void> {
  const progress = progressWriter(db, id);
  const results: PoliceUkImportResult[] = [];
  let error: string | null = null;
  try {
    await setJobRunning(db, id);
    await importPoliceUkFiles(db, files, {
      actor,
      onProgress: (done, total) => progress.update(done, total),
      onFileDone: (result) => results.push(result),
    });
    const failed = results.filter((r) => !r.ok).length;
    if (failed) error = `${failed} of ${files.length} ${files.length === 1 ? 'file' : 'files'} could not be imported`;
  } catch (err) {
    error = `The import stopped because of a problem with the service: ${(err as Error).message}`;
  }
  await progress.flush();
  await finishJob(db, id, { result: { results }, error, at: new Date() });
  if (dir) await fs.rm(dir, { recursive: true, force: true });
}

/**
 * Records a job for the uploaded files and starts importing them in the background.
 * @param dir a temporary folder holding the files, removed when the job ends
 * @returns the job id
 * @throws Error when the actor may not import (permission 'incidents:import')
 */
export async function startPoliceUkImportJob(db: Kysely<Database>, actor: Actor, files: UploadedFile[], dir?: string): Promise<string> {
  if (!can(actor, 'incidents:import')) throw new Error('Your role does not allow importing police.uk files');
  const job = await insertQueuedJob(db, { kind: POLICE_UK_JOB_KIND, createdBy: actor.userId, organisationId: actor.organisationId });
  const run = runJob(db, actor, job.id, files, dir).catch(() => undefined);
  running.add(run);
  void run.finally(() => running.delete(run));
  return job.id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A police.uk import job of the actor's organisation, or null when there is none to see. */
export async function getPoliceUkImportJob(db: Kysely<Database>, actor: Actor, id: string): Promise<PoliceUkJob | null> {
  if (!UUID.test(id) || !can(actor, 'incidents:import')) return null;
  const row = await findOrganisationJob(db, actor.organisationId, POLICE_UK_JOB_KIND, id);
  if (!row) return null;
  const done = Number(row.progress_done);
  const total = Number(row.progress_total);
  const finished = row.status === 'succeeded' || row.status === 'failed';
  const result = (row.result ?? {}) as { results?: PoliceUkImportResult[] };
  return {
    id: row.id,
    status: row.status,
    progressDone: done,
    progressTotal: total,
    percent: finished ? 100 : total > 0 ? Math.min(99, Math.floor((100 * done) / total)) : 0,
    error: row.error,
    results: result.results ?? [],
    createdAt: row.created_at,
    finishedAt: row.finished_at ? new Date(row.finished_at) : null,
  };
}

/** The actor's organisation's latest police.uk import jobs, newest first. */
export async function listPoliceUkImportJobs(
  db: Kysely<Database>,
  actor: Actor,
  limit = 5,
): Promise<{ id: string; status: PoliceUkJob['status']; createdAt: Date }[]> {
  if (!can(actor, 'incidents:import')) return [];
  return latestOrganisationJobs(db, actor.organisationId, POLICE_UK_JOB_KIND, limit);
}
