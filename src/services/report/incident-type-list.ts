/**
 * The classification lists other systems map their codes to (GET /api/v1/reference/incident-types):
 * every incident type, active or not, at its current version, and the three ASB categories.
 * Category and type are independent fields (DOMAIN.md §1.2: any type may carry any category), so
 * the two lists come side by side rather than types nested under categories. Reference data, no
 * personal data; each read is audited ('reference.incident_types') like every API call.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { listIncidentTypes } from '../../db/repositories/incident-types.js';
import { categoriesWithDescriptions } from '../../db/repositories/reference-data.js';
import type { Actor } from '../../domain/access/roles.js';

export interface IncidentTypeListing {
  incidentTypes: { code: string; name: string; description: string; nsirType: string | null; active: boolean; version: number }[];
  categories: { code: string; name: string; description: string }[];
}

/** @returns both lists in their display order (types by the list's order, categories P/N/E). */
export async function incidentTypeListing(db: Kysely<Database>, actor: Actor, ip: string | null = null): Promise<IncidentTypeListing> {
  const [types, categories] = await Promise.all([listIncidentTypes(db), categoriesWithDescriptions(db)]);
  const order = ['personal', 'nuisance', 'environmental'];
  await writeAudit(db, actor, { action: 'reference.incident_types', entityType: 'incident_type', detail: { types: types.length }, ip });
  return {
    incidentTypes: types.map((t) => ({
      code: t.code,
      name: t.name,
      description: t.description,
      nsirType: t.nsirType,
      active: t.active,
      version: Number(t.version),
    })),
    categories: categories.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code)),
  };
}
