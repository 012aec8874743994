/**
 * API tokens for other systems, stored as the SHA-256 of the token text (`token_hash`), never
 * the text. Not scoped: operators list and revoke them, and a bearer token is resolved before
 * any actor exists.
 */
import type { Role } from '../schema.js';
import type { Executor } from './audit-log.js';

export interface ApiTokenListing {
  id: string;
  name: string;
  role: Role;
  organisationName: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A live token with its organisation, as authentication needs it. */
export interface ActiveApiToken {
  id: string;
  name: string;
  role: Role;
  organisation_id: string;
  organisationName: string;
}

/** Inserts a token for an organisation and role. @returns its id. */
export async function insertApiToken(
  db: Executor,
  token: { organisationId: string; name: string; role: Role; tokenHash: string },
): Promise<{ id: string }> {
  return db
    .insertInto('api_tokens')
    .values({ organisation_id: token.organisationId, name: token.name, role: token.role, token_hash: token.tokenHash })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Every token, revoked or not, oldest first, with its organisation's name. */
export async function listApiTokens(db: Executor): Promise<ApiTokenListing[]> {
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

/** Revokes the token at `at` unless already revoked. @returns how many rows changed (0 or 1). */
export async function revokeApiTokenRow(db: Executor, id: string, at: Date): Promise<number> {
  const res = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** The token with this hash if it is not revoked and its organisation is active; otherwise undefined. */
export async function findActiveApiToken(db: Executor, tokenHash: string): Promise<ActiveApiToken | undefined> {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .select(['t.id', 't.name', 't.role', 't.organisation_id', 'o.name as organisationName'])
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .where('o.active', '=', true)
    .executeTakeFirst();
}

/** Records that the token was used at `at`. */
export async function markApiTokenUsed(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}
