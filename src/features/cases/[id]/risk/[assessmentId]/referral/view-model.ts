/** The referral page's view model: the prompt, who has been told, and the consent form. */
import type { CaseHeader } from '../../../../../../services/cases/case-header.js';
import type { ReferralPrompt } from '../../../../../../services/risk/referral-prompt.js';
import { REFERRAL_CONSENTS, REFERRAL_NOTES_MAX } from '../../../../../../services/risk/record-referral.js';
import type { FormErrors } from '../../../../../../platform/forms.js';
import { casePageModel } from '../../risk-page.js';

/** What to say about the supervisors' email, from the `notified` query the complete page sets. */
function notifiedText(notified: unknown): string | null {
  if (typeof notified !== 'string' || !/^\d+$/.test(notified)) return null;
  const n = Number(notified);
  if (n === 0)
    return 'No supervisor is set up for this case’s area, so no one has been emailed. Tell your supervisor about the high risk result.';
  return `Concord has emailed ${n === 1 ? 'the case’s supervisor' : `the case’s ${n} supervisors`} about the high risk result.`;
}

export function referralPage(
  caseHeader: CaseHeader,
  p: ReferralPrompt,
  opts: { notified?: unknown; values?: Record<string, string>; errors?: FormErrors },
) {
  const { assessment: a, service } = p;
  const high = a.level === 'high';
  const values = opts.values ?? {};
  return casePageModel(caseHeader, `Referral to ${service}`, {
    caseHeading: high ? `This victim is high risk: offer a referral to ${service}` : `Offer a referral to ${service}`,
    victimName: a.personName ?? '',
    notified: high ? notifiedText(opts.notified) : null,
    service,
    earlier: p.earlier.map((e) => ({
      consent: REFERRAL_CONSENTS.find((c) => c.code === e.consent)?.name ?? e.consent,
      referredAt: e.referredAt,
    })),
    consentItems: [
      { value: 'given', text: 'Yes, they agreed to be referred', checked: values.consent === 'given' },
      { value: 'refused', text: 'No, they refused', checked: values.consent === 'refused' },
      { value: 'not_asked', text: 'Not asked yet', checked: values.consent === 'not_asked' },
    ],
    notes: values.notes ?? '',
    notesMax: REFERRAL_NOTES_MAX,
    action: `/cases/${caseHeader.id}/risk/${a.id}/referral`,
    riskHref: `/cases/${caseHeader.id}/risk`,
    errors: opts.errors,
  });
}
