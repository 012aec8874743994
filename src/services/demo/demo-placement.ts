/**
 * Place columns for the demo incidents. With boundaries loaded, each point goes through the
 * Placer (grid reference, LSOAs, ward, district, CSP, NPA) and a point the Placer puts outside
 * its intended district is drawn again (the scatter around a centre can cross a boundary).
 * Without boundaries the Placer gives only the grid reference, and district, CSP and NPA are
 * set from the district the point was drawn for (llr.ts defaults).
 */
import type { PlaceColumns } from '../../db/schema.js';
import { LLR_DISTRICTS } from '../../domain/geography/llr.js';
import type { Placement, Placer } from '../../domain/geography/placement.js';
import { centreOf, DEMO_DISTRICTS, pointIn, type DemoPoint } from './demo-places.js';
import type { Random } from './prng.js';

/** Scatter attempts before a point falls back to its district's main centre. */
const ATTEMPTS = 6;

const DISTRICT_DEFAULTS = new Map(LLR_DISTRICTS.map((d) => [d.code, d]));

function columns(point: DemoPoint, placement: Placement | null): PlaceColumns {
  const fallback = DISTRICT_DEFAULTS.get(point.districtCode);
  const placed = placement?.districtCode === point.districtCode;
  return {
    location_text: point.locationText,
    latitude: point.lat,
    longitude: point.lon,
    easting: placement?.easting ?? null,
    northing: placement?.northing ?? null,
    lsoa11_code: placed ? placement.lsoa11Code : null,
    lsoa21_code: placed ? placement.lsoa21Code : null,
    ward_code: placed ? placement.wardCode : null,
    district_code: point.districtCode,
    csp_code: placed ? placement.cspCode : (fallback?.cspCode ?? null),
    npa_code: placed ? placement.npaCode : (fallback?.npaCode ?? null),
  };
}

/**
 * Place columns for each distinct point (points shared by a repeat victim's incidents are
 * placed once). A point that lands outside its district is moved, in place, so every incident
 * sharing it moves with it.
 */
export function placePoints(rng: Random, points: Iterable<DemoPoint>, placer: Placer | null): Map<DemoPoint, PlaceColumns> {
  const placed = new Map<DemoPoint, PlaceColumns>();
  const first = DEMO_DISTRICTS[0]!.centres[0]!;
  const knowsDistricts = placer !== null && placer(first.lat, first.lon).districtCode !== null;
  for (const point of points) {
    if (placed.has(point)) continue;
    if (!placer) {
      placed.set(point, columns(point, null));
      continue;
    }
    let placement = placer(point.lat, point.lon);
    const district = DEMO_DISTRICTS.find((d) => d.code === point.districtCode)!;
    for (let i = 0; knowsDistricts && placement.districtCode !== point.districtCode && i <= ATTEMPTS; i++) {
      Object.assign(point, i < ATTEMPTS ? pointIn(rng, district) : centreOf(rng, district));
      placement = placer(point.lat, point.lon);
    }
    placed.set(point, columns(point, placement));
  }
  return placed;
}
