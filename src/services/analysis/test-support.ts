/**
 * Test support for the analysis tests (not used by the app): incidents and LSOA boundaries
 * written straight into the database, marked synthetic.
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, IncidentSource } from '../../db/schema.js';

export const LEICESTER = 'E06000016';
export const RUTLAND = 'E06000017';
export const BLABY = 'E07000129';
export const CHARNWOOD = 'E07000130';

export interface IncidentSpec {
  source: IncidentSource;
  /** YYYY-MM */
  month: string;
  district?: string | null;
  organisationId?: string | null;
  category?: string | null;
  lsoa11?: string | null;
  lsoa21?: string | null;
}

/** Inserts `times` identical incidents. */
export async function incidents(db: Kysely<Database>, spec: IncidentSpec, times = 1): Promise<void> {
  const rows = Array.from({ length: times }, () => ({
    reference: `TEST-${crypto.randomBytes(6).toString('hex')}`,
    source: spec.source,
    organisation_id: spec.organisationId ?? null,
    category: spec.category ?? null,
    month: `${spec.month}-01`,
    district_code: spec.district === undefined ? LEICESTER : spec.district,
    lsoa11_code: spec.lsoa11 ?? null,
    lsoa21_code: spec.lsoa21 ?? null,
    synthetic: true,
  }));
  await db.insertInto('incidents').values(rows).execute();
}

/** An LSOA boundary: a square `size` degrees wide with its south-west corner at (lon, lat). */
export async function anLsoa(
  db: Kysely<Database>,
  spec: { code: string; vintage: 2011 | 2021; name: string; district?: string; lon: number; lat: number; size?: number },
): Promise<void> {
  const s = spec.size ?? 0.01;
  const ring = [
    [spec.lon, spec.lat],
    [spec.lon + s, spec.lat],
    [spec.lon + s, spec.lat + s],
    [spec.lon, spec.lat + s],
    [spec.lon, spec.lat],
  ];
  await db
    .insertInto('lsoas')
    .values({
      code: spec.code,
      vintage: spec.vintage,
      name: spec.name,
      district_code: spec.district ?? LEICESTER,
      geometry: JSON.stringify({ type: 'Polygon', coordinates: [ring] }),
      min_lon: spec.lon,
      min_lat: spec.lat,
      max_lon: spec.lon + s,
      max_lat: spec.lat + s,
    })
    .execute();
}
