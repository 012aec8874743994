/**
 * Default ward → neighbourhood policing area mappings for Leicester.
 *
 * LOCAL / UNVERIFIED default, editable in `npa_mappings`: police.uk publishes the Leicester
 * neighbourhoods (NC/NE/NS/NW prefixes) without a ward lookup (data/SOURCES.md §6), but most
 * of them carry the name of a city ward ("Westcotes", "Humberstone and Hamilton"). Where a
 * Leicester ward's name matches a neighbourhood's name exactly (ignoring case, punctuation and
 * "&" versus "and"), the ward is mapped to that neighbourhood's NPA. Other wards (for example
 * Castle, Saffron, Troon, Wycliffe in 2025) keep the district mapping.
 */
import { NEIGHBOURHOOD_PREFIX_NPA } from './llr.js';

export const LEICESTER_DISTRICT = 'E06000016';

/** A ward as the loader knows it. */
export interface WardName {
  code: string;
  name: string;
  districtCode: string;
}

/** A police.uk neighbourhood: id (e.g. "NE12") and name. */
export interface NeighbourhoodName {
  code: string;
  name: string;
}

/**
 * The NPA a police.uk neighbourhood belongs to, from its id prefix (llr.ts), or null for an
 * unknown prefix. E.g. "NW03" → "leicester-west".
 */
export function npaForNeighbourhood(code: string): string | null {
  return NEIGHBOURHOOD_PREFIX_NPA[code.slice(0, 2).toUpperCase()] ?? null;
}

/** Lower-case, "&" read as "and", punctuation dropped, spaces collapsed. */
export function normaliseAreaName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Derives ward → NPA mappings for Leicester wards named like a Leicester neighbourhood.
 * @returns one `{ areaType: 'ward', areaCode, npaCode }` per matched ward, in ward order
 */
export function deriveLeicesterWardNpas(
  wards: readonly WardName[],
  neighbourhoods: readonly NeighbourhoodName[],
): { areaType: 'ward'; areaCode: string; npaCode: string }[] {
  const npaByName = new Map<string, string>();
  for (const n of neighbourhoods) {
    const npa = npaForNeighbourhood(n.code);
    if (npa?.startsWith('leicester-')) npaByName.set(normaliseAreaName(n.name), npa);
  }
  return wards.flatMap((w) => {
    const npa = w.districtCode === LEICESTER_DISTRICT ? npaByName.get(normaliseAreaName(w.name)) : undefined;
    return npa ? [{ areaType: 'ward' as const, areaCode: w.code, npaCode: npa }] : [];
  });
}
