/** The section page's view model: one radio group per question with its answer and error. */
import type { CaseHeader } from '../../../../../../services/cases/case-header.js';
import type { AssessmentView } from '../../../../../../services/risk/find-assessment.js';
import type { RiskSection } from '../../../../../../domain/risk/questionnaire.js';
import type { FormErrors } from '../../../../../../platform/forms.js';
import { assessmentTitle, casePageModel } from '../../risk-page.js';
import { fieldFor } from './schema.js';

/**
 * @param values the answers to show: the stored ones, or after a refused POST what was posted
 *   over the stored ones.
 * @param issues the service's issues, keyed by question id ('form' for the page as a whole).
 */
export function sectionPage(
  caseHeader: CaseHeader,
  a: AssessmentView,
  section: RiskSection,
  values: Record<string, string>,
  issues?: { field: string; message: string }[],
) {
  const errors: FormErrors | undefined = issues && {
    list: issues.map((i) => ({ text: i.message, href: i.field === 'form' ? '#main-content' : `#${fieldFor(i.field)}` })),
    fields: Object.fromEntries(issues.map((i) => [fieldFor(i.field), { text: i.message }])),
  };
  const questions = section.questions.map((q) => ({
    name: fieldFor(q.id),
    legend: q.text,
    hint: q.hint ? { text: q.hint } : undefined,
    items: q.options.map((o) => ({ value: o.value, text: o.label, checked: values[q.id] === o.value })),
    errorMessage: errors?.fields[fieldFor(q.id)],
  }));
  const index = a.definition.sections.findIndex((s) => s.id === section.id);
  return casePageModel(caseHeader, `${section.title}: ${assessmentTitle(a.kind, null)}`, {
    caseHeading: section.title,
    caption: `${assessmentTitle(a.kind, a.personName)}, section ${index + 1} of ${a.definition.sections.length}`,
    questions,
    action: `/cases/${caseHeader.id}/risk/${a.id}/${section.id}`,
    backHref: `/cases/${caseHeader.id}/risk/${a.id}`,
    errors,
  });
}
