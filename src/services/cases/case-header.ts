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
import { findCaseHeaderRow } from '../../db/repositories/case-headers.js';
import { writeAudit, type Executor } from '../../db/repositories/audit-log.js';
import { statusName, statusTag, riskTag } from '../../domain/cases/workflow.js';
import { isUuid } from '../../domain/ids.js';

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
  const row = await findCaseHeaderRow(db, actor, caseId);
  if (!row) return undefined;
  return {
    ...row,
    statusName: statusName(row.status),
    statusTag: statusTag(row.status),
    riskTag: riskTag(row.riskLevel),
    isLeadOrganisation: row.leadOrganisationId === actor.organisationId,
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
