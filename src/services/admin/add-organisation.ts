/**
 * Adds an agency to the partnership. Names are unique whatever their case (the database's
 * `organisations_name_key` index says so too); the addition is audited.
 */
import type { Kysely } from 'kysely';
import type { Database, OrganisationKind } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { findOrganisationByName, insertOrganisation } from '../../db/repositories/organisations.js';
import type { Actor } from '../../domain/access/roles.js';

export class DuplicateOrganisationError extends Error {
  constructor() {
    super('An organisation with this name already exists');
  }
}

export interface AddOrganisationInput {
  name: string;
  kind: OrganisationKind;
  districtCode?: string | null | undefined;
  contactEmail?: string | null | undefined;
}

/**
 * @returns the new organisation's id.
 * @throws DuplicateOrganisationError when an organisation of that name (any case) exists.
 */
export async function addOrganisation(
  db: Kysely<Database>,
  input: AddOrganisationInput,
  operator: Actor | null,
  ip: string | null = null,
): Promise<{ id: string }> {
  const name = input.name.trim();
  const added = db.transaction().execute(async (trx) => {
    const existing = await findOrganisationByName(trx, name);
    if (existing) throw new DuplicateOrganisationError();
    const row = await insertOrganisation(trx, {
      name,
      kind: input.kind,
      districtCode: input.districtCode || null,
      contactEmail: input.contactEmail?.trim() || null,
    });
    await writeAudit(trx, operator, {
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: row.id,
      detail: { kind: input.kind, districtCode: input.districtCode || null },
      ip,
    });
    return { id: row.id };
  });
  // Two administrators adding the same name at once: the unique index decides.
  return added.catch((err: unknown) => {
    throw (err as { code?: string }).code === '23505' ? new DuplicateOrganisationError() : err;
  });
}
