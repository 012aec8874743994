/**
 * Writing staff sessions (reading one: findSession in users.ts). A session row is keyed by the
 * SHA-256 of its cookie token (`id_hash`), never the token itself. Not scoped: only the
 * session's own user reaches these, through sign-in, the session cookie or an administrator's
 * deactivation.
 */
import type { Executor } from './audit-log.js';

/** Opens a session for the user in one organisation, expiring at `expiresAt` (absolute). */
export async function insertSession(
  db: Executor,
  session: { idHash: string; userId: string; organisationId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      organisation_id: session.organisationId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** Ends one session (nothing happens when it is already gone). */
export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of the user. */
export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Records activity on the session at `now` (for the idle timeout). */
export async function touchSession(db: Executor, idHash: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
}

/** Makes the session act for another organisation (the caller checked the user belongs to it). */
export async function setSessionOrganisation(db: Executor, idHash: string, organisationId: string): Promise<void> {
  await db.updateTable('sessions').set({ organisation_id: organisationId }).where('id_hash', '=', idHash).execute();
}
