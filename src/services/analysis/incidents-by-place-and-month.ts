/**
 * Use cases for "Incidents by place and month": counts of the incidents an actor may see by
 * district and month (JSON API, audited), the page's table and chart, and the LSOA choropleth.
 * Every read goes through the repositories' `visibleIncidents(actor)` scope; each use case
 * first checks the `stats:view` permission.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import {
  anyVisibleIncident,
  countByDistrictAndMonth,
  countByLsoa,
  listCategories,
  listDistricts,
  lsoaBoundaries,
  lsoaBoundaryCounts,
  type DistrictMonthCount,
  type IncidentFilters,
} from '../../db/repositories/incident-stats.js';
import { INCIDENT_SOURCES } from './incident-filters.js';
import { monthColumns, pivotByDistrictAndMonth, toLineChart, type DistrictMonthTable, type LineChartData } from './month-table.js';
import { countClasses, lightenGeometry, type LsoaFeatureCollection } from './lsoa-geojson.js';

/** The actor's role does not include `stats:view`. Carries HTTP status 403 for the error handler. */
export class NotPermittedError extends Error {
  readonly statusCode = 403;
  constructor() {
    super('Your role does not allow this');
  }
}

function assertMayViewStats(actor: Actor): void {
  if (!can(actor, 'stats:view')) throw new NotPermittedError();
}

/**
 * Visible incidents matching `filters` counted per district and month, sorted by district name
 * then month (see `countByDistrictAndMonth`), and an audit record `stats.incidents` holding the
 * filters and the number of rows (no personal data).
 * @throws NotPermittedError without `stats:view`.
 */
export async function countIncidentsByDistrictAndMonth(
  db: Kysely<Database>,
  actor: Actor,
  filters: IncidentFilters,
  context: { ip?: string | null } = {},
): Promise<DistrictMonthCount[]> {
  assertMayViewStats(actor);
  return db.transaction().execute(async (trx) => {
    const rows = await countByDistrictAndMonth(trx, actor, filters);
    await writeAudit(trx, actor, {
      action: 'stats.incidents',
      detail: { groupBy: 'district,month', filters, rows: rows.length },
      ip: context.ip ?? null,
    });
    return rows;
  });
}

export interface FilterOptions {
  sources: readonly { code: string; name: string }[];
  categories: { code: string; name: string }[];
  districts: { code: string; name: string }[];
}

export interface IncidentsByPlaceAndMonth {
  options: FilterOptions;
  /** False when the actor can see no incidents at all (nothing imported yet). */
  anyIncidents: boolean;
  /** False when no LSOA boundaries are loaded, so there is no map. */
  boundariesLoaded: boolean;
  /** Null when the page was asked with invalid filters. */
  result: { table: DistrictMonthTable; chart: LineChartData } | null;
}

/**
 * Everything the page shows: filter options, whether there is anything to analyse, and for
 * valid `filters` the district × month table (all districts, or the one filtered) and chart.
 * @throws NotPermittedError without `stats:view`.
 */
export async function incidentsByPlaceAndMonth(
  db: Kysely<Database>,
  actor: Actor,
  filters: IncidentFilters | null,
): Promise<IncidentsByPlaceAndMonth> {
  assertMayViewStats(actor);
  const categories = await listCategories(db);
  const districts = await listDistricts(db);
  const anyIncidents = await anyVisibleIncident(db, actor);
  const boundaries = await lsoaBoundaryCounts(db);
  const page = {
    options: { sources: INCIDENT_SOURCES, categories, districts },
    anyIncidents,
    boundariesLoaded: boundaries[2011] + boundaries[2021] > 0,
  };
  if (!filters || !anyIncidents) return { ...page, result: null };
  const counts = await countByDistrictAndMonth(db, actor, filters);
  const rows = filters.district ? districts.filter((d) => d.code === filters.district) : districts;
  const table = pivotByDistrictAndMonth(counts, rows, monthColumns(counts, filters));
  return { ...page, result: { table, chart: toLineChart(table) } };
}

/**
 * Visible incidents matching `filters` per LSOA, as a GeoJSON FeatureCollection with
 * properties `{ code, name, count }` and every loaded LSOA of one vintage (limited to the
 * filtered district), so areas with no incidents show as 0. The vintage is the one under which
 * more of the matching incidents are placed (2021 on a tie or when none are); `vintage` is
 * null and `features` empty when no boundaries of either vintage are loaded.
 * @throws NotPermittedError without `stats:view`.
 */
export async function incidentsByLsoa(db: Kysely<Database>, actor: Actor, filters: IncidentFilters): Promise<LsoaFeatureCollection> {
  assertMayViewStats(actor);
  const loaded = await lsoaBoundaryCounts(db);
  const counts11 = await countByLsoa(db, actor, filters, 2011);
  const counts21 = await countByLsoa(db, actor, filters, 2021);
  const total = (cs: { count: number }[]) => cs.reduce((n, c) => n + c.count, 0);
  const preferred = total(counts11) > total(counts21) ? 2011 : 2021;
  const other = preferred === 2011 ? 2021 : 2011;
  const vintage = loaded[preferred] ? preferred : loaded[other] ? other : null;
  if (!vintage) return { type: 'FeatureCollection', vintage: null, classes: [], features: [] };
  const countOf = new Map((vintage === 2011 ? counts11 : counts21).map((c) => [c.code, c.count]));
  const features = (await lsoaBoundaries(db, vintage, filters.district)).map((l) => ({
    type: 'Feature' as const,
    properties: { code: l.code, name: l.name, count: countOf.get(l.code) ?? 0 },
    geometry: lightenGeometry(l.geometry),
  }));
  return { type: 'FeatureCollection', vintage, classes: countClasses(features.map((f) => f.properties.count)), features };
}
