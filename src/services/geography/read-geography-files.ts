/**
 * Reads a geography folder laid out like data/geography (data/SOURCES.md §3, §5) and a police.uk
 * neighbourhoods folder (§2) into plain records, keeping only the nine LLR districts. No
 * database access; load-geography.ts writes the result.
 *
 *   <dir>/lsoa2011/*.geojson   LSOA11CD, LSOA11NM, LADCD_ACTIVE
 *   <dir>/lsoa2021/*.geojson   LSOA21CD, LSOA21NM, LADCD_ACTIVE
 *   <dir>/wardsYYYY/*.geojson  WDyyCD, WDyyNM, LADyyCD (the latest wardsYYYY folder is used)
 *   <dir>/lad/*.geojson        LADyyCD (e.g. llr_lad_boundaries_2013_DERIVED.geojson)
 *   <neighbourhoods>/police_leicestershire_neighbourhoods.json   [{ id, name }]
 *   <neighbourhoods>/police_leicestershire_<ID>_boundary.json    [{ latitude, longitude }] (optional)
 * Files named E10000018_* (the county, a union of its seven districts) are skipped.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Polygon } from 'geojson';
import { LEICESTERSHIRE_COUNTY, LLR_DISTRICTS } from '../../domain/geography/llr.js';
import { isAreaGeometry, type AreaGeometry } from '../../domain/geography/polygon-index.js';
import { npaForNeighbourhood } from '../../domain/geography/ward-npa.js';

export interface SmallAreaRecord {
  code: string;
  name: string;
  districtCode: string;
  geometry: AreaGeometry;
}

export interface NeighbourhoodRecord {
  code: string;
  name: string;
  npaCode: string | null;
  geometry: Polygon | null;
}

/** One layer read from disk; `null` when its folder or file is absent. */
export interface GeographyFiles {
  districts: Map<string, AreaGeometry> | null;
  wards: SmallAreaRecord[] | null;
  lsoa11: SmallAreaRecord[] | null;
  lsoa21: SmallAreaRecord[] | null;
  neighbourhoods: NeighbourhoodRecord[] | null;
  /** What was absent, in words, for the operator. */
  missing: string[];
}

const LLR_CODES = new Set(LLR_DISTRICTS.map((d) => d.code));
export const NEIGHBOURHOODS_FILE = 'police_leicestershire_neighbourhoods.json';

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

async function readJson(file: string): Promise<unknown> {
  const text = await fs.readFile(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
}

type Props = Record<string, unknown>;
interface RawFeature {
  properties: Props;
  geometry: AreaGeometry;
}

/** Reads a GeoJSON FeatureCollection of Polygon/MultiPolygon features. @throws Error naming the file */
async function readFeatures(file: string): Promise<RawFeature[]> {
  const json = (await readJson(file)) as { type?: unknown; features?: unknown };
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new Error(`${file}: not a GeoJSON FeatureCollection`);
  }
  return json.features.map((f: { properties?: unknown; geometry?: unknown }, i: number) => {
    if (!isAreaGeometry(f?.geometry)) throw new Error(`${file}: feature ${i} has no Polygon or MultiPolygon geometry`);
    const properties = typeof f.properties === 'object' && f.properties !== null ? (f.properties as Props) : {};
    return { properties, geometry: f.geometry };
  });
}

/** The first string property whose name matches. */
function prop(props: Props, pattern: RegExp): string | undefined {
  for (const [k, v] of Object.entries(props)) if (pattern.test(k) && typeof v === 'string' && v.trim()) return v.trim();
  return undefined;
}

async function geojsonFiles(folder: string): Promise<string[]> {
  const names = (await fs.readdir(folder)).filter((n) => n.endsWith('.geojson') && !n.startsWith(LEICESTERSHIRE_COUNTY));
  return names.sort().map((n) => path.join(folder, n));
}

/** Reads a folder of per-district small-area files; LLR features only, de-duplicated by code. */
async function readSmallAreas(folder: string, codeKey: RegExp, nameKey: RegExp): Promise<SmallAreaRecord[]> {
  const byCode = new Map<string, SmallAreaRecord>();
  for (const file of await geojsonFiles(folder)) {
    const fileDistrict = /^(E0\d{7})_/.exec(path.basename(file))?.[1];
    (await readFeatures(file)).forEach(({ properties, geometry }, i) => {
      const code = prop(properties, codeKey);
      if (!code) throw new Error(`${file}: feature ${i} has no ${codeKey.source} property`);
      const districtCode = prop(properties, /^LADCD_ACTIVE$/) ?? prop(properties, /^LAD\d{2}CD$/) ?? fileDistrict;
      if (!districtCode || !LLR_CODES.has(districtCode)) return;
      byCode.set(code, { code, name: prop(properties, nameKey) ?? code, districtCode, geometry });
    });
  }
  return [...byCode.values()];
}

async function readDistricts(folder: string): Promise<Map<string, AreaGeometry>> {
  const districts = new Map<string, AreaGeometry>();
  for (const file of await geojsonFiles(folder)) {
    for (const { properties, geometry } of await readFeatures(file)) {
      const code = prop(properties, /^LAD\d{2}CD$/) ?? prop(properties, /^code$/);
      if (code && LLR_CODES.has(code)) districts.set(code, geometry);
    }
  }
  return districts;
}

/** police.uk returns a boundary as `{ latitude, longitude }` strings; GeoJSON wants a closed ring. */
async function readNeighbourhoodBoundary(file: string): Promise<Polygon | null> {
  if (!(await exists(file))) return null;
  const json = await readJson(file);
  if (!Array.isArray(json)) throw new Error(`${file}: expected an array of { latitude, longitude }`);
  const ring = json.map((p: { latitude?: unknown; longitude?: unknown }, i) => {
    const pos = [Number(p?.longitude), Number(p?.latitude)];
    if (!pos.every(Number.isFinite)) throw new Error(`${file}: vertex ${i} is not a latitude/longitude pair`);
    return pos;
  });
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([...first]);
  if (ring.length < 4) throw new Error(`${file}: a boundary needs at least three vertices`);
  return { type: 'Polygon', coordinates: [ring] };
}

async function readNeighbourhoods(folder: string): Promise<NeighbourhoodRecord[]> {
  const file = path.join(folder, NEIGHBOURHOODS_FILE);
  const json = await readJson(file);
  if (!Array.isArray(json)) throw new Error(`${file}: expected an array of { id, name }`);
  const records: NeighbourhoodRecord[] = [];
  for (const [i, n] of (json as { id?: unknown; name?: unknown }[]).entries()) {
    if (typeof n?.id !== 'string' || typeof n.name !== 'string') throw new Error(`${file}: entry ${i} has no id and name`);
    const geometry = await readNeighbourhoodBoundary(path.join(folder, `police_leicestershire_${n.id}_boundary.json`));
    records.push({ code: n.id, name: n.name.trim(), npaCode: npaForNeighbourhood(n.id), geometry });
  }
  return records;
}

/**
 * Reads every layer that is present.
 * @param dir the geography folder
 * @param neighbourhoodsDir police.uk neighbourhoods folder; default `<dir>/../policeuk/neighbourhoods`
 * @throws Error when `dir` does not exist, or naming the file that is malformed
 */
export async function readGeographyFiles(dir: string, neighbourhoodsDir?: string): Promise<GeographyFiles> {
  if (!(await exists(dir))) throw new Error(`Geography folder not found: ${dir}`);
  const missing: string[] = [];
  const layer = async <T>(sub: string, label: string, read: (folder: string) => Promise<T>): Promise<T | null> => {
    const folder = path.join(dir, sub);
    if (await exists(folder)) return read(folder);
    missing.push(`${label}: no ${folder} folder`);
    return null;
  };
  const wardFolders = (await fs.readdir(dir)).filter((n) => /^wards\d{4}$/.test(n)).sort();
  const files: GeographyFiles = {
    lsoa11: await layer('lsoa2011', 'LSOA 2011', (f) => readSmallAreas(f, /^LSOA11CD$/, /^LSOA11NM$/)),
    lsoa21: await layer('lsoa2021', 'LSOA 2021', (f) => readSmallAreas(f, /^LSOA21CD$/, /^LSOA21NM$/)),
    wards: await layer(wardFolders.at(-1) ?? 'wards2025', 'Wards', (f) => readSmallAreas(f, /^WD\d{2}CD$/, /^WD\d{2}NM$/)),
    districts: await layer('lad', 'Districts', readDistricts),
    neighbourhoods: null,
    missing,
  };
  const nDir = neighbourhoodsDir ?? path.join(dir, '..', 'policeuk', 'neighbourhoods');
  if (await exists(path.join(nDir, NEIGHBOURHOODS_FILE))) files.neighbourhoods = await readNeighbourhoods(nDir);
  else missing.push(`Police neighbourhoods: no ${path.join(nDir, NEIGHBOURHOODS_FILE)}`);
  return files;
}
