/**
 * Incident counts for analysis: by district and month, and by LSOA. Every query is scoped by
 * `visibleIncidents(actor)`; counts are normalised with Number() because `pg` returns them as
 * strings and PGlite as numbers (STACK-NOTES.md).
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Actor } from '../../domain/access/roles.js';
import type { Database, IncidentSource } from '../schema.js';
import type { Executor } from './audit-log.js';
import { visibleIncidents } from './incident-scope.js';

/** Filters for incident counts. Months are YYYY-MM, both inclusive; absent means no limit. */
export interface IncidentFilters {
  from?: string | undefined;
  to?: string | undefined;
  source?: IncidentSource | undefined;
  /** An `asb_categories.code`. */
  category?: string | undefined;
  /** GSS code of a local authority district, e.g. E06000016. */
  district?: string | undefined;
}

export interface DistrictMonthCount {
  /** GSS code, or null for incidents whose district is not known. */
  districtCode: string | null;
  districtName: string | null;
  /** YYYY-MM. */
  month: string;
  count: number;
}

export interface AreaCount {
  code: string;
  count: number;
}

const byName = new Intl.Collator('en-GB');

/** The filters as one where-builder over `incidents` (months compare on the first day). */
function matchesFilters(f: IncidentFilters): (eb: ExpressionBuilder<Database, 'incidents'>) => Expression<SqlBool> {
  return (eb) => {
    const conditions: Expression<SqlBool>[] = [];
    if (f.from) conditions.push(eb('incidents.month', '>=', `${f.from}-01`));
    if (f.to) conditions.push(eb('incidents.month', '<=', `${f.to}-01`));
    if (f.source) conditions.push(eb('incidents.source', '=', f.source));
    if (f.category) conditions.push(eb('incidents.category', '=', f.category));
    if (f.district) conditions.push(eb('incidents.district_code', '=', f.district));
    return eb.and(conditions);
  };
}

/**
 * Visible incidents matching `filters`, counted per district and month. Only non-zero groups
 * are returned, sorted by district name (en-GB collation; unknown district last), then month.
 */
export async function countByDistrictAndMonth(db: Executor, actor: Actor, filters: IncidentFilters): Promise<DistrictMonthCount[]> {
  const rows = await db
    .selectFrom('incidents')
    .leftJoin('districts', 'districts.code', 'incidents.district_code')
    .where(visibleIncidents(actor))
    .where(matchesFilters(filters))
    .select((eb) => [
      'incidents.district_code as districtCode',
      'districts.name as districtName',
      sql<string>`to_char(incidents.month, 'YYYY-MM')`.as('month'),
      eb.fn.countAll<number | string>().as('count'),
    ])
    .groupBy(['incidents.district_code', 'districts.name', 'incidents.month'])
    .execute();
  return rows
    .map((r) => ({ districtCode: r.districtCode, districtName: r.districtName, month: r.month, count: Number(r.count) }))
    .sort(
      (a, b) =>
        Number(a.districtName === null) - Number(b.districtName === null) ||
        byName.compare(a.districtName ?? '', b.districtName ?? '') ||
        (a.month < b.month ? -1 : a.month > b.month ? 1 : 0),
    );
}

/**
 * Visible incidents matching `filters`, counted per LSOA of one vintage (the incident's
 * `lsoa11_code` or `lsoa21_code`); incidents not placed in an LSOA are left out. Unordered.
 */
export async function countByLsoa(db: Executor, actor: Actor, filters: IncidentFilters, vintage: 2011 | 2021): Promise<AreaCount[]> {
  const column = vintage === 2011 ? 'incidents.lsoa11_code' : 'incidents.lsoa21_code';
  const rows = await db
    .selectFrom('incidents')
    .where(visibleIncidents(actor))
    .where(matchesFilters(filters))
    .where(column, 'is not', null)
    .select((eb) => [eb.ref(column).as('code'), eb.fn.countAll<number | string>().as('count')])
    .groupBy(column)
    .execute();
  return rows.map((r) => ({ code: r.code as string, count: Number(r.count) }));
}

/** True when `actor` may see at least one incident (ignoring filters). */
export async function anyVisibleIncident(db: Executor, actor: Actor): Promise<boolean> {
  const row = await db.selectFrom('incidents').where(visibleIncidents(actor)).select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

// Reference lists the analysis needs beside the counts (no scoping: reference data is public).

/** Districts as `{ code, name }`, by name. */
export async function listDistricts(db: Executor): Promise<{ code: string; name: string }[]> {
  const rows = await db.selectFrom('districts').select(['code', 'name']).execute();
  return rows.sort((a, b) => byName.compare(a.name, b.name));
}

/** ASB categories as `{ code, name }`, in code order. */
export async function listCategories(db: Executor): Promise<{ code: string; name: string }[]> {
  return db.selectFrom('asb_categories').select(['code', 'name']).orderBy('code').execute();
}

/** How many LSOA boundaries are loaded for each vintage. */
export async function lsoaBoundaryCounts(db: Executor): Promise<Record<2011 | 2021, number>> {
  const rows = await db
    .selectFrom('lsoas')
    .select((eb) => ['vintage', eb.fn.countAll<number | string>().as('n')])
    .groupBy('vintage')
    .execute();
  const n = (v: number) => Number(rows.find((r) => Number(r.vintage) === v)?.n ?? 0);
  return { 2011: n(2011), 2021: n(2021) };
}

/** LSOA boundaries of one vintage (optionally one district): code, name, GeoJSON geometry text. */
export async function lsoaBoundaries(
  db: Executor,
  vintage: 2011 | 2021,
  districtCode?: string,
): Promise<{ code: string; name: string; geometry: string }[]> {
  let q = db.selectFrom('lsoas').select(['code', 'name', 'geometry']).where('vintage', '=', vintage);
  if (districtCode) q = q.where('district_code', '=', districtCode);
  return q.orderBy('code').execute();
}
