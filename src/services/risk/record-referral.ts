/**
 * Records a referral of a victim to victim support (issue 4: "High risk prompts a referral to
 * victim support (record consent)"), offered after a victim risk assessment. The service is the
 * partnership's (CaseSettings.victimSupportService, 'Victim First', DOMAIN.md §5.2); the victim's
 * consent is kept as data: given, refused or not asked yet, with notes (DOMAIN.md §5.3: record
 * consent as first-class data; the ISA's lawful basis for Victim First is UNVERIFIED). Needs
 * 'cases:work' on a visible case that is not closed; the assessment must be a completed victim
 * assessment of a person still a victim on the case. Writes the referral, a case event 'referral'
 * and an audit record 'referral.record' (ids and the consent answer only; notes stay in the
 * referral).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { insertReferral } from '../../db/repositories/referrals.js';
import { isCurrentParty } from '../../db/repositories/risk-cases.js';
import type { Actor } from '../../domain/access/roles.js';
import { loadCaseSettings } from '../cases/settings.js';
import { RiskNotFoundError, RiskRuleError } from './errors.js';
import { findAssessmentRecord, workableCase } from './risk-records.js';

export type ReferralConsent = 'given' | 'refused' | 'not_asked';

export const REFERRAL_CONSENTS: readonly { code: ReferralConsent; name: string }[] = [
  { code: 'given', name: 'Consent given' },
  { code: 'refused', name: 'Consent refused' },
  { code: 'not_asked', name: 'Not asked yet' },
];

/** Longest consent notes, in characters. */
export const REFERRAL_NOTES_MAX = 1000;

export interface ReferralInput {
  consent: string;
  notes?: string | null;
}

/**
 * @returns the referral's id and the service referred to.
 * @throws RiskForbiddenError; RiskNotFoundError (case, assessment not a completed victim
 *   assessment, or the person no longer a victim on the case); RiskRuleError ('consent', 'notes',
 *   or 'form' for a closed case).
 */
export async function recordReferral(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  assessmentId: string,
  input: ReferralInput,
  ip: string | null = null,
): Promise<{ id: string; service: string }> {
  return db.transaction().execute(async (trx) => {
    await workableCase(trx, actor, caseId);
    const assessment = await findAssessmentRecord(trx, actor, caseId, assessmentId);
    if (!assessment || assessment.kind !== 'victim' || assessment.status !== 'completed' || !assessment.personId)
      throw new RiskNotFoundError('Victim risk assessment not found');
    const victim = await isCurrentParty(trx, caseId, assessment.personId, 'victim');
    if (!victim) throw new RiskNotFoundError('That person is no longer a victim on this case');
    const { victimSupportService: service } = await loadCaseSettings(trx);
    const consent = REFERRAL_CONSENTS.find((c) => c.code === input.consent)?.code;
    if (!consent) throw new RiskRuleError('consent', `Select whether the victim agreed to a referral to ${service}`);
    const notes = input.notes?.trim() || null;
    if (notes && notes.length > REFERRAL_NOTES_MAX)
      throw new RiskRuleError('notes', `Notes must be ${REFERRAL_NOTES_MAX.toLocaleString('en-GB')} characters or fewer`);

    const id = await insertReferral(trx, {
      caseId,
      personId: assessment.personId,
      service,
      consent,
      consentNotes: notes,
      riskAssessmentId: assessment.id,
      referredBy: actor.userId,
    });
    const what = consent === 'given' ? 'victim consented' : consent === 'refused' ? 'victim refused consent' : 'consent not asked yet';
    await appendCaseEvent(trx, actor, caseId, {
      kind: 'referral',
      summary: `Referral to ${service} for ${assessment.personName}: ${what}`,
      detail: { referralId: id, personId: assessment.personId, assessmentId: assessment.id, consent, service },
    });
    await writeAudit(trx, actor, {
      action: 'referral.record',
      entityType: 'case',
      entityId: caseId,
      detail: { referralId: id, personId: assessment.personId, assessmentId: assessment.id, consent },
      ip,
    });
    return { id, service };
  });
}
