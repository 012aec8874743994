/**
 * Revokes an API token named by the id an operator typed (`concord tokens revoke ID`). Token ids
 * are UUIDs; other text is answered as an unknown token before it reaches the database, where a
 * uuid column would reject it with an error rather than match nothing.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { isUuid } from '../../db/repositories/user-directory.js';
import type { Actor } from '../../domain/access/roles.js';
import { NotFoundError, revokeApiToken } from './api-tokens.js';

/** Revokes the token (audited as 'api_token.revoke'). @throws NotFoundError for a malformed, unknown or already revoked id. */
export async function revokeApiTokenById(db: Kysely<Database>, id: string, operator: Actor | null): Promise<void> {
  if (!isUuid(id)) throw new NotFoundError(`No active token ${id}`);
  await revokeApiToken(db, id, operator);
}
