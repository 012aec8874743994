/**
 * Staff sign-in and sign-out: email + password (argon2id), server-side sessions kept in the
 * database, audit of every success and failure. The session token is 32 random bytes; only its
 * SHA-256 is stored, so a database reader cannot hijack a session.
 */
import crypto from 'node:crypto';
import { verify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { findSession, findUserByEmail, rolesIn } from '../../db/repositories/users.js';
import { deleteSession, insertSession, touchSession } from '../../db/repositories/sessions.js';
import type { Actor } from '../../domain/access/roles.js';

export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export type SignInResult = { ok: true; token: string; actor: Actor } | { ok: false; reason: 'invalid' | 'no_membership' };

/**
 * Checks the credentials and opens a session in the user's first organisation (by name).
 * Both outcomes are audited; the failure audit records no password and no email, only whether
 * the account exists (by id).
 */
export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string; ip: string | null },
  policy: SessionPolicy,
): Promise<SignInResult> {
  const user = await findUserByEmail(db, input.email);
  const valid = user && user.active ? await verify(user.passwordHash, input.password).catch(() => false) : false;
  if (!user || !valid) {
    await writeAudit(db, null, {
      action: 'auth.sign_in',
      outcome: 'failure',
      entityType: user ? 'user' : undefined,
      entityId: user?.id,
      ip: input.ip,
    });
    return { ok: false, reason: 'invalid' };
  }
  const first = user.memberships[0];
  if (!first) {
    await writeAudit(db, null, { action: 'auth.sign_in', outcome: 'denied', entityType: 'user', entityId: user.id, ip: input.ip });
    return { ok: false, reason: 'no_membership' };
  }
  const token = randomToken();
  const now = new Date();
  const actor: Actor = {
    kind: 'user',
    userId: user.id,
    apiTokenId: null,
    name: user.name,
    organisationId: first.organisationId,
    organisationName: first.organisationName,
    roles: user.memberships.filter((m) => m.organisationId === first.organisationId).map((m) => m.role),
  };
  await db.transaction().execute(async (trx) => {
    await insertSession(trx, {
      idHash: sha256(token),
      userId: user.id,
      organisationId: first.organisationId,
      csrfToken: randomToken(24),
      expiresAt: new Date(now.getTime() + policy.absoluteHours * 3600_000),
    });
    await writeAudit(trx, actor, { action: 'auth.sign_in', entityType: 'user', entityId: user.id, ip: input.ip });
  });
  return { ok: true, token, actor };
}

export interface LiveSession {
  idHash: string;
  csrfToken: string;
  actor: Actor;
}

/**
 * Resolves a session cookie to the acting user, or undefined when the session is unknown,
 * past its absolute expiry or idle for longer than `policy.idleMinutes`. Refreshes last-seen
 * at most once a minute.
 */
export async function resumeSession(
  db: Kysely<Database>,
  token: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<LiveSession | undefined> {
  const idHash = sha256(token);
  const s = await findSession(db, idHash, now);
  if (!s) return undefined;
  if (now.getTime() - s.lastSeenAt.getTime() > policy.idleMinutes * 60_000) {
    await deleteSession(db, idHash);
    return undefined;
  }
  if (now.getTime() - s.lastSeenAt.getTime() > 60_000) {
    await touchSession(db, idHash, now);
  }
  const roles = await rolesIn(db, s.userId, s.organisationId);
  return {
    idHash,
    csrfToken: s.csrfToken,
    actor: {
      kind: 'user',
      userId: s.userId,
      apiTokenId: null,
      name: s.userName,
      organisationId: s.organisationId,
      organisationName: s.organisationName,
      roles,
    },
  };
}

/** Ends a session and audits it. */
export async function signOut(db: Kysely<Database>, session: LiveSession, ip: string | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, session.idHash);
    await writeAudit(trx, session.actor, { action: 'auth.sign_out', entityType: 'user', entityId: session.actor.userId ?? undefined, ip });
  });
}
