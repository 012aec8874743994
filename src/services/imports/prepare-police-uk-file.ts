/**
 * The first half of a police.uk import, with no writes: read the file, validate and classify
 * every row, place each located row and decide whether it is inside LLR, and stage what will
 * be stored. save-police-uk-file.ts writes the result in one transaction.
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Placement, Placer } from '../../domain/geography/placement.js';
import { placeInLlr } from '../../domain/imports/llr-area.js';
import { AsbSourceIds, policeUkReference, readRow } from '../../domain/imports/police-uk.js';
import { getPlacer } from '../geography/placer.js';
import { loadLlrAreas, type LoadedLlrAreas } from './llr-areas.js';
import { estimateRows, forEachRecord, inputName, PoliceUkFileError, readPoliceUkInput, type PoliceUkInput } from './police-uk-reader.js';
import { StagedCrimes, StagedIncidents } from './police-uk-writer.js';

/** What every file of an import run shares: LLR's areas and the Placer, read once. */
export interface ImportContext {
  areas: LoadedLlrAreas;
  placer: Placer;
  /** Placements by "longitude,latitude": police.uk snap points repeat within and across months. */
  placements: Map<string, Placement>;
}

/** Placements kept in memory at most (about 200 bytes each); the cache starts again when full. */
const MAX_CACHED_PLACEMENTS = 200_000;

/** Counts of a prepared file; see PoliceUkImportSummary for their meaning. */
export interface PreparedCounts {
  rowsRead: number;
  asbRows: number;
  outsideLlr: number;
  withoutLocation: number;
  rejected: number;
  rejectionReasons: Record<string, number>;
  rejections: { line: number; reason: string }[];
}

export interface PreparedPoliceUkFile {
  ok: true;
  fileName: string;
  sha256: string;
  counts: PreparedCounts;
  months: string[];
  incidents: StagedIncidents;
  crimes: StagedCrimes;
  startedAt: number;
}

export type PrepareResult = PreparedPoliceUkFile | { ok: false; fileName: string; error: string };

const NO_BOUNDARIES =
  'No LLR boundaries are loaded, so no row can be placed inside LLR. Load the geography first: npm run concord -- geography load DIR';

/**
 * Reads the loaded areas and the Placer. @returns instead the reason, as text, when no LSOA or
 * district boundaries are loaded, since then no row could be placed inside LLR.
 */
export async function loadImportContext(db: Kysely<Database>): Promise<ImportContext | string> {
  const areas = await loadLlrAreas(db);
  if (areas.lsoas.size === 0 && areas.districtBoundaries === 0) return NO_BOUNDARIES;
  return { areas, placer: await getPlacer(db), placements: new Map() };
}

/**
 * Reads, validates, classifies and places one file in memory.
 * @param progress called with (rows read so far, twice the estimated rows) between slices
 * @returns the staged rows and counts, or `ok: false` with a plain-words reason when the file
 *   as a whole cannot be imported
 */
export async function preparePoliceUkFile(
  ctx: ImportContext,
  input: PoliceUkInput,
  opts: { proxyCrimeTypes: ReadonlySet<string>; maxListedRejections: number; progress: (done: number, total: number) => void },
): Promise<PrepareResult> {
  const startedAt = Date.now();
  const fileName = inputName(input);
  const counts: PreparedCounts = {
    rowsRead: 0,
    asbRows: 0,
    outsideLlr: 0,
    withoutLocation: 0,
    rejected: 0,
    rejectionReasons: {},
    rejections: [],
  };
  const incidents = new StagedIncidents();
  const crimes = new StagedCrimes();
  const ids = new AsbSourceIds();
  const months = new Set<string>();
  const { placements } = ctx;
  let bytes: Buffer;
  try {
    bytes = await readPoliceUkInput(input);
    const estimated = estimateRows(bytes);
    await forEachRecord(
      bytes,
      (fields, line) => {
        counts.rowsRead++;
        const read = readRow(fields, opts.proxyCrimeTypes);
        if (!read.ok) {
          counts.rejected++;
          counts.rejectionReasons[read.reason] = (counts.rejectionReasons[read.reason] ?? 0) + 1;
          if (counts.rejections.length < opts.maxListedRejections) counts.rejections.push({ line, reason: read.reason });
          return;
        }
        const row = read.row;
        months.add(row.month);
        if (row.kind === 'asb') counts.asbRows++;
        if (row.latitude === null || row.longitude === null) {
          counts.withoutLocation++;
          return;
        }
        const key = `${row.longitude},${row.latitude}`;
        let placement = placements.get(key);
        if (!placement) {
          if (placements.size >= MAX_CACHED_PLACEMENTS) placements.clear();
          placements.set(key, (placement = ctx.placer(row.latitude, row.longitude)));
        }
        const placed = placeInLlr(row.lsoaCode, placement, ctx.areas);
        if (!placed) counts.outsideLlr++;
        else if (row.kind === 'asb') {
          const sourceId = ids.next(row);
          incidents.add(policeUkReference(row.month, sourceId), sourceId, row, placed);
        } else crimes.add(row as typeof row & { crimeId: string }, placed);
      },
      () => opts.progress(Math.min(counts.rowsRead, estimated), 2 * Math.max(estimated, counts.rowsRead)),
    );
  } catch (err) {
    if (err instanceof PoliceUkFileError) return { ok: false, fileName, error: err.message };
    throw err;
  }
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  return { ok: true, fileName, sha256, counts, months: [...months].sort(), incidents, crimes, startedAt };
}
