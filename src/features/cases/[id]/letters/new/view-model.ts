/** The "Produce a letter" page's view model: radios for the pro formas and recipients, a select for interventions. */
import type { FormErrors } from '../../../../../platform/forms.js';
import type { CaseHeader } from '../../../../../services/cases/case-header.js';
import type { LetterChoices } from '../../../../../services/letters/case-letters.js';
import type { NewLetterValues } from './schema.js';

const RECIPIENT_HINT = {
  perpetrator: 'To a perpetrator, or their parent or guardian',
  victim: 'To a victim or complainant',
  any: 'To anyone on the case',
};

export function newLetterPage(header: CaseHeader, choices: LetterChoices, values: NewLetterValues, errors?: FormErrors) {
  return {
    title: 'Produce a letter',
    caseHeader: header,
    casePage: 'documents',
    action: `/cases/${header.id}/letters/new`,
    cancelHref: `/cases/${header.id}/letters`,
    values,
    errors,
    templateItems: choices.templates.map((t) => ({
      value: t.code,
      text: t.name,
      hint: { text: RECIPIENT_HINT[t.recipient] },
      checked: values.templateCode === t.code,
    })),
    recipientItems: choices.recipients.map((r) => ({
      value: r.personId,
      text: r.name,
      hint: { text: r.roles.join(', ') },
      checked: values.personId === r.personId,
    })),
    noRecipients: choices.recipients.length === 0,
    peopleHref: `/cases/${header.id}/people`,
    interventionItems: [
      { value: '', text: choices.interventions.length ? 'None' : 'No interventions are recorded on this case' },
      ...choices.interventions.map((i) => ({ value: i.id, text: i.text, selected: values.interventionId === i.id })),
    ],
  };
}
