/**
 * The SQL of sharing a case and revoking a share (`case_shares`; services/cases share-case.ts and
 * revoke-share.ts). Each runs in the caller's transaction on a case it has locked through the
 * actor's scope and found the actor's organisation to lead, so nothing here scopes again; every
 * signed-in user may know which organisations exist. The pages' reads of shares are in
 * case-oversight.ts (sharesOfCase, organisationsToShareWith).
 */
import type { Executor } from './audit-log.js';

/** An organisation by id (a UUID) with whether it is active; undefined when there is none. */
export async function findShareOrganisation(
  db: Executor,
  organisationId: string,
): Promise<{ id: string; name: string; active: boolean } | undefined> {
  return db.selectFrom('organisations').select(['id', 'name', 'active']).where('id', '=', organisationId).executeTakeFirst();
}

/** The id of the case's current (not revoked) share with the organisation, or undefined. */
export async function currentShareWith(db: Executor, caseId: string, organisationId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('case_shares')
    .select('id')
    .where('case_id', '=', caseId)
    .where('organisation_id', '=', organisationId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row?.id;
}

/** Inserts a share of the case with the organisation, shared now. @returns the share's id. */
export async function insertShare(
  db: Executor,
  share: { caseId: string; organisationId: string; reason: string; sharedBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto('case_shares')
    .values({ case_id: share.caseId, organisation_id: share.organisationId, reason: share.reason, shared_by: share.sharedBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A current share of the case by its id (a UUID), with the organisation's name; undefined when not current or not this case's. */
export async function findCurrentShare(
  db: Executor,
  caseId: string,
  shareId: string,
): Promise<{ id: string; organisationId: string; organisationName: string } | undefined> {
  const row = await db
    .selectFrom('case_shares as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['s.id', 's.organisation_id', 'o.name'])
    .where('s.id', '=', shareId)
    .where('s.case_id', '=', caseId)
    .where('s.revoked_at', 'is', null)
    .executeTakeFirst();
  return row && { id: row.id, organisationId: row.organisation_id, organisationName: row.name };
}

/** Marks the share revoked at `revokedAt` by `revokedBy` with the reason (the row stays: the history of disclosure). */
export async function markShareRevoked(
  db: Executor,
  shareId: string,
  revocation: { revokedAt: Date; revokedBy: string | null; reason: string },
): Promise<void> {
  await db
    .updateTable('case_shares')
    .set({ revoked_at: revocation.revokedAt, revoked_by: revocation.revokedBy, revoke_reason: revocation.reason })
    .where('id', '=', shareId)
    .execute();
}
