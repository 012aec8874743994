/**
 * Bulk writes for the police.uk import: staged rows go in with one statement per batch whose
 * single parameter is the batch as a JSON array of arrays (`INSERT … SELECT … FROM
 * jsonb_array_elements($1::jsonb)`), so there are no per-row round trips and the same SQL runs
 * on PGlite and PostgreSQL 15. Rows already stored are left alone (`ON CONFLICT DO NOTHING`).
 * Also the import's `import_runs` record. Open data, written by the importer in its own
 * transaction (the caller's); not scoped.
 */
import { sql } from 'kysely';
import type { Executor } from './audit-log.js';

/** One JSON cell of a staged row. */
export type Cell = string | number | boolean | null;

/**
 * The place cells of a staged row, in this order: location text, latitude, longitude (degrees),
 * easting, northing (BNG metres), LSOA 2011, LSOA 2021, ward, district, CSP and NPA codes.
 */
export type PlaceCells = [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell];

/** An ASB row bound for `incidents`: reference, source id, month start (YYYY-MM-DD), then the place. */
export type StagedIncidentCells = [string, string, string, ...PlaceCells];

/** A crime bound for `police_crimes`: Crime ID, month start, crime type, ASB proxy?, outcome, then the place. */
export type StagedCrimeCells = [string, string, string, boolean, string | null, ...PlaceCells];

const PLACE_COLUMNS = sql.raw(
  'location_text, latitude, longitude, easting, northing, lsoa11_code, lsoa21_code, ward_code, district_code, csp_code, npa_code',
);
/** The place cells of a staged row, from position `at` on. */
const placeValues = (at: number) =>
  sql.raw(
    `r->>${at}, (r->>${at + 1})::float8, (r->>${at + 2})::float8, (r->>${at + 3})::int, (r->>${at + 4})::int, ` +
      [5, 6, 7, 8, 9, 10].map((k) => `r->>${at + k}`).join(', '),
  );

/** Inserts the rows as police.uk incidents (source 'police.uk', no organisation). @returns how many were new. */
export async function insertPoliceUkIncidents(db: Executor, rows: readonly StagedIncidentCells[]): Promise<number> {
  const { rows: out } = await sql<{ added: number }>`
      WITH ins AS (
        INSERT INTO incidents (reference, source, source_id, month, ${PLACE_COLUMNS})
        SELECT r->>0, 'police.uk', r->>1, (r->>2)::date, ${placeValues(3)}
        FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) AS r
        ON CONFLICT DO NOTHING
        RETURNING 1)
      SELECT count(*)::int AS added FROM ins`.execute(db);
  return Number(out[0]?.added ?? 0);
}

/** Inserts the rows into `police_crimes` (keyed by Crime ID). @returns how many were new, and how many of those are ASB proxies. */
export async function insertPoliceCrimes(db: Executor, rows: readonly StagedCrimeCells[]): Promise<{ added: number; proxies: number }> {
  const { rows: out } = await sql<{ added: number; proxies: number }>`
      WITH ins AS (
        INSERT INTO police_crimes (crime_id, month, crime_type, asb_proxy, outcome, ${PLACE_COLUMNS})
        SELECT r->>0, (r->>1)::date, r->>2, (r->>3)::boolean, r->>4, ${placeValues(5)}
        FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) AS r
        ON CONFLICT (crime_id) DO NOTHING
        RETURNING asb_proxy)
      SELECT count(*)::int AS added, (count(*) FILTER (WHERE asb_proxy))::int AS proxies FROM ins`.execute(db);
  return { added: Number(out[0]?.added ?? 0), proxies: Number(out[0]?.proxies ?? 0) };
}

/** What one import file did, as `import_runs` keeps it (counts; `summary` holds no row content). */
export interface ImportRunValues {
  source: string;
  fileName: string;
  /** SHA-256 of the file, hex. */
  fileSha256: string;
  rowsRead: number;
  incidentsAdded: number;
  crimesAdded: number;
  outsideArea: number;
  rejected: number;
  summary: Record<string, unknown>;
  importedBy: string | null;
}

/** Records an import run. @returns its id. */
export async function insertImportRun(db: Executor, run: ImportRunValues): Promise<{ id: string }> {
  return db
    .insertInto('import_runs')
    .values({
      source: run.source,
      file_name: run.fileName,
      file_sha256: run.fileSha256,
      rows_read: run.rowsRead,
      incidents_added: run.incidentsAdded,
      crimes_added: run.crimesAdded,
      outside_area: run.outsideArea,
      rejected: run.rejected,
      summary: JSON.stringify(run.summary),
      imported_by: run.importedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
