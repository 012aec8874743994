/**
 * Which incidents an actor may see: the one place that says so (CONVENTIONS.md habit 5), for
 * every repository that reads `incidents`.
 *
 * The rule, for now (issue part 7): incidents from partnership-wide open or synthetic sources
 * (police.uk open data, the demo data set) are visible to everyone; every other incident only
 * to staff and tokens of the organisation that recorded it (`incidents.organisation_id`).
 * Incidents with no organisation from other sources are visible to no one. Whether the actor
 * may use the page or API at all (e.g. `stats:view`) is the caller's check, not this one.
 */
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Actor } from '../../domain/access/roles.js';
import type { Database, IncidentSource } from '../schema.js';

/** Sources whose incidents are open (police.uk) or synthetic (demo): visible partnership-wide. */
export const PARTNERSHIP_WIDE_SOURCES: readonly IncidentSource[] = ['police.uk', 'demo'];

/**
 * A where-builder limiting a query over `incidents` (unaliased; joins are fine) to the rows
 * `actor` may see: `source IN ('police.uk','demo') OR organisation_id = actor.organisationId`.
 *
 * @example db.selectFrom('incidents').where(visibleIncidents(actor)).selectAll()
 */
export function visibleIncidents(actor: Actor): (eb: ExpressionBuilder<Database, 'incidents'>) => Expression<SqlBool> {
  return (eb) =>
    eb.or([eb('incidents.source', 'in', [...PARTNERSHIP_WIDE_SOURCES]), eb('incidents.organisation_id', '=', actor.organisationId)]);
}
