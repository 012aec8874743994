/**
 * The SQL of sharing a case and revoking a share (`case_shares`; services/cases share-case.ts and
 * revoke-share.ts). Each runs in the caller's transaction on a case it has locked through the
 * actor's scope and found the actor's organisation to lead, so nothing here scopes again; every
 * signed-in user may know which organisations exist. The pages' reads of shares
 * (sharesOfCase, organisationsToShareWith) are scoped to cases the actor may see (visibleCase).
 */
import type { Actor } from '../../domain/access/roles.js';
import type { Executor } from './audit-log.js';
import { visibleCase } from './case-oversight.js';

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

export interface ShareRow {
  id: string;
  organisationId: string;
  organisationName: string;
  reason: string;
  sharedAt: Date;
  sharedByName: string | null;
  revokedAt: Date | null;
  revokedByName: string | null;
  revokeReason: string | null;
}

/** Every share of the case, current and revoked, newest first. */
export async function sharesOfCase(db: Executor, actor: Actor, caseId: string): Promise<ShareRow[]> {
  return db
    .selectFrom('case_shares as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .leftJoin('users as sb', 'sb.id', 's.shared_by')
    .leftJoin('users as rb', 'rb.id', 's.revoked_by')
    .select([
      's.id',
      's.organisation_id as organisationId',
      'o.name as organisationName',
      's.reason',
      's.shared_at as sharedAt',
      'sb.name as sharedByName',
      's.revoked_at as revokedAt',
      'rb.name as revokedByName',
      's.revoke_reason as revokeReason',
    ])
    .where('s.case_id', 'in', visibleCase(db, actor, caseId))
    .orderBy('s.shared_at', 'desc')
    .orderBy('s.id')
    .execute();
}

/**
 * The organisations the case could be shared with: active, not the lead, not already holding a
 * current share; by name. Empty when the actor may not see the case.
 */
export async function organisationsToShareWith(db: Executor, actor: Actor, caseId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('organisations as o')
    .innerJoin('cases', (j) => j.on('cases.id', '=', caseId))
    .select(['o.id', 'o.name'])
    .where('cases.id', 'in', visibleCase(db, actor, caseId))
    .where('o.active', '=', true)
    .whereRef('o.id', '<>', 'cases.lead_organisation_id')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('case_shares as s')
            .select('s.id')
            .where('s.case_id', '=', caseId)
            .whereRef('s.organisation_id', '=', 'o.id')
            .where('s.revoked_at', 'is', null),
        ),
      ),
    )
    .orderBy('o.name')
    .execute();
}
