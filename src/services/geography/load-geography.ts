/**
 * Loads LLR boundaries (districts, wards, LSOA 2011 and 2021) and police.uk neighbourhoods
 * into the database in one transaction, then drops the cached Placer.
 *
 * LSOA rows are keyed by (code, vintage): 587 LLR LSOA codes exist in both 2011 and 2021.
 * Re-running replaces: each boundary is upserted by code, and within each district a layer
 * covers, rows of that layer the files no longer hold are deleted (a ward abolished at a
 * boundary review disappears; districts the files don't cover are left alone). District rows
 * themselves are reference data (ensure-reference-data.ts); only their geometry is set here.
 * Ward → NPA mappings derived from neighbourhood names (domain/geography/ward-npa.ts, a LOCAL
 * default) are only added, never overwritten, so an administrator's edits survive a re-load.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  deleteLsoasNotIn,
  deleteWardsNotIn,
  setDistrictBoundary,
  upsertLsoas,
  upsertPoliceNeighbourhoods,
  upsertWards,
  type BoundaryColumns,
} from '../../db/repositories/boundaries.js';
import { anyLsoaLoaded, wardNames } from '../../db/repositories/geography.js';
import { addNpaMappings } from '../../db/repositories/reference-data.js';
import { LLR_DISTRICTS } from '../../domain/geography/llr.js';
import { geometryBbox, type AreaGeometry } from '../../domain/geography/polygon-index.js';
import { deriveLeicesterWardNpas } from '../../domain/geography/ward-npa.js';
import { readGeographyFiles, type SmallAreaRecord } from './read-geography-files.js';
import { invalidatePlacer } from './placer.js';

export interface LoadGeographyOptions {
  /** Folder holding police_leicestershire_neighbourhoods.json; default `<dir>/../policeuk/neighbourhoods`. */
  neighbourhoodsDir?: string;
}

/** Rows written per layer (0 for a layer whose folder was absent), and what was absent. */
export interface GeographyLoadCounts {
  districts: number;
  wards: number;
  lsoa11: number;
  lsoa21: number;
  neighbourhoods: number;
  /** Ward → NPA mappings derived from neighbourhood names (existing mappings are kept). */
  wardNpaMappings: number;
  missing: string[];
}

const BATCH = 100;

function bboxColumns(geometry: AreaGeometry): BoundaryColumns {
  const [min_lon, min_lat, max_lon, max_lat] = geometryBbox(geometry);
  return { geometry: JSON.stringify(geometry), min_lon, min_lat, max_lon, max_lat };
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

async function writeWards(trx: Transaction<Database>, wards: SmallAreaRecord[]): Promise<void> {
  for (const batch of chunks(wards)) {
    const rows = batch.map((w) => ({ code: w.code, name: w.name, district_code: w.districtCode, ...bboxColumns(w.geometry) }));
    await upsertWards(trx, rows);
  }
  const districts = [...new Set(wards.map((w) => w.districtCode))];
  if (districts.length === 0) return;
  await deleteWardsNotIn(
    trx,
    districts,
    wards.map((w) => w.code),
  );
}

async function writeLsoas(trx: Transaction<Database>, vintage: 2011 | 2021, lsoas: SmallAreaRecord[]): Promise<void> {
  for (const batch of chunks(lsoas)) {
    const rows = batch.map((l) => ({ code: l.code, vintage, name: l.name, district_code: l.districtCode, ...bboxColumns(l.geometry) }));
    await upsertLsoas(trx, rows).catch((err: Error) => {
      if (!/ON CONFLICT/.test(err.message)) throw err;
      throw new Error('Cannot store LSOAs: the lsoas table needs the key (code, vintage), as LSOA codes repeat between 2011 and 2021');
    });
  }
  const districts = [...new Set(lsoas.map((l) => l.districtCode))];
  if (districts.length === 0) return;
  await deleteLsoasNotIn(
    trx,
    vintage,
    districts,
    lsoas.map((l) => l.code),
  );
}

async function writeDistricts(trx: Transaction<Database>, districts: Map<string, AreaGeometry>): Promise<void> {
  for (const seed of LLR_DISTRICTS) {
    const geometry = districts.get(seed.code);
    if (!geometry) continue;
    await setDistrictBoundary(
      trx,
      { code: seed.code, name: seed.name, kind: seed.kind, utla_code: seed.utlaCode, csp_code: seed.cspCode },
      bboxColumns(geometry),
    );
  }
}

/**
 * Loads a geography folder (layout in read-geography-files.ts) into the database.
 * @param db the root Kysely instance (the load runs in its own transaction)
 * @param dir folder laid out like data/geography: lsoa2011/, lsoa2021/, wardsYYYY/, lad/
 * @param onProgress receives one line per step, for operators
 * @returns rows written per layer; absent folders are listed in `missing`, not fatal
 * @throws Error when `dir` does not exist or a file is malformed (the message names the file);
 *   nothing is written in that case
 */
export async function loadGeography(
  db: Kysely<Database>,
  dir: string,
  onProgress: (message: string) => void = () => {},
  options: LoadGeographyOptions = {},
): Promise<GeographyLoadCounts> {
  onProgress(`Reading ${dir}`);
  const files = await readGeographyFiles(dir, options.neighbourhoodsDir);
  for (const note of files.missing) onProgress(`Skipped: ${note}`);
  const counts: GeographyLoadCounts = {
    districts: files.districts?.size ?? 0,
    wards: files.wards?.length ?? 0,
    lsoa11: files.lsoa11?.length ?? 0,
    lsoa21: files.lsoa21?.length ?? 0,
    neighbourhoods: files.neighbourhoods?.length ?? 0,
    wardNpaMappings: 0,
    missing: files.missing,
  };

  await db.transaction().execute(async (trx) => {
    if (files.districts) {
      await writeDistricts(trx, files.districts);
      onProgress(`Districts: ${counts.districts} boundaries`);
    }
    if (files.wards) {
      await writeWards(trx, files.wards);
      onProgress(`Wards: ${counts.wards}`);
    }
    for (const [vintage, lsoas] of [
      [2011, files.lsoa11],
      [2021, files.lsoa21],
    ] as const) {
      if (!lsoas) continue;
      await writeLsoas(trx, vintage, lsoas);
      onProgress(`LSOA ${vintage}: ${lsoas.length}`);
    }
    if (files.neighbourhoods) {
      const rows = files.neighbourhoods.map((n) => ({
        code: n.code,
        name: n.name,
        npa_code: n.npaCode,
        geometry: n.geometry ? JSON.stringify(n.geometry) : null,
      }));
      await upsertPoliceNeighbourhoods(trx, rows);
      onProgress(`Police neighbourhoods: ${rows.length}`);

      const wards = files.wards ?? (await wardNames(trx));
      const mappings = deriveLeicesterWardNpas(wards, files.neighbourhoods);
      if (mappings.length) {
        await addNpaMappings(
          trx,
          mappings.map((m) => ({ area_type: m.areaType, area_code: m.areaCode, npa_code: m.npaCode })),
        );
      }
      counts.wardNpaMappings = mappings.length;
      onProgress(`Ward to NPA mappings derived from neighbourhood names: ${mappings.length}`);
    }
  });
  invalidatePlacer(db);
  return counts;
}

/** True when any LSOA boundary is loaded (used at start-up to decide whether to load). */
export async function isGeographyLoaded(db: Kysely<Database>): Promise<boolean> {
  return anyLsoaLoaded(db);
}
