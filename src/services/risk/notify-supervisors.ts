/**
 * Tells a case's supervisors that a risk assessment came out high (issue 4: "High risk … notifies
 * the supervisor"). The supervisors are the active users with the role 'supervisor' in the
 * case's lead organisation who look after the whole organisation (users.area_code null) or the
 * case's area (its NPA or district code). One email each through the email queue, in the caller's
 * transaction. The subject carries no personal data (it shows in mail lists); the body gives the
 * case reference and the path of the case page, which the reader opens with their own access.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { supervisorsOfCaseArea } from '../../db/repositories/risk-cases.js';
import type { RiskKind } from '../../db/schema.js';
import { riskAssessmentName } from '../../domain/risk/questionnaire.js';
import { queueEmail } from '../email/queue-email.js';
import type { WorkableCase } from './risk-records.js';

/** @returns how many supervisors were emailed. */
export async function notifySupervisorsOfHighRisk(
  db: Executor,
  theCase: WorkableCase,
  assessment: { kind: RiskKind; score: number; completedByName: string },
): Promise<number> {
  const areas = [theCase.npaCode, theCase.districtCode].filter((c): c is string => c !== null);
  const supervisors = await supervisorsOfCaseArea(db, theCase.leadOrganisationId, areas);
  const name = riskAssessmentName(assessment.kind);
  for (const email of supervisors) {
    await queueEmail(db, {
      kind: 'high_risk',
      to: email,
      subject: `High risk: case ${theCase.reference}`,
      text: [
        `${name} on case ${theCase.reference} was completed as high risk (score ${assessment.score}) by ${assessment.completedByName}.`,
        '',
        `Open the case in Concord: /cases/${theCase.id}`,
      ].join('\n'),
      organisationId: theCase.leadOrganisationId,
    });
  }
  return supervisors.length;
}
