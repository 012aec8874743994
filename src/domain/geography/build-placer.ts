/**
 * Builds a Placer (placement.ts) from boundaries already in memory. Pure: no I/O; the service
 * layer (services/geography/placer.ts) reads the boundaries from the database.
 *
 * Rules (DESIGN.md §3, "derived at write time"):
 * - LSOA 2011, LSOA 2021 and ward are the areas whose polygon contains the point.
 * - District is the district of the containing LSOA (2021, then 2011), else of the containing
 *   ward, else the district polygon containing the point. The small areas come first because
 *   they are the finest boundaries loaded, and a point in an LSOA is in that LSOA's district by
 *   definition (ONS LSOAs nest in local authority districts).
 * - CSP is the district's CSP (`districts.csp_code`).
 * - NPA comes from `npa_mappings`: a ward mapping wins over a district mapping.
 * With no boundaries at all, every area is null and only the grid reference is given.
 */
import { toBritishNationalGrid } from './bng.js';
import { buildPolygonIndex, type AreaGeometry } from './polygon-index.js';
import type { Placement, Placer } from './placement.js';

/** A small area (LSOA or ward) that nests in one district. */
export interface SmallAreaBoundary {
  code: string;
  districtCode: string;
  geometry: AreaGeometry;
}

/** A district; its polygon may be missing when only the reference row is loaded. */
export interface DistrictBoundary {
  code: string;
  cspCode: string | null;
  geometry: AreaGeometry | null;
}

/** One row of `npa_mappings`. */
export interface NpaMapping {
  areaType: 'district' | 'ward';
  areaCode: string;
  npaCode: string;
}

/** Everything a Placer needs, in WGS84 degrees. Any list may be empty. */
export interface Boundaries {
  districts: readonly DistrictBoundary[];
  wards: readonly SmallAreaBoundary[];
  lsoa11: readonly SmallAreaBoundary[];
  lsoa21: readonly SmallAreaBoundary[];
  npaMappings: readonly NpaMapping[];
}

/**
 * Indexes the boundaries and returns a synchronous Placer.
 * @returns `(lat, lon) => Placement`, with lat/lon in WGS84 degrees; easting/northing in whole
 *   metres (EPSG:27700); area codes are GSS codes, CSP and NPA codes are Concord's codes (llr.ts).
 *   The Placer throws RangeError for a non-finite latitude or longitude.
 */
export function buildPlacer(boundaries: Boundaries): Placer {
  const small = (areas: readonly SmallAreaBoundary[]) => buildPolygonIndex(areas.map((a) => ({ geometry: a.geometry, value: a })));
  const lsoa21 = small(boundaries.lsoa21);
  const lsoa11 = small(boundaries.lsoa11);
  const wards = small(boundaries.wards);
  const districts = buildPolygonIndex(boundaries.districts.flatMap((d) => (d.geometry ? [{ geometry: d.geometry, value: d.code }] : [])));
  const cspByDistrict = new Map(boundaries.districts.map((d) => [d.code, d.cspCode]));
  const npaByWard = new Map<string, string>();
  const npaByDistrict = new Map<string, string>();
  for (const m of boundaries.npaMappings) {
    (m.areaType === 'ward' ? npaByWard : npaByDistrict).set(m.areaCode, m.npaCode);
  }

  return (lat: number, lon: number): Placement => {
    const { easting, northing } = toBritishNationalGrid(lat, lon);
    const l21 = lsoa21.find(lon, lat);
    const l11 = lsoa11.find(lon, lat);
    const ward = wards.find(lon, lat);
    const districtCode = l21?.districtCode ?? l11?.districtCode ?? ward?.districtCode ?? districts.find(lon, lat);
    const wardNpa = ward ? npaByWard.get(ward.code) : undefined;
    return {
      easting,
      northing,
      lsoa11Code: l11?.code ?? null,
      lsoa21Code: l21?.code ?? null,
      wardCode: ward?.code ?? null,
      districtCode,
      cspCode: districtCode ? (cspByDistrict.get(districtCode) ?? null) : null,
      npaCode: wardNpa ?? (districtCode ? (npaByDistrict.get(districtCode) ?? null) : null),
    };
  };
}
