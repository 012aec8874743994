/**
 * police.uk street-level CSV files ("<YYYY-MM>-<force>-street.csv" from data.police.uk): the
 * header, one row's validation and classification, and the deterministic identity of an ASB row.
 * Pure: no I/O.
 *
 * Facts the rules rest on (data/SOURCES.md §1, checked in every file): the twelve columns below,
 * in this order; ASB rows have no Crime ID and no outcome; rows without a location (empty
 * Longitude, Latitude and LSOA) are always crimes; months are YYYY-MM; files are CRLF or LF.
 * ASB proxy crime types: LLR ASB Action Plan 2026–2029 §2.6 note 2 and §2.10 (Public Order,
 * Criminal Damage, Harassment — harassment is inside police.uk's "Violence and sexual offences").
 */
import { createHash } from 'node:crypto';

/** The police.uk street-level columns, exactly, in order. */
export const POLICE_UK_COLUMNS = [
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
  'Crime type',
  'Last outcome category',
  'Context',
] as const;

const COL = { crimeId: 0, month: 1, lon: 4, lat: 5, location: 6, lsoaCode: 7, crimeType: 9, outcome: 10 } as const;

export const ASB_CRIME_TYPE = 'Anti-social behaviour';

/** Every crime type police.uk publishes in street-level files (data.police.uk category names). */
export const POLICE_UK_CRIME_TYPES: readonly string[] = [
  ASB_CRIME_TYPE,
  'Bicycle theft',
  'Burglary',
  'Criminal damage and arson',
  'Drugs',
  'Other crime',
  'Other theft',
  'Possession of weapons',
  'Public order',
  'Robbery',
  'Shoplifting',
  'Theft from the person',
  'Vehicle crime',
  'Violence and sexual offences',
];

/** Crime types counted as ASB proxies unless configured otherwise (action plan §2.10). */
export const DEFAULT_ASB_PROXY_CRIME_TYPES: readonly string[] = [
  'Public order',
  'Criminal damage and arson',
  'Violence and sexual offences',
];

/**
 * Checks the first line of a file. @returns null when it is exactly the police.uk header
 * (a UTF-8 byte order mark before the first name is tolerated), else the reason in plain words.
 */
export function checkHeader(fields: readonly string[]): string | null {
  const names = fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, '') : f));
  const expected = POLICE_UK_COLUMNS.join(', ');
  if (names.length !== POLICE_UK_COLUMNS.length) {
    return `The first line has ${names.length} ${names.length === 1 ? 'column' : 'columns'}, but a police.uk street-level file has ${POLICE_UK_COLUMNS.length}: ${expected}`;
  }
  const i = POLICE_UK_COLUMNS.findIndex((c, k) => names[k] !== c);
  if (i >= 0) {
    return `Column ${i + 1} is headed "${names[i]}" but should be "${POLICE_UK_COLUMNS[i]}". A police.uk street-level file starts: ${expected}`;
  }
  return null;
}

/** One valid police.uk row, classified. */
export interface PoliceUkRow {
  kind: 'asb' | 'crime';
  /** Null for ASB rows (police.uk publishes no ID for them). */
  crimeId: string | null;
  /** Calendar month, YYYY-MM. */
  month: string;
  /** First day of the month, YYYY-MM-DD (the `month` date column). */
  monthStart: string;
  /** WGS84 degrees; both null when the row has no location. */
  longitude: number | null;
  latitude: number | null;
  /** police.uk's anonymised snap point, e.g. "On or near Hobill Close". */
  location: string | null;
  lsoaCode: string | null;
  crimeType: string;
  /** True for a crime whose type is one of the configured ASB proxies; false for ASB rows. */
  asbProxy: boolean;
  outcome: string | null;
}

export type RowResult = { ok: true; row: PoliceUkRow } | { ok: false; reason: string };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function coordinate(text: string, name: 'Longitude' | 'Latitude', limit: number): number | string {
  if (!DECIMAL.test(text)) return `${name} is not a number`;
  const value = Number(text);
  if (Math.abs(value) > limit) return `${name} is not between -${limit} and ${limit}`;
  return value;
}

const empty = (s: string | undefined): string | null => (s === undefined || s.trim() === '' ? null : s.trim());

/**
 * Validates and classifies one data row (the fields of a record with the header's twelve
 * columns). ASB rows are `Anti-social behaviour`; every other crime type is a crime, an ASB
 * proxy when its type is in `proxyTypes`. @returns the row, or the first reason it is invalid:
 * "Month is not YYYY-MM", "Longitude is not a number", "Latitude is empty", "Crime type is empty".
 */
export function readRow(fields: readonly string[], proxyTypes: ReadonlySet<string>): RowResult {
  const month = (fields[COL.month] ?? '').trim();
  if (!MONTH.test(month)) return { ok: false, reason: 'Month is not YYYY-MM' };
  const crimeType = empty(fields[COL.crimeType]);
  if (!crimeType) return { ok: false, reason: 'Crime type is empty' };
  const lonText = empty(fields[COL.lon]);
  const latText = empty(fields[COL.lat]);
  let longitude: number | null = null;
  let latitude: number | null = null;
  if (lonText !== null || latText !== null) {
    if (lonText === null) return { ok: false, reason: 'Longitude is empty' };
    if (latText === null) return { ok: false, reason: 'Latitude is empty' };
    const lon = coordinate(lonText, 'Longitude', 180);
    if (typeof lon === 'string') return { ok: false, reason: lon };
    const lat = coordinate(latText, 'Latitude', 90);
    if (typeof lat === 'string') return { ok: false, reason: lat };
    longitude = lon;
    latitude = lat;
  }
  const asb = crimeType === ASB_CRIME_TYPE;
  const crimeId = empty(fields[COL.crimeId]);
  if (!asb && crimeId === null) return { ok: false, reason: 'Crime ID is empty (police.uk gives every crime one)' };
  return {
    ok: true,
    row: {
      kind: asb ? 'asb' : 'crime',
      crimeId,
      month,
      monthStart: `${month}-01`,
      longitude,
      latitude,
      location: empty(fields[COL.location]),
      lsoaCode: empty(fields[COL.lsoaCode]),
      crimeType,
      asbProxy: !asb && proxyTypes.has(crimeType),
      outcome: empty(fields[COL.outcome]),
    },
  };
}

/**
 * Gives ASB rows of one file their source ids. police.uk publishes no ID for ASB, so the id is
 * `month|longitude|latitude|LSOA code|n`, where n (from 1) counts identical rows (same month,
 * point and LSOA) in file order. The same file therefore always yields the same ids, and
 * importing it again adds nothing. Numbers are written canonically (`-1.2100` → `-1.21`). An
 * ASB row that does carry a Crime ID uses that instead. Use one instance per file.
 */
export class AsbSourceIds {
  private readonly seen = new Map<string, number>();

  next(row: Pick<PoliceUkRow, 'crimeId' | 'month' | 'longitude' | 'latitude' | 'lsoaCode'>): string {
    if (row.crimeId) return row.crimeId;
    const key = `${row.month}|${row.longitude ?? ''}|${row.latitude ?? ''}|${row.lsoaCode ?? ''}`;
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    return `${key}|${n}`;
  }
}

/**
 * The incident reference of a police.uk ASB row: `PUK-YYYY-MM-` and the first 10 hex digits of
 * the SHA-256 of its source id. Deterministic, so every database gives the same row the same
 * reference; 40 bits make a clash within one month's ~1,500 rows about one in a million.
 */
export function policeUkReference(month: string, sourceId: string): string {
  const digest = createHash('sha256').update(sourceId).digest('hex').slice(0, 10).toUpperCase();
  return `PUK-${month}-${digest}`;
}

/**
 * Parses a configured list of proxy crime types (comma-separated police.uk names, any case).
 * @returns the canonical names, or the first unknown name as an error.
 */
export function parseCrimeTypeList(text: string): { ok: true; types: string[] } | { ok: false; unknown: string } {
  const types: string[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const known = POLICE_UK_CRIME_TYPES.find((t) => t.toLowerCase() === part.toLowerCase());
    if (!known || known === ASB_CRIME_TYPE) return { ok: false, unknown: part };
    if (!types.includes(known)) types.push(known);
  }
  return { ok: true, types };
}

/** True for a police.uk street-level file name such as `2020-01-leicestershire-street.csv`. */
export function isStreetFileName(name: string): boolean {
  return /-street\.csv$/i.test(name);
}
