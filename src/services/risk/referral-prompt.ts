/**
 * What the referral page shows after a victim risk assessment (issue 4: "High risk prompts a
 * referral to victim support"): the completed victim assessment, the service victims are referred
 * to (CaseSettings.victimSupportService) and the referrals already recorded from it. Found only on
 * a case the actor may see; the page has already audited the view with viewCase.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { referralsFromAssessment } from '../../db/repositories/referrals.js';
import type { Actor } from '../../domain/access/roles.js';
import { loadCaseSettings } from '../cases/settings.js';
import { findAssessmentRecord, type AssessmentRecord } from './risk-records.js';

export interface ReferralPrompt {
  assessment: AssessmentRecord;
  service: string;
  earlier: { consent: 'given' | 'refused' | 'not_asked'; referredAt: Date }[];
}

/** @returns undefined unless the assessment is a completed victim assessment on a visible case. */
export async function referralPrompt(
  db: Executor,
  actor: Actor,
  caseId: string,
  assessmentId: string,
): Promise<ReferralPrompt | undefined> {
  const assessment = await findAssessmentRecord(db, actor, caseId, assessmentId);
  if (!assessment || assessment.kind !== 'victim' || assessment.status !== 'completed') return undefined;
  const [settings, earlier] = await Promise.all([loadCaseSettings(db), referralsFromAssessment(db, assessment.id)]);
  return { assessment, service: settings.victimSupportService, earlier };
}
