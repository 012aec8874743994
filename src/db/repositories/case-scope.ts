/**
 * Which cases an actor may see: the one place that says so (CONVENTIONS.md habit 5), for every
 * repository that reads `cases` or anything hanging off a case (parties, events, documents, risk,
 * reviews, contacts).
 *
 * The rule (issue 4, "Sharing a case"): a case is visible to its lead organisation's staff and to
 * the staff of any organisation it is shared with while the share is not revoked. Everything else
 * is "not found". Whether the actor's role may use case pages at all ('cases:view') is the
 * route's check; whether they may change the case is the service's (only the lead organisation
 * moves status, shares, or closes: see isLeadOrganisation).
 */
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Actor } from '../../domain/access/roles.js';
import type { Database } from '../schema.js';
import type { Executor } from './audit-log.js';
import { isUuid } from '../../domain/ids.js';

/**
 * A where-builder limiting a query over `cases` (unaliased) to the rows `actor` may see.
 * @example db.selectFrom('cases').where(visibleCases(actor)).selectAll()
 */
export function visibleCases(actor: Actor): (eb: ExpressionBuilder<Database, 'cases'>) => Expression<SqlBool> {
  return (eb) =>
    eb.or([
      eb('cases.lead_organisation_id', '=', actor.organisationId),
      eb.exists(
        eb
          .selectFrom('case_shares')
          .select('case_shares.id')
          .whereRef('case_shares.case_id', '=', 'cases.id')
          .where('case_shares.organisation_id', '=', actor.organisationId)
          .where('case_shares.revoked_at', 'is', null),
      ),
    ]);
}

/** The case's id when `actor` may see it, else undefined: the guard for every case sub-record. */
export async function visibleCaseId(db: Executor, actor: Actor, caseId: string): Promise<string | undefined> {
  if (!isUuid(caseId)) return undefined;
  const row = await db.selectFrom('cases').select('id').where('id', '=', caseId).where(visibleCases(actor)).executeTakeFirst();
  return row?.id;
}
