/**
 * A user who holds roles in more than one organisation acts for one at a time (DESIGN.md §3):
 * the session's organisation decides what they may see. Switching is audited.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { membershipsOf } from '../../db/repositories/users.js';
import { setSessionOrganisation } from '../../db/repositories/sessions.js';
import type { LiveSession } from './sign-in.js';

export class NotAMemberError extends Error {}

/** The organisations the user may act for, with their roles in each. */
export async function organisationsOf(db: Kysely<Database>, userId: string) {
  const rows = await membershipsOf(db, userId);
  const byOrg = new Map<string, { id: string; name: string; roles: string[] }>();
  for (const r of rows) {
    const o = byOrg.get(r.organisationId) ?? { id: r.organisationId, name: r.organisationName, roles: [] };
    o.roles.push(r.role);
    byOrg.set(r.organisationId, o);
  }
  return [...byOrg.values()];
}

/** @throws NotAMemberError when the user holds no role in that organisation. */
export async function switchOrganisation(
  db: Kysely<Database>,
  session: LiveSession,
  organisationId: string,
  ip: string | null,
): Promise<void> {
  const orgs = await organisationsOf(db, session.actor.userId!);
  if (!orgs.some((o) => o.id === organisationId)) throw new NotAMemberError('Select an organisation you belong to');
  await db.transaction().execute(async (trx) => {
    await setSessionOrganisation(trx, session.idHash, organisationId);
    await writeAudit(
      trx,
      { ...session.actor, organisationId },
      {
        action: 'auth.switch_organisation',
        entityType: 'organisation',
        entityId: organisationId,
        ip,
      },
    );
  });
}
