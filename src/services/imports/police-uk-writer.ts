/**
 * Bulk writes for the police.uk import: rows are staged column by column in memory, then
 * inserted a few thousand at a time with one `INSERT … SELECT FROM unnest($1::text[], …)`
 * statement per batch (no per-row round trips; same SQL on PGlite and PostgreSQL 15).
 * Existing rows are left alone (`ON CONFLICT DO NOTHING`), so importing a file again adds
 * nothing.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PlacedRow } from '../../domain/imports/llr-area.js';
import type { PoliceUkRow } from '../../domain/imports/police-uk.js';

/** Rows per INSERT statement. */
export const BATCH_ROWS = 5000;

/** Place columns shared by incidents and police_crimes, as parallel arrays. */
class PlaceColumns {
  location: (string | null)[] = [];
  latitude: (number | null)[] = [];
  longitude: (number | null)[] = [];
  easting: number[] = [];
  northing: number[] = [];
  lsoa11: (string | null)[] = [];
  lsoa21: (string | null)[] = [];
  ward: (string | null)[] = [];
  district: (string | null)[] = [];
  csp: (string | null)[] = [];
  npa: (string | null)[] = [];

  protected pushPlace(row: PoliceUkRow, p: PlacedRow): void {
    this.location.push(row.location);
    this.latitude.push(row.latitude);
    this.longitude.push(row.longitude);
    this.easting.push(p.easting);
    this.northing.push(p.northing);
    this.lsoa11.push(p.lsoa11Code);
    this.lsoa21.push(p.lsoa21Code);
    this.ward.push(p.wardCode);
    this.district.push(p.districtCode);
    this.csp.push(p.cspCode);
    this.npa.push(p.npaCode);
  }

  protected place(from: number, to: number): unknown[] {
    return [this.location, this.latitude, this.longitude, this.easting, this.northing, this.lsoa11, this.lsoa21, this.ward, this.district, this.csp, this.npa].map(
      (c) => c.slice(from, to),
    );
  }
}

const PLACE_COLUMNS = sql.raw(
  'location_text, latitude, longitude, easting, northing, lsoa11_code, lsoa21_code, ward_code, district_code, csp_code, npa_code',
);
const placeArrays = (p: unknown[]) =>
  sql`${p[0]}::text[], ${p[1]}::float8[], ${p[2]}::float8[], ${p[3]}::int[], ${p[4]}::int[], ${p[5]}::text[], ${p[6]}::text[], ${p[7]}::text[], ${p[8]}::text[], ${p[9]}::text[], ${p[10]}::text[]`;

/** ASB rows bound for `incidents` (source 'police.uk', no organisation). */
export class StagedIncidents extends PlaceColumns {
  reference: string[] = [];
  sourceId: string[] = [];
  month: string[] = [];

  get length(): number {
    return this.reference.length;
  }

  add(reference: string, sourceId: string, row: PoliceUkRow, placed: PlacedRow): void {
    this.reference.push(reference);
    this.sourceId.push(sourceId);
    this.month.push(row.monthStart);
    this.pushPlace(row, placed);
  }

  /** Inserts rows [from, to). @returns how many were new. */
  async insert(trx: Transaction<Database>, from: number, to: number): Promise<number> {
    const { rows } = await sql<{ added: number }>`
      WITH ins AS (
        INSERT INTO incidents (reference, source, source_id, month, ${PLACE_COLUMNS})
        SELECT reference, 'police.uk', source_id, month, ${PLACE_COLUMNS}
        FROM unnest(${this.reference.slice(from, to)}::text[], ${this.sourceId.slice(from, to)}::text[],
                    ${this.month.slice(from, to)}::date[], ${placeArrays(this.place(from, to))})
          AS u(reference, source_id, month, ${PLACE_COLUMNS})
        ON CONFLICT DO NOTHING
        RETURNING 1)
      SELECT count(*)::int AS added FROM ins`.execute(trx);
    return Number(rows[0]?.added ?? 0);
  }
}

/** Crime rows bound for `police_crimes`, keyed by Crime ID. */
export class StagedCrimes extends PlaceColumns {
  crimeId: string[] = [];
  month: string[] = [];
  crimeType: string[] = [];
  asbProxy: boolean[] = [];
  outcome: (string | null)[] = [];

  get length(): number {
    return this.crimeId.length;
  }

  add(row: PoliceUkRow & { crimeId: string }, placed: PlacedRow): void {
    this.crimeId.push(row.crimeId);
    this.month.push(row.monthStart);
    this.crimeType.push(row.crimeType);
    this.asbProxy.push(row.asbProxy);
    this.outcome.push(row.outcome);
    this.pushPlace(row, placed);
  }

  /** Inserts rows [from, to). @returns how many were new, and how many of those are ASB proxies. */
  async insert(trx: Transaction<Database>, from: number, to: number): Promise<{ added: number; proxies: number }> {
    const { rows } = await sql<{ added: number; proxies: number }>`
      WITH ins AS (
        INSERT INTO police_crimes (crime_id, month, crime_type, asb_proxy, outcome, ${PLACE_COLUMNS})
        SELECT crime_id, month, crime_type, asb_proxy, outcome, ${PLACE_COLUMNS}
        FROM unnest(${this.crimeId.slice(from, to)}::text[], ${this.month.slice(from, to)}::date[],
                    ${this.crimeType.slice(from, to)}::text[], ${this.asbProxy.slice(from, to)}::boolean[],
                    ${this.outcome.slice(from, to)}::text[], ${placeArrays(this.place(from, to))})
          AS u(crime_id, month, crime_type, asb_proxy, outcome, ${PLACE_COLUMNS})
        ON CONFLICT (crime_id) DO NOTHING
        RETURNING asb_proxy)
      SELECT count(*)::int AS added, (count(*) FILTER (WHERE asb_proxy))::int AS proxies FROM ins`.execute(trx);
    return { added: Number(rows[0]?.added ?? 0), proxies: Number(rows[0]?.proxies ?? 0) };
  }
}
