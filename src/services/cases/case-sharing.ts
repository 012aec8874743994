/**
 * What the Sharing page reads: every share of a case, current and ended (newest first) and, when
 * asked for (the actor may share: lead organisation, 'cases:work'), the organisations it could
 * still be shared with (active, not the lead, not holding a current share; by name). Both only
 * when the actor may see the case (case-scope.ts); none otherwise. Not audited here (the page's
 * viewCase audits the view).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { organisationsToShareWith, sharesOfCase, type ShareRow } from '../../db/repositories/case-shares.js';
import type { Actor } from '../../domain/access/roles.js';

export type { ShareRow };

export interface CaseSharing {
  shares: ShareRow[];
  /** [] unless `withOrganisations` was asked for. */
  organisations: { id: string; name: string }[];
}

/** @returns the shares and, with `withOrganisations`, the organisations to share with. */
export async function viewCaseSharing(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  opts: { withOrganisations: boolean },
): Promise<CaseSharing> {
  const [shares, organisations] = await Promise.all([
    sharesOfCase(db, actor, caseId),
    opts.withOrganisations ? organisationsToShareWith(db, actor, caseId) : Promise.resolve([]),
  ]);
  return { shares, organisations };
}
