/**
 * Staging for the police.uk import's bulk writes: rows are kept in memory as arrays in the
 * column order police-uk-import.ts expects, then inserted BATCH_ROWS at a time with one
 * statement per batch (no per-row round trips). Rows already stored are left alone, so
 * importing a file again adds nothing.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  insertPoliceCrimes,
  insertPoliceUkIncidents,
  type PlaceCells,
  type StagedCrimeCells,
  type StagedIncidentCells,
} from '../../db/repositories/police-uk-import.js';
import type { PlacedRow } from '../../domain/imports/llr-area.js';
import type { PoliceUkRow } from '../../domain/imports/police-uk.js';

/** Rows per INSERT statement. */
export const BATCH_ROWS = 5000;

const place = (row: PoliceUkRow, p: PlacedRow): PlaceCells => [
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

/** ASB rows bound for `incidents` (source 'police.uk', no organisation). */
export class StagedIncidents {
  private readonly rows: StagedIncidentCells[] = [];

  get length(): number {
    return this.rows.length;
  }

  add(reference: string, sourceId: string, row: PoliceUkRow, placed: PlacedRow): void {
    this.rows.push([reference, sourceId, row.monthStart, ...place(row, placed)]);
  }

  /** Inserts rows [from, to). @returns how many were new. */
  async insert(trx: Transaction<Database>, from: number, to: number): Promise<number> {
    return insertPoliceUkIncidents(trx, this.rows.slice(from, to));
  }
}

/** Crime rows bound for `police_crimes`, keyed by Crime ID. */
export class StagedCrimes {
  private readonly rows: StagedCrimeCells[] = [];

  get length(): number {
    return this.rows.length;
  }

  add(row: PoliceUkRow & { crimeId: string }, placed: PlacedRow): void {
    this.rows.push([row.crimeId, row.monthStart, row.crimeType, row.asbProxy, row.outcome, ...place(row, placed)]);
  }

  /** Inserts rows [from, to). @returns how many were new, and how many of those are ASB proxies. */
  async insert(trx: Transaction<Database>, from: number, to: number): Promise<{ added: number; proxies: number }> {
    return insertPoliceCrimes(trx, this.rows.slice(from, to));
  }
}
