/**
 * The case as every case page's identity bar shows it (reference, status, risk, lead), found
 * only when the actor may see the case (db/repositories/case-scope.ts), with the audit record of
 * the view. Each case page calls findCaseHeader first and answers "not found" when it is
 * undefined; every view of a case page is audited with the page's name (issue 4: "every view …
 * audited"), carrying ids only.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/access/roles.js';
import type { CaseStatus, Database, RiskLevel } from '../../db/schema.js';
import { isUuid, visibleCases } from '../../db/repositories/case-scope.js';
import { writeAudit, type Executor } from '../../db/repositories/audit-log.js';
import { statusName, statusTag, riskTag } from '../../domain/cases/workflow.js';

export interface CaseHeader {
  id: string;
  reference: string;
  status: CaseStatus;
  statusName: string;
  /** GOV.UK tag modifier class for the status. */
  statusTag: string;
  riskLevel: RiskLevel | null;
  /** GOV.UK tag modifier class for the risk level (red high, orange medium, green standard). */
  riskTag: string;
  highRisk: boolean;
  hateRelated: boolean;
  childInvolved: boolean;
  leadOrganisationId: string;
  leadOrganisationName: string;
  leadOfficerId: string | null;
  leadOfficerName: string | null;
  /** True when the actor is in the lead organisation (may move status, share, close). */
  isLeadOrganisation: boolean;
  openedAt: Date;
  closedAt: Date | null;
}

/** The header of a case the actor may see, or undefined (missing, not a UUID, or not visible). */
export async function findCaseHeader(db: Executor, actor: Actor, caseId: string): Promise<CaseHeader | undefined> {
  if (!isUuid(caseId)) return undefined;
  const row = await db
    .selectFrom('cases')
    .innerJoin('organisations as o', 'o.id', 'cases.lead_organisation_id')
    .leftJoin('users as u', 'u.id', 'cases.lead_officer_id')
    .select([
      'cases.id',
      'cases.reference',
      'cases.status',
      'cases.risk_level',
      'cases.high_risk',
      'cases.hate_related',
      'cases.child_involved',
      'cases.lead_organisation_id',
      'o.name as lead_organisation_name',
      'cases.lead_officer_id',
      'u.name as lead_officer_name',
      'cases.opened_at',
      'cases.closed_at',
    ])
    .where('cases.id', '=', caseId)
    .where(visibleCases(actor))
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    statusName: statusName(row.status),
    statusTag: statusTag(row.status),
    riskLevel: row.risk_level,
    riskTag: riskTag(row.risk_level),
    highRisk: row.high_risk,
    hateRelated: row.hate_related,
    childInvolved: row.child_involved,
    leadOrganisationId: row.lead_organisation_id,
    leadOrganisationName: row.lead_organisation_name,
    leadOfficerId: row.lead_officer_id,
    leadOfficerName: row.lead_officer_name,
    isLeadOrganisation: row.lead_organisation_id === actor.organisationId,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
  };
}

/**
 * findCaseHeader and, when found, an audit record 'case.view' with the page viewed
 * (e.g. 'summary', 'risk', 'documents'). The pages' one entry point for reading a case.
 */
export async function viewCase(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  page: string,
  ip: string | null,
): Promise<CaseHeader | undefined> {
  const header = await findCaseHeader(db, actor, caseId);
  if (header) await writeAudit(db, actor, { action: 'case.view', entityType: 'case', entityId: header.id, detail: { page }, ip });
  return header;
}
