/** The "check and complete" page's view model: the score, the scored level and why, and the form. */
import type { CaseHeader } from '../../../../../../services/cases/case-header.js';
import type { AssessmentView } from '../../../../../../services/risk/find-assessment.js';
import { riskLevelName, RISK_LEVELS } from '../../../../../../domain/risk/questionnaire.js';
import { OVERRIDE_REASON_MAX } from '../../../../../../domain/risk/score.js';
import type { FormErrors } from '../../../../../../platform/forms.js';
import { assessmentTitle, casePageModel, levelTag } from '../../risk-page.js';

export function completePage(caseHeader: CaseHeader, a: AssessmentView, values: Record<string, string> = {}, errors?: FormErrors) {
  const scored = a.scored.level;
  return casePageModel(caseHeader, `Check and complete: ${assessmentTitle(a.kind, null)}`, {
    caseHeading: 'Check and complete the risk assessment',
    caption: assessmentTitle(a.kind, a.personName),
    score: a.scored.score,
    level: levelTag(scored),
    reasons: a.scored.reasons,
    agreeLegend: `Is ${riskLevelName(scored).toLowerCase()} risk the right level?`,
    agree: values.agree ?? '',
    levelItems: RISK_LEVELS.filter((l) => l.code !== scored).map((l) => ({
      value: l.code,
      text: l.name,
      checked: values.overrideLevel === l.code,
    })),
    overrideReason: values.overrideReason ?? '',
    reasonMax: OVERRIDE_REASON_MAX,
    action: `/cases/${caseHeader.id}/risk/${a.id}/complete`,
    backHref: `/cases/${caseHeader.id}/risk/${a.id}`,
    errors,
  });
}
