/**
 * Searches the audit log for an auditor. Looking at the audit log is itself audited
 * ('audit.search'): the filters are recorded, except the email text, which may be personal data
 * (only whether it was used).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { searchAudit, writeAudit, type AuditRow, type AuditSearch } from '../../db/repositories/audit-log.js';
import { can, type Actor } from '../../domain/access/roles.js';

export class AuditSearchForbiddenError extends Error {}

/**
 * @returns one page of matching records, newest first, and the total number matching.
 * @throws AuditSearchForbiddenError when the actor lacks 'audit:search'.
 */
export async function searchAuditLog(
  db: Kysely<Database>,
  actor: Actor,
  q: AuditSearch,
  ip: string | null = null,
): Promise<{ rows: AuditRow[]; total: number }> {
  if (!can(actor, 'audit:search')) throw new AuditSearchForbiddenError('Only auditors may search the audit log');
  return db.transaction().execute(async (trx) => {
    const result = await searchAudit(trx, q);
    await writeAudit(trx, actor, {
      action: 'audit.search',
      detail: {
        userEmail: Boolean(q.userEmail),
        organisationId: q.organisationId ?? null,
        action: q.action ?? null,
        entityId: q.entityId ?? null,
        from: q.from ?? null,
        to: q.to ?? null,
        page: q.page,
      },
      ip,
    });
    return result;
  });
}
