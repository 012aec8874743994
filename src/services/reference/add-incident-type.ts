/**
 * Adds a type to the versioned incident-type list (DOMAIN.md §1.3) at version 1, with its
 * first revision, at the end of the list. Audited.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import {
  findIncidentType,
  insertIncidentType,
  insertIncidentTypeRevisions,
  lastIncidentTypeSortOrder,
} from '../../db/repositories/incident-types.js';
import type { Actor } from '../../domain/access/roles.js';

export class DuplicateIncidentTypeError extends Error {
  constructor() {
    super('An incident type with this code already exists');
  }
}

export interface IncidentTypeInput {
  name: string;
  description: string;
  /** The NSIR 2011-era heading it maps to, or null where there is none. */
  nsirType: string | null;
}

/** @throws DuplicateIncidentTypeError when the code is taken. */
export async function addIncidentType(
  db: Kysely<Database>,
  input: IncidentTypeInput & { code: string },
  operator: Actor,
  ip: string | null = null,
): Promise<{ code: string; version: number }> {
  const added = db.transaction().execute(async (trx) => {
    const taken = await findIncidentType(trx, input.code);
    if (taken) throw new DuplicateIncidentTypeError();
    const last = await lastIncidentTypeSortOrder(trx);
    const values = { name: input.name, description: input.description, nsir_type: input.nsirType, active: true };
    await insertIncidentType(trx, { code: input.code, ...values, sort_order: last + 10, version: 1 });
    await insertIncidentTypeRevisions(trx, [{ code: input.code, version: 1, ...values, changed_by: operator.userId }]);
    await writeAudit(trx, operator, {
      action: 'incident_type.create',
      entityType: 'incident_type',
      entityId: input.code,
      detail: { version: 1 },
      ip,
    });
    return { code: input.code, version: 1 };
  });
  return added.catch((err: unknown) => {
    throw (err as { code?: string }).code === '23505' ? new DuplicateIncidentTypeError() : err;
  });
}
