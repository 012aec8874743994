/**
 * Edits an incident type. History is appended, never edited (CONVENTIONS.md habit 4): each
 * change bumps the type's version and writes a revision holding the new values, so reports
 * can say which version of the list an incident was classified under. Audited.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { insertIncidentTypeRevisions, lockIncidentType, updateIncidentType } from '../../db/repositories/incident-types.js';
import type { Actor } from '../../domain/access/roles.js';
import type { IncidentTypeInput } from './add-incident-type.js';

export class IncidentTypeNotFoundError extends Error {}

/**
 * @returns the type's version after the edit, and whether anything changed (an unchanged form
 *   writes no revision and no audit record).
 * @throws IncidentTypeNotFoundError for an unknown code.
 */
export async function editIncidentType(
  db: Kysely<Database>,
  code: string,
  input: IncidentTypeInput & { active: boolean },
  operator: Actor,
  ip: string | null = null,
): Promise<{ version: number; changed: boolean }> {
  return db.transaction().execute(async (trx) => {
    const current = await lockIncidentType(trx, code);
    if (!current) throw new IncidentTypeNotFoundError(`No incident type ${code}`);
    const values = { name: input.name, description: input.description, nsir_type: input.nsirType, active: input.active };
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => values[k] !== current[k]);
    if (!changed.length) return { version: current.version, changed: false };
    const version = current.version + 1;
    await updateIncidentType(trx, code, { ...values, version }, new Date());
    await insertIncidentTypeRevisions(trx, [{ code, version, ...values, changed_by: operator.userId }]);
    await writeAudit(trx, operator, {
      action: 'incident_type.edit',
      entityType: 'incident_type',
      entityId: code,
      detail: { version, fields: changed },
      ip,
    });
    return { version, changed: true };
  });
}
