/**
 * Whether a police.uk row is inside LLR, and the place columns stored for it. Pure: no I/O.
 *
 * Leicestershire Police files also hold rows recorded in LSOAs outside LLR (Birmingham,
 * Ashfield…; data/SOURCES.md §1). police.uk derives a row's LSOA from the true location, while
 * its coordinates are an anonymised snap point that may sit across a boundary, so the row's
 * own LSOA code decides, and its district wins over the snap point's.
 */
import type { Placement } from '../geography/placement.js';

/** An LLR LSOA as loaded: the vintages it exists in (587 codes are in both) and its district. */
export interface LlrLsoa {
  vintages: ReadonlySet<2011 | 2021>;
  districtCode: string;
}

/** What the import knows about LLR's areas, read from the loaded reference data. */
export interface LlrAreas {
  /** LLR LSOAs by GSS code, both vintages. Empty when no LSOA boundaries are loaded. */
  lsoas: ReadonlyMap<string, LlrLsoa>;
  /** CSP code and district-level NPA code of each LLR district. */
  districts: ReadonlyMap<string, { cspCode: string | null; npaCode: string | null }>;
}

/** The place columns of an imported row: the same shape as a Placement (placement.ts). */
export type PlacedRow = Placement;

/**
 * Decides whether a located row is inside LLR and what place to store.
 * - Inside LLR: the row's LSOA code is an LLR LSOA of either vintage; or, for a row without an
 *   LSOA code or when no LSOAs are loaded at all, the placer put the point in an LLR district.
 * - The row's own LSOA code is stored in `lsoa11Code` and/or `lsoa21Code` by the vintages it
 *   exists in, whatever the placer says; the other vintage comes from the placer.
 * - The district is the row's LSOA's district. Where the placer agrees (or has none, in which
 *   case it has no ward either) its ward, CSP and NPA are kept; where it disagrees the ward is
 *   dropped and CSP/NPA follow the LSOA's district, so no row mixes two districts.
 * @returns the place columns, or null when the row is outside LLR.
 */
export function placeInLlr(lsoaCode: string | null, placement: Placement, areas: LlrAreas): PlacedRow | null {
  const lsoa = lsoaCode ? areas.lsoas.get(lsoaCode) : undefined;
  const decidedByLsoa = lsoaCode !== null && areas.lsoas.size > 0;
  if (decidedByLsoa && !lsoa) return null;
  if (!decidedByLsoa && !placement.districtCode) return null;
  const placed: PlacedRow = {
    easting: placement.easting,
    northing: placement.northing,
    lsoa11Code: placement.lsoa11Code,
    lsoa21Code: placement.lsoa21Code,
    wardCode: placement.wardCode,
    districtCode: placement.districtCode,
    cspCode: placement.cspCode,
    npaCode: placement.npaCode,
  };
  if (!lsoa || !lsoaCode) return placed;
  if (lsoa.vintages.has(2011)) placed.lsoa11Code = lsoaCode;
  if (lsoa.vintages.has(2021)) placed.lsoa21Code = lsoaCode;
  if (placement.districtCode !== lsoa.districtCode) {
    const district = areas.districts.get(lsoa.districtCode);
    placed.districtCode = lsoa.districtCode;
    placed.wardCode = null;
    placed.cspCode = district?.cspCode ?? null;
    placed.npaCode = district?.npaCode ?? null;
  }
  return placed;
}
