/** The Risk tab's view model: rows for each subject, the history, the referrals, the banner. */
import type { CaseHeader } from '../../../../services/cases/case-header.js';
import type { RiskOverview } from '../../../../services/risk/risk-overview.js';
import { REFERRAL_CONSENTS } from '../../../../services/risk/record-referral.js';
import { formatDate, londonDate } from '../../../../domain/checks/calendar.js';
import { riskAssessmentName, riskLevelName, RISK_KINDS } from '../../../../domain/risk/questionnaire.js';
import type { FormErrors } from '../../../../platform/forms.js';
import { casePageModel, dueTag, levelTag } from './risk-page.js';

/** The success banner for a `?saved=1`, `?completed=<assessmentId>` or `?referred=1` query. */
export function bannerFor(query: Record<string, unknown>, overview: RiskOverview): string | undefined {
  if (query.saved === '1') return 'Your answers have been saved. Continue the risk assessment from this page when you are ready.';
  if (query.referred === '1') return 'Referral recorded';
  const done = typeof query.completed === 'string' ? overview.history.find((h) => h.id === query.completed) : undefined;
  return done ? `${riskAssessmentName(done.kind)} completed: ${riskLevelName(done.level).toLowerCase()} risk` : undefined;
}

export function riskTabPage(
  caseHeader: CaseHeader,
  overview: RiskOverview,
  opts: { canWork: boolean; banner?: string | undefined; errors?: FormErrors },
) {
  const base = `/cases/${caseHeader.id}/risk`;
  const subjects = overview.subjects.map((s) => {
    const kindName = RISK_KINDS.find((k) => k.code === s.kind)!.name;
    const what = riskAssessmentName(s.kind).toLowerCase();
    return {
      subject: s.personName ? `${kindName}: ${s.personName}` : 'The case',
      level: levelTag(s.latest?.level ?? null),
      completedOn: s.latest ? formatDate(londonDate(s.latest.completedAt)) : 'Never',
      latestHref: s.latest ? `${base}/${s.latest.id}` : null,
      dueOn: s.due ? formatDate(s.due.dueOn) : 'Not due (case closed)',
      due: s.due ? { ...dueTag(s.due.state), reason: s.due.reason } : null,
      continueHref: s.inProgress ? `${base}/${s.inProgress.id}` : null,
      continueText: `Continue the ${what}`,
      hidden: s.personName ? ` for ${s.personName}` : '',
      start:
        !s.inProgress && opts.canWork && !overview.closed ? { kind: s.kind, personId: s.personId ?? '', text: `Start a ${what}` } : null,
    };
  });
  const history = overview.history.map((h) => ({
    href: `${base}/${h.id}`,
    completedAt: h.completedAt,
    name: riskAssessmentName(h.kind),
    personName: h.personName ?? 'The case',
    score: h.score,
    level: levelTag(h.level),
    changedFrom: h.overridden && h.scoredLevel ? `changed from ${riskLevelName(h.scoredLevel).toLowerCase()}` : null,
    by: h.completedByName ?? '',
    version: h.questionnaireVersion,
  }));
  const referrals = overview.referrals.map((r) => ({
    referredAt: r.referredAt,
    personName: r.personName,
    service: r.service,
    consent: REFERRAL_CONSENTS.find((c) => c.code === r.consent)?.name ?? r.consent,
    notes: r.notes ?? '',
    by: r.referredByName ?? '',
  }));
  return casePageModel(caseHeader, 'Risk', {
    subjects,
    history,
    referrals,
    closed: overview.closed,
    csrfAction: base,
    banner: opts.banner,
    errors: opts.errors,
  });
}
