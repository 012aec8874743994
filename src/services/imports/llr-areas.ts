/**
 * Reads what the police.uk import needs to know about LLR's areas from the loaded reference
 * data: every LLR LSOA (both vintages) with its district, and each district's CSP and
 * district-level NPA (domain/imports/llr-area.ts says how they are used).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { areaRows } from '../../db/repositories/geography.js';
import type { LlrAreas, LlrLsoa } from '../../domain/imports/llr-area.js';

export interface LoadedLlrAreas extends LlrAreas {
  /** Districts whose boundary polygon is loaded (the fallback when no LSOAs are). */
  districtBoundaries: number;
}

/** Loads the LLR areas. Cost: one read of ~1,250 LSOA rows (no geometry). */
export async function loadLlrAreas(db: Kysely<Database>): Promise<LoadedLlrAreas> {
  const { lsoas: lsoaRows, districts: districtRows, districtNpas: npaRows } = await areaRows(db);
  const lsoas = new Map<string, LlrLsoa & { vintages: Set<2011 | 2021> }>();
  for (const r of lsoaRows) {
    const vintage = Number(r.vintage) === 2011 ? 2011 : 2021;
    const known = lsoas.get(r.code);
    if (known) known.vintages.add(vintage);
    else lsoas.set(r.code, { vintages: new Set([vintage]), districtCode: r.district_code });
  }
  const npaByDistrict = new Map(npaRows.map((r) => [r.area_code, r.npa_code]));
  const districts = new Map(districtRows.map((d) => [d.code, { cspCode: d.csp_code, npaCode: npaByDistrict.get(d.code) ?? null }]));
  return { lsoas, districts, districtBoundaries: districtRows.filter((d) => d.has_geometry).length };
}
