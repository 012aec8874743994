/**
 * Bulk writes for the police.uk import: rows are staged in memory as arrays, then inserted
 * BATCH_ROWS at a time with one statement per batch whose single parameter is the batch as a
 * JSON array of arrays (`INSERT … SELECT … FROM jsonb_array_elements($1::jsonb)`). No per-row
 * round trips; the serialisation is the engine's native JSON.stringify, and the same SQL runs
 * on PGlite and PostgreSQL 15. Rows already stored are left alone (`ON CONFLICT DO NOTHING`),
 * so importing a file again adds nothing.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PlacedRow } from '../../domain/imports/llr-area.js';
import type { PoliceUkRow } from '../../domain/imports/police-uk.js';

/** Rows per INSERT statement. */
export const BATCH_ROWS = 5000;

type Cell = string | number | boolean | null;

const place = (row: PoliceUkRow, p: PlacedRow): Cell[] => [
  row.location,
  row.latitude,
  row.longitude,
  p.easting,
  p.northing,
  p.lsoa11Code,
  p.lsoa21Code,
  p.wardCode,
  p.districtCode,
  p.cspCode,
  p.npaCode,
];

const PLACE_COLUMNS = sql.raw(
  'location_text, latitude, longitude, easting, northing, lsoa11_code, lsoa21_code, ward_code, district_code, csp_code, npa_code',
);
/** The place cells of a staged row, from position `at` on. */
const placeValues = (at: number) =>
  sql.raw(
    `r->>${at}, (r->>${at + 1})::float8, (r->>${at + 2})::float8, (r->>${at + 3})::int, (r->>${at + 4})::int, ` +
      [5, 6, 7, 8, 9, 10].map((k) => `r->>${at + k}`).join(', '),
  );

/** ASB rows bound for `incidents` (source 'police.uk', no organisation). */
export class StagedIncidents {
  private readonly rows: Cell[][] = [];

  get length(): number {
    return this.rows.length;
  }

  add(reference: string, sourceId: string, row: PoliceUkRow, placed: PlacedRow): void {
    this.rows.push([reference, sourceId, row.monthStart, ...place(row, placed)]);
  }

  /** Inserts rows [from, to). @returns how many were new. */
  async insert(trx: Transaction<Database>, from: number, to: number): Promise<number> {
    const { rows } = await sql<{ added: number }>`
      WITH ins AS (
        INSERT INTO incidents (reference, source, source_id, month, ${PLACE_COLUMNS})
        SELECT r->>0, 'police.uk', r->>1, (r->>2)::date, ${placeValues(3)}
        FROM jsonb_array_elements(${JSON.stringify(this.rows.slice(from, to))}::jsonb) AS r
        ON CONFLICT DO NOTHING
        RETURNING 1)
      SELECT count(*)::int AS added FROM ins`.execute(trx);
    return Number(rows[0]?.added ?? 0);
  }
}

/** Crime rows bound for `police_crimes`, keyed by Crime ID. */
export class StagedCrimes {
  private readonly rows: Cell[][] = [];

  get length(): number {
    return this.rows.length;
  }

  add(row: PoliceUkRow & { crimeId: string }, placed: PlacedRow): void {
    this.rows.push([row.crimeId, row.monthStart, row.crimeType, row.asbProxy, row.outcome, ...place(row, placed)]);
  }

  /** Inserts rows [from, to). @returns how many were new, and how many of those are ASB proxies. */
  async insert(trx: Transaction<Database>, from: number, to: number): Promise<{ added: number; proxies: number }> {
    const { rows } = await sql<{ added: number; proxies: number }>`
      WITH ins AS (
        INSERT INTO police_crimes (crime_id, month, crime_type, asb_proxy, outcome, ${PLACE_COLUMNS})
        SELECT r->>0, (r->>1)::date, r->>2, (r->>3)::boolean, r->>4, ${placeValues(5)}
        FROM jsonb_array_elements(${JSON.stringify(this.rows.slice(from, to))}::jsonb) AS r
        ON CONFLICT (crime_id) DO NOTHING
        RETURNING asb_proxy)
      SELECT count(*)::int AS added, (count(*) FILTER (WHERE asb_proxy))::int AS proxies FROM ins`.execute(trx);
    return { added: Number(rows[0]?.added ?? 0), proxies: Number(rows[0]?.proxies ?? 0) };
  }
}
