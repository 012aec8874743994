/**
 * API tokens for other systems: created by an operator for an organisation and role, shown
 * once, stored as SHA-256, revocable; every use is audited (as the request's own audit record
 * carries the token id).
 */
import type { Kysely } from 'kysely';
import type { Database, Role } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import type { Actor } from '../../domain/access/roles.js';
import { randomToken, sha256 } from './sign-in.js';

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
  const org = await db
    .selectFrom('organisations')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', input.organisationName.toLowerCase()))
    .executeTakeFirst();
  if (!org) throw new NotFoundError(`No organisation named "${input.organisationName}"`);
  const token = PREFIX + randomToken(32);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('api_tokens')
      .values({ organisation_id: org.id, name: input.name, role: input.role, token_hash: sha256(token) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, operator, {
      action: 'api_token.create',
      entityType: 'api_token',
      entityId: row.id,
      detail: { role: input.role },
    });
    return { id: row.id, token };
  });
}

export interface ApiTokenListing {
  id: string;
  name: string;
  role: Role;
  organisationName: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export async function listApiTokens(db: Kysely<Database>): Promise<ApiTokenListing[]> {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .select([
      't.id',
      't.name',
      't.role',
      'o.name as organisationName',
      't.created_at as createdAt',
      't.last_used_at as lastUsedAt',
      't.revoked_at as revokedAt',
    ])
    .orderBy('t.created_at')
    .execute();
}

/** Revokes a token. @throws NotFoundError for an unknown or already revoked id. */
export async function revokeApiToken(db: Kysely<Database>, id: string, operator: Actor | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: new Date() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new NotFoundError(`No active token ${id}`);
    await writeAudit(trx, operator, { action: 'api_token.revoke', entityType: 'api_token', entityId: id });
  });
}

/** Resolves a bearer token to an actor, or undefined when unknown or revoked. */
export async function authenticateApiToken(db: Kysely<Database>, token: string): Promise<Actor | undefined> {
  if (!token.startsWith(PREFIX)) return undefined;
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .select(['t.id', 't.name', 't.role', 't.organisation_id', 'o.name as organisationName'])
    .where('t.token_hash', '=', sha256(token))
    .where('t.revoked_at', 'is', null)
    .where('o.active', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', row.id).execute();
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
