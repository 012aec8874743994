/**
 * API tokens for other systems: created by an operator for an organisation and role, shown
 * once, stored as SHA-256, revocable; every use is audited (as the request's own audit record
 * carries the token id).
 */
import type { Kysely } from 'kysely';
import type { Database, Role } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import {
  findActiveApiToken,
  insertApiToken,
  listApiTokens as listApiTokenRows,
  markApiTokenUsed,
  revokeApiTokenRow,
  type ApiTokenListing,
} from '../../db/repositories/api-tokens.js';
import { findOrganisationByName } from '../../db/repositories/organisations.js';
import type { Actor } from '../../domain/access/roles.js';
import { randomToken, sha256 } from './sign-in.js';
import { isUuid } from '../../domain/ids.js';

const PREFIX = 'concord_';

export class NotFoundError extends Error {}

/**
 * Creates a token. @returns the token text (shown once) and its id.
 * @throws NotFoundError when the organisation does not exist.
 */
export async function createApiToken(
  db: Kysely<Database>,
  input: { organisationName: string; name: string; role: Role },
  operator: Actor | null,
): Promise<{ id: string; token: string }> {
  const org = await findOrganisationByName(db, input.organisationName);
  if (!org) throw new NotFoundError(`No organisation named "${input.organisationName}"`);
  const token = PREFIX + randomToken(32);
  return db.transaction().execute(async (trx) => {
    const row = await insertApiToken(trx, { organisationId: org.id, name: input.name, role: input.role, tokenHash: sha256(token) });
    await writeAudit(trx, operator, {
      action: 'api_token.create',
      entityType: 'api_token',
      entityId: row.id,
      detail: { role: input.role },
    });
    return { id: row.id, token };
  });
}

export type { ApiTokenListing };

/** Every token, revoked or not, oldest first, with its organisation's name. */
export async function listApiTokens(db: Kysely<Database>): Promise<ApiTokenListing[]> {
  return listApiTokenRows(db);
}

/**
 * Revokes a token (audited as 'api_token.revoke'). Ids are UUIDs: other text (an operator's typo)
 * is an unknown token, answered before it reaches the uuid column, which would raise an error.
 * @throws NotFoundError for a malformed, unknown or already revoked id.
 */
export async function revokeApiToken(db: Kysely<Database>, id: string, operator: Actor | null): Promise<void> {
  if (!isUuid(id)) throw new NotFoundError(`No active token ${id}`);
  await db.transaction().execute(async (trx) => {
    if ((await revokeApiTokenRow(trx, id, new Date())) !== 1) throw new NotFoundError(`No active token ${id}`);
    await writeAudit(trx, operator, { action: 'api_token.revoke', entityType: 'api_token', entityId: id });
  });
}

/** Resolves a bearer token to an actor, or undefined when unknown or revoked. */
export async function authenticateApiToken(db: Kysely<Database>, token: string): Promise<Actor | undefined> {
  if (!token.startsWith(PREFIX)) return undefined;
  const row = await findActiveApiToken(db, sha256(token));
  if (!row) return undefined;
  await markApiTokenUsed(db, row.id, new Date());
  return {
    kind: 'token',
    userId: null,
    apiTokenId: row.id,
    name: row.name,
    organisationId: row.organisation_id,
    organisationName: row.organisationName,
    roles: [row.role],
  };
}
