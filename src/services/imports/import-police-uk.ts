/**
 * importPoliceUkFile: imports one police.uk street-level CSV (issue part 6). ASB rows inside LLR
 * become incidents (source 'police.uk', no organisation); other crimes inside LLR go to
 * police_crimes, flagged when their type is an ASB proxy (action plan §2.10). Rows outside LLR,
 * rows without a location and invalid rows are counted, not stored.
 *
 * The file is read, validated and placed in memory first; then one transaction writes its rows
 * in batches, an import_runs row and the audit record. A file that cannot be read, parsed or
 * recognised leaves nothing behind. Importing the same file again adds nothing (deterministic
 * ids, ON CONFLICT DO NOTHING).
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/roles.js';
import type { Placement } from '../../domain/geography/placement.js';
import { placeInLlr } from '../../domain/imports/llr-area.js';
import { AsbSourceIds, DEFAULT_ASB_PROXY_CRIME_TYPES, policeUkReference, readRow } from '../../domain/imports/police-uk.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { getPlacer } from '../geography/placer.js';
import { loadLlrAreas } from './llr-areas.js';
import { estimateRows, forEachRecord, inputName, PoliceUkFileError, readPoliceUkInput, type PoliceUkInput } from './police-uk-reader.js';
import { BATCH_ROWS, StagedCrimes, StagedIncidents } from './police-uk-writer.js';

export type { PoliceUkInput } from './police-uk-reader.js';

export interface PoliceUkImportOptions {
  /** Who imports (null for an operator at the command line). */
  actor: Actor | null;
  /**
   * Progress in work units: each data row counts once when read and placed and once when saved,
   * so `total` is twice the file's rows. Called often; must be cheap and must not throw.
   */
  onProgress?: (done: number, total: number) => void;
  /** Crime types flagged as ASB proxies; default DEFAULT_ASB_PROXY_CRIME_TYPES. */
  proxyCrimeTypes?: readonly string[];
  /** How many rejected rows to list by line (all are counted); default 20. */
  maxListedRejections?: number;
}

/** What one import did. Every data row lands in exactly one of the counts marked (*). */
export interface PoliceUkImportSummary {
  fileName: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  importRunId: string;
  /** Data rows (the header excluded). */
  rowsRead: number;
  asbRows: number;
  /** (*) ASB rows stored as new incidents, and (*) those already stored by an earlier import. */
  incidentsAdded: number;
  incidentsAlreadyPresent: number;
  /** (*) Crimes stored (proxy and other), of which ASB proxies; (*) crimes already stored. */
  crimesAdded: number;
  proxyCrimesAdded: number;
  crimesAlreadyPresent: number;
  /** (*) Located rows outside LLR. */
  outsideLlr: number;
  /** (*) Rows without coordinates: they cannot be placed inside LLR. */
  withoutLocation: number;
  /** (*) Invalid rows, with a count per reason and the first few by line. */
  rejected: number;
  rejectionReasons: Record<string, number>;
  rejections: { line: number; reason: string }[];
  proxyCrimeTypes: string[];
  /** The months (YYYY-MM) of the rows read, in order. */
  months: string[];
  durationMs: number;
}

export type PoliceUkImportResult =
  | { ok: true; summary: PoliceUkImportSummary }
  | { ok: false; fileName: string; error: string };

const NO_BOUNDARIES =
  'No LLR boundaries are loaded, so no row can be placed inside LLR. Load the geography first: npm run concord -- geography load DIR';

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
  const started = Date.now();
  const fileName = inputName(input);
  const progress = opts.onProgress ?? (() => {});
  const maxListed = opts.maxListedRejections ?? 20;
  const proxyCrimeTypes = [...(opts.proxyCrimeTypes ?? DEFAULT_ASB_PROXY_CRIME_TYPES)];
  const proxies = new Set(proxyCrimeTypes);

  const fail = async (error: string): Promise<PoliceUkImportResult> => {
    await writeAudit(db, opts.actor, { action: 'import.police_uk', outcome: 'failure', detail: { error } });
    return { ok: false, fileName, error };
  };

  let bytes: Buffer;
  try {
    bytes = await readPoliceUkInput(input);
  } catch (err) {
    if (err instanceof PoliceUkFileError) return fail(err.message);
    throw err;
  }
  const areas = await loadLlrAreas(db);
  if (areas.lsoas.size === 0 && areas.districtBoundaries === 0) return fail(NO_BOUNDARIES);
  const placer = await getPlacer(db);
  const placements = new Map<string, Placement>(); // police.uk snap points repeat: place each once

  const s = {
    rowsRead: 0, asbRows: 0, outsideLlr: 0, withoutLocation: 0, rejected: 0,
    rejectionReasons: {} as Record<string, number>, rejections: [] as { line: number; reason: string }[],
  };
  const incidents = new StagedIncidents();
  const crimes = new StagedCrimes();
  const ids = new AsbSourceIds();
  const months = new Set<string>();
  let estimated = estimateRows(bytes);

  try {
    await forEachRecord(
      bytes,
      (fields, line) => {
        s.rowsRead++;
        const read = readRow(fields, proxies);
        if (!read.ok) {
          s.rejected++;
          s.rejectionReasons[read.reason] = (s.rejectionReasons[read.reason] ?? 0) + 1;
          if (s.rejections.length < maxListed) s.rejections.push({ line, reason: read.reason });
          return;
        }
        const row = read.row;
        months.add(row.month);
        if (row.kind === 'asb') s.asbRows++;
        if (row.latitude === null || row.longitude === null) {
          s.withoutLocation++;
          return;
        }
        const key = `${row.longitude},${row.latitude}`;
        let placement = placements.get(key);
        if (!placement) placements.set(key, (placement = placer(row.latitude, row.longitude)));
        const placed = placeInLlr(row.lsoaCode, placement, areas);
        if (!placed) s.outsideLlr++;
        else if (row.kind === 'asb') {
          const sourceId = ids.next(row);
          incidents.add(policeUkReference(row.month, sourceId), sourceId, row, placed);
        } else crimes.add(row as typeof row & { crimeId: string }, placed);
      },
      () => progress(Math.min(s.rowsRead, estimated), 2 * estimated),
    );
  } catch (err) {
    if (err instanceof PoliceUkFileError) return fail(err.message);
    throw err;
  }

  estimated = s.rowsRead;
  const total = 2 * s.rowsRead;
  const toSave = incidents.length + crimes.length;
  let saved = 0;
  const saving = (n: number) => {
    saved += n;
    progress(s.rowsRead + (toSave ? Math.floor((s.rowsRead * saved) / toSave) : s.rowsRead), total);
  };
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');

  return db.transaction().execute(async (trx) => {
    let incidentsAdded = 0;
    let crimesAdded = 0;
    let proxyCrimesAdded = 0;
    for (let i = 0; i < incidents.length; i += BATCH_ROWS) {
      const to = Math.min(i + BATCH_ROWS, incidents.length);
      incidentsAdded += await incidents.insert(trx, i, to);
      saving(to - i);
    }
    for (let i = 0; i < crimes.length; i += BATCH_ROWS) {
      const to = Math.min(i + BATCH_ROWS, crimes.length);
      const r = await crimes.insert(trx, i, to);
      crimesAdded += r.added;
      proxyCrimesAdded += r.proxies;
      saving(to - i);
    }
    const counts = {
      rowsRead: s.rowsRead,
      asbRows: s.asbRows,
      incidentsAdded,
      incidentsAlreadyPresent: incidents.length - incidentsAdded,
      crimesAdded,
      proxyCrimesAdded,
      crimesAlreadyPresent: crimes.length - crimesAdded,
      outsideLlr: s.outsideLlr,
      withoutLocation: s.withoutLocation,
      rejected: s.rejected,
    };
    const detail = { ...counts, rejectionReasons: s.rejectionReasons, rejections: s.rejections, proxyCrimeTypes, months: [...months].sort() };
    const run = await trx
      .insertInto('import_runs')
      .values({
        source: 'police.uk',
        file_name: fileName,
        file_sha256: sha256,
        rows_read: s.rowsRead,
        incidents_added: incidentsAdded,
        crimes_added: crimesAdded,
        outside_area: s.outsideLlr,
        rejected: s.rejected,
        summary: JSON.stringify(detail),
        imported_by: opts.actor?.userId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, opts.actor, { action: 'import.police_uk', entityType: 'import_run', entityId: run.id, detail: counts });
    progress(total, total);
    return {
      ok: true as const,
      summary: { fileName, sha256, importRunId: run.id, ...detail, durationMs: Date.now() - started },
    };
  });
}
