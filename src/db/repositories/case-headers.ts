/**
 * The case as every case page's identity bar shows it (services/cases/case-header.ts). Scoped:
 * read only through visibleCases(actor), so a case the actor may not see is not found.
 */
import type { Actor } from '../../domain/access/roles.js';
import type { CaseStatus, RiskLevel } from '../schema.js';
import type { Executor } from './audit-log.js';
import { visibleCases } from './case-scope.js';

/** A case's identity as stored, with its lead organisation's and officer's names. */
export interface CaseHeaderRow {
  id: string;
  reference: string;
  status: CaseStatus;
  riskLevel: RiskLevel | null;
  highRisk: boolean;
  hateRelated: boolean;
  childInvolved: boolean;
  leadOrganisationId: string;
  leadOrganisationName: string;
  leadOfficerId: string | null;
  leadOfficerName: string | null;
  openedAt: Date;
  closedAt: Date | null;
}

/** The case's identity when `actor` may see it, else undefined. `caseId` must be a UUID (the caller checks). */
export async function findCaseHeaderRow(db: Executor, actor: Actor, caseId: string): Promise<CaseHeaderRow | undefined> {
  return db
    .selectFrom('cases')
    .innerJoin('organisations as o', 'o.id', 'cases.lead_organisation_id')
    .leftJoin('users as u', 'u.id', 'cases.lead_officer_id')
    .select([
      'cases.id',
      'cases.reference',
      'cases.status',
      'cases.risk_level as riskLevel',
      'cases.high_risk as highRisk',
      'cases.hate_related as hateRelated',
      'cases.child_involved as childInvolved',
      'cases.lead_organisation_id as leadOrganisationId',
      'o.name as leadOrganisationName',
      'cases.lead_officer_id as leadOfficerId',
      'u.name as leadOfficerName',
      'cases.opened_at as openedAt',
      'cases.closed_at as closedAt',
    ])
    .where('cases.id', '=', caseId)
    .where(visibleCases(actor))
    .executeTakeFirst();
}
