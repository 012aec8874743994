/**
 * Referrals of victims to victim support (issue 4: "High risk prompts a referral to victim support
 * (record consent)"; DOMAIN.md §5.2, §5.3): recording one and reading those of a case or of an
 * assessment. The scoping rule: every function takes a case (or an assessment found on a case)
 * the caller has already found visible to the actor, in the same transaction where it writes.
 */
import type { Executor } from './audit-log.js';

export type ReferralConsentAnswer = 'given' | 'refused' | 'not_asked';

/** Stores a referral made by `referredBy` now. @returns its id. */
export async function insertReferral(
  db: Executor,
  row: {
    caseId: string;
    personId: string;
    service: string;
    consent: ReferralConsentAnswer;
    consentNotes: string | null;
    riskAssessmentId: string;
    referredBy: string | null;
  },
): Promise<string> {
  const inserted = await db
    .insertInto('referrals')
    .values({
      case_id: row.caseId,
      person_id: row.personId,
      service: row.service,
      consent: row.consent,
      consent_notes: row.consentNotes,
      risk_assessment_id: row.riskAssessmentId,
      referred_by: row.referredBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** The referrals recorded from the assessment, newest first: the consent answer and when. */
export async function referralsFromAssessment(
  db: Executor,
  assessmentId: string,
): Promise<{ consent: ReferralConsentAnswer; referredAt: Date }[]> {
  return db
    .selectFrom('referrals')
    .select(['consent', 'referred_at as referredAt'])
    .where('risk_assessment_id', '=', assessmentId)
    .orderBy('referred_at', 'desc')
    .execute();
}

/** A referral as the case's Risk tab lists it. */
export interface CaseReferralRow {
  id: string;
  service: string;
  consent: ReferralConsentAnswer;
  consentNotes: string | null;
  referredAt: Date;
  forename: string;
  surname: string;
  referredByName: string | null;
}

/** Every referral on the case, newest first, with the victim's and the referrer's names. */
export async function referralsOnCase(db: Executor, caseId: string): Promise<CaseReferralRow[]> {
  return db
    .selectFrom('referrals as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .leftJoin('users as u', 'u.id', 'r.referred_by')
    .select([
      'r.id',
      'r.service',
      'r.consent',
      'r.consent_notes as consentNotes',
      'r.referred_at as referredAt',
      'p.forename',
      'p.surname',
      'u.name as referredByName',
    ])
    .where('r.case_id', '=', caseId)
    .orderBy('r.referred_at', 'desc')
    .execute();
}
