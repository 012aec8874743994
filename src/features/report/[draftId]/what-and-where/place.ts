/**
 * Where the incident happened: a place picked from the gazetteer (a radio whose value carries
 * its point and name), a point clicked on the map (hidden `lat`/`lon` fields set by the page's
 * script), or a typed address. The district is chosen by hand when there is no point, or when
 * no boundaries are loaded to find it from the point.
 */
import type { GazetteerPlace } from '../../../../services/geography/search-places.js';
import { asText } from '../../_shared/report-page.js';

export interface PlaceValue {
  lat: number | null;
  lon: number | null;
  /** The gazetteer name or "Point chosen on the map"; null for an address alone. */
  label: string | null;
  address: string | null;
  /** Chosen by hand; null to derive it from the point. */
  districtCode: string | null;
}

export interface PlaceContext {
  districtCodes: readonly string[];
  boundariesLoaded: boolean;
}

/** LLR lies well inside these; a point outside is a mistake, not a place. */
const BOUNDS = { minLat: 49.8, maxLat: 61, minLon: -8.7, maxLon: 2 };

export const MAP_LABEL = 'Point chosen on the map';

/** A gazetteer place as a radio value: "lat,lon|label". */
export function placeChoiceValue(p: Pick<GazetteerPlace, 'lat' | 'lon' | 'label'>): string {
  return `${p.lat.toFixed(6)},${p.lon.toFixed(6)}|${p.label}`;
}

function point(lat: string, lon: string): { lat: number; lon: number } | null {
  if (!lat || !lon) return null;
  const la = Number(lat);
  const lo = Number(lon);
  const ok =
    Number.isFinite(la) && Number.isFinite(lo) && la >= BOUNDS.minLat && la <= BOUNDS.maxLat && lo >= BOUNDS.minLon && lo <= BOUNDS.maxLon;
  return ok ? { lat: la, lon: lo } : null;
}

/** The point and name a place radio carries, or null when it is not one of ours. */
export function fromChoice(value: string): { lat: number; lon: number; label: string } | null {
  const m = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)\|(.+)$/s.exec(value);
  const p = m ? point(m[1]!, m[2]!) : null;
  return p && { ...p, label: m![3]!.slice(0, 200) };
}

/**
 * The values to keep once a place radio is chosen: its point and name go into the hidden
 * fields, so the choice survives the search results going away.
 */
export function settlePlace(values: Record<string, unknown>): Record<string, unknown> {
  const chosen = fromChoice(asText(values.placeChoice));
  if (!chosen) return values;
  return { ...values, lat: String(chosen.lat), lon: String(chosen.lon), placeLabel: chosen.label, placeChoice: '' };
}

/** Reads the place; `issues` name the field ids with GOV.UK messages. */
export function readPlace(
  values: Record<string, unknown>,
  ctx: PlaceContext,
): { place: PlaceValue; issues: { field: string; message: string }[] } {
  const settled = settlePlace(values);
  const p = point(asText(settled.lat), asText(settled.lon));
  const address = asText(values.address) || null;
  const district = asText(values.district) || null;
  const issues: { field: string; message: string }[] = [];
  if (!p && !address)
    issues.push({ field: 'placeQuery', message: 'Enter where the incident happened: find a place, click on the map or type an address' });
  if (address && address.length > 300) issues.push({ field: 'address', message: 'Address must be 300 characters or fewer' });
  if (district && !ctx.districtCodes.includes(district)) issues.push({ field: 'district', message: 'Select a district from the list' });
  if (!district && (address || p) && (!p || !ctx.boundariesLoaded))
    issues.push({ field: 'district', message: 'Select the district where it happened' });
  const label = p ? asText(settled.placeLabel).slice(0, 200) || MAP_LABEL : null;
  return { place: { lat: p?.lat ?? null, lon: p?.lon ?? null, label, address, districtCode: district }, issues };
}
