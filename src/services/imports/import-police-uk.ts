/**
 * Import of police.uk street-level CSV files (issue part 6). ASB rows inside LLR become
 * incidents (source 'police.uk', no organisation); other crimes inside LLR go to police_crimes,
 * flagged when their type is an ASB proxy (LLR ASB Action Plan §2.10). Rows outside LLR, rows
 * without a location and invalid rows are counted, not stored.
 *
 * Each file is read, validated and placed in memory (prepare-police-uk-file.ts), then written
 * in one transaction with its import_runs row and audit record (save-police-uk-file.ts). A file
 * that cannot be read, parsed or recognised leaves nothing behind. Importing the same file
 * again adds nothing (deterministic ids, ON CONFLICT DO NOTHING). With several files, the next
 * file is prepared while the previous one is written, so a database server works in parallel.
 */
import fs from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/roles.js';
import { DEFAULT_ASB_PROXY_CRIME_TYPES } from '../../domain/imports/police-uk.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { inputName, type PoliceUkInput } from './police-uk-reader.js';
import { loadImportContext, preparePoliceUkFile, type ImportContext, type PrepareResult } from './prepare-police-uk-file.js';
import { savePreparedPoliceUkFile, type PoliceUkImportSummary } from './save-police-uk-file.js';

export type { PoliceUkInput } from './police-uk-reader.js';
export type { PoliceUkImportSummary } from './save-police-uk-file.js';

export interface PoliceUkImportOptions {
  /** Who imports (null for an operator at the command line). */
  actor: Actor | null;
  /**
   * Progress of one file in work units: each data row counts once when read and placed and once
   * when saved, so `total` is twice the file's rows. Called often; must be cheap, must not throw.
   */
  onProgress?: (done: number, total: number) => void;
  /** Crime types flagged as ASB proxies; default DEFAULT_ASB_PROXY_CRIME_TYPES. */
  proxyCrimeTypes?: readonly string[];
  /** How many rejected rows to list by line (all are counted); default 20. */
  maxListedRejections?: number;
}

export interface PoliceUkBatchOptions extends Omit<PoliceUkImportOptions, 'onProgress'> {
  /** Progress of the whole batch; each file weighs its size in bytes, `total` is their sum. */
  onProgress?: (done: number, total: number) => void;
  /** Called as each file finishes, in input order. */
  onFileDone?: (result: PoliceUkImportResult, index: number) => void;
}

export type PoliceUkImportResult = { ok: true; summary: PoliceUkImportSummary } | { ok: false; fileName: string; error: string };

async function failure(db: Kysely<Database>, actor: Actor | null, fileName: string, error: string): Promise<PoliceUkImportResult> {
  await writeAudit(db, actor, { action: 'import.police_uk', outcome: 'failure', detail: { error } });
  return { ok: false, fileName, error };
}

async function finish(
  db: Kysely<Database>,
  prepared: PrepareResult,
  opts: PoliceUkImportOptions,
  proxyCrimeTypes: string[],
  progress: (done: number, total: number) => void,
): Promise<PoliceUkImportResult> {
  if (!prepared.ok) return failure(db, opts.actor, prepared.fileName, prepared.error);
  return { ok: true, summary: await savePreparedPoliceUkFile(db, prepared, { actor: opts.actor, proxyCrimeTypes, progress }) };
}

const settings = (opts: PoliceUkImportOptions | PoliceUkBatchOptions) => {
  const proxyCrimeTypes = [...(opts.proxyCrimeTypes ?? DEFAULT_ASB_PROXY_CRIME_TYPES)];
  return { proxyCrimeTypes, proxies: new Set(proxyCrimeTypes), maxListedRejections: opts.maxListedRejections ?? 20 };
};

/**
 * Imports one police.uk street-level file.
 * @param db the root Kysely instance (the import opens its own transaction)
 * @param input a path, or `{ name, buffer }` / `{ name, stream }`
 * @returns the summary, or `ok: false` with a plain-words reason when the file as a whole
 *   cannot be imported (nothing is stored then; a failure audit record is written)
 * @throws on database errors (the transaction is rolled back)
 */
export async function importPoliceUkFile(
  db: Kysely<Database>,
  input: PoliceUkInput,
  opts: PoliceUkImportOptions,
): Promise<PoliceUkImportResult> {
  const ctx = await loadImportContext(db);
  if (typeof ctx === 'string') return failure(db, opts.actor, inputName(input), ctx);
  const { proxyCrimeTypes, proxies, maxListedRejections } = settings(opts);
  const progress = opts.onProgress ?? (() => {});
  const prepared = await preparePoliceUkFile(ctx, input, { proxyCrimeTypes: proxies, maxListedRejections, progress });
  return finish(db, prepared, opts, proxyCrimeTypes, progress);
}

/**
 * Imports several files, in order, one transaction each; file n+1 is read and placed while
 * file n is written. @returns one result per input, in input order.
 * @throws on database errors (the file being written is rolled back; earlier files stay)
 */
export async function importPoliceUkFiles(
  db: Kysely<Database>,
  inputs: readonly PoliceUkInput[],
  opts: PoliceUkBatchOptions,
): Promise<PoliceUkImportResult[]> {
  const loaded = await loadImportContext(db);
  const { proxyCrimeTypes, proxies, maxListedRejections } = settings(opts);
  const sizeOf = async (file: string) => (await fs.stat(file).catch(() => null))?.size || 1;
  const weights = await Promise.all(
    inputs.map(async (i) => (typeof i === 'string' ? sizeOf(i) : 'path' in i ? sizeOf(i.path) : 'buffer' in i ? i.buffer.length || 1 : 1)),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  const fractions = inputs.map(() => 0);
  const progressOf = (i: number) => (done: number, all: number) => {
    fractions[i] = all > 0 ? done / all : 0;
    opts.onProgress?.(Math.floor(fractions.reduce((sum, f, k) => sum + f * weights[k]!, 0)), total);
  };
  const prepare = (i: number, ctx: ImportContext): Promise<PrepareResult> =>
    preparePoliceUkFile(ctx, inputs[i]!, { proxyCrimeTypes: proxies, maxListedRejections, progress: progressOf(i) });

  const results: PoliceUkImportResult[] = [];
  let next: Promise<PrepareResult> | null = typeof loaded === 'string' || inputs.length === 0 ? null : prepare(0, loaded);
  for (let i = 0; i < inputs.length; i++) {
    let result: PoliceUkImportResult;
    if (typeof loaded === 'string') result = await failure(db, opts.actor, inputName(inputs[i]!), loaded);
    else {
      const prepared = await next!;
      next = i + 1 < inputs.length ? prepare(i + 1, loaded) : null;
      next?.catch(() => undefined); // awaited on the next turn; a save error must not leave it unhandled
      result = await finish(db, prepared, opts, proxyCrimeTypes, progressOf(i));
    }
    progressOf(i)(1, 1);
    results.push(result);
    opts.onFileDone?.(result, i);
  }
  return results;
}
