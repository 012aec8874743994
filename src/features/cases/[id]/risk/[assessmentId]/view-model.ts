/**
 * The assessment page's view model: the GOV.UK task list of sections while in progress; the
 * result and the answers once completed.
 */
import type { CaseHeader } from '../../../../../services/cases/case-header.js';
import type { AssessmentView } from '../../../../../services/risk/find-assessment.js';
import { riskLevelName } from '../../../../../domain/risk/questionnaire.js';
import { SECTION_STATUS_TEXT } from '../../../../../domain/risk/score.js';
import { assessmentTitle, casePageModel, levelTag } from '../risk-page.js';

export function assessmentPage(caseHeader: CaseHeader, a: AssessmentView, opts: { canWork: boolean }) {
  const base = `/cases/${caseHeader.id}/risk/${a.id}`;
  const done = a.sections.filter((s) => s.status === 'completed').length;
  const tasks = a.sections.map((s) => ({
    title: { text: s.title },
    href: opts.canWork && a.status === 'in_progress' ? `${base}/${s.id}` : undefined,
    status:
      s.status === 'completed'
        ? { text: SECTION_STATUS_TEXT.completed }
        : {
            tag: { text: SECTION_STATUS_TEXT[s.status], classes: s.status === 'incomplete' ? 'govuk-tag--light-blue' : 'govuk-tag--blue' },
          },
  }));
  const answers = a.sections.map((s) => ({
    title: s.title,
    rows: s.questions.map((q) => ({
      key: { text: q.text },
      value: { text: q.options.find((o) => o.value === a.answers[q.id])?.label ?? 'Not answered' },
    })),
  }));
  const result =
    a.status === 'completed' && a.level
      ? [
          { key: { text: 'Score' }, value: { text: String(a.score ?? '') } },
          { key: { text: 'Scored level' }, value: { text: a.scoredLevel ? riskLevelName(a.scoredLevel) : '' } },
          { key: { text: 'Level' }, value: { text: riskLevelName(a.level) + (a.overrideLevel ? ' (changed by the officer)' : '') } },
          ...(a.overrideReason ? [{ key: { text: 'Reason for changing the level' }, value: { text: a.overrideReason } }] : []),
          { key: { text: 'Completed by' }, value: { text: a.completedByName ?? '' } },
        ]
      : null;
  return casePageModel(caseHeader, assessmentTitle(a.kind, null), {
    caseHeading: assessmentTitle(a.kind, a.personName),
    description: a.definition.description ?? '',
    version: a.questionnaireVersion,
    inProgress: a.status === 'in_progress',
    progress: `You have completed ${done} of ${a.sections.length} sections.`,
    tasks,
    checkHref: opts.canWork && a.status === 'in_progress' && a.scored.complete ? `${base}/complete` : null,
    canWork: opts.canWork,
    level: a.level ? levelTag(a.level) : null,
    completedAt: a.completedAt,
    result,
    answers,
    referralHref: opts.canWork && a.status === 'completed' && a.kind === 'victim' ? `${base}/referral` : null,
    riskHref: `/cases/${caseHeader.id}/risk`,
  });
}
