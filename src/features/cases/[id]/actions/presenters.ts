/**
 * Small presenters for the Actions pages: outcome tags, the next deadline of an intervention,
 * deadline text in London time, and rule findings as the GOV.UK error summary ("Why: <source>").
 */
import type { InterventionOutcome } from '../../../../db/schema.js';
import type { Deadline, RuleFinding } from '../../../../domain/powers/types.js';
import type { FormErrors } from '../../../../platform/forms.js';
import { deadlineText } from '../../../../services/powers/record-intervention.js';
import { multilineHtml } from '../reviews/presenters.js';

const OUTCOME_TAGS: Record<InterventionOutcome, { text: string; classes: string }> = {
  complied: { text: 'Complied', classes: 'govuk-tag--green' },
  breached: { text: 'Breached', classes: 'govuk-tag--red' },
  varied: { text: 'Varied', classes: 'govuk-tag--blue' },
  discharged: { text: 'Discharged', classes: 'govuk-tag--grey' },
  appealed: { text: 'Appealed', classes: 'govuk-tag--orange' },
  expired: { text: 'Expired', classes: 'govuk-tag--grey' },
  withdrawn: { text: 'Withdrawn', classes: 'govuk-tag--grey' },
};

/** The GOV.UK tag for an outcome; "No outcome yet" when none is recorded. */
export function outcomeTag(outcome: InterventionOutcome | null): { text: string; classes: string } {
  return outcome ? OUTCOME_TAGS[outcome] : { text: 'No outcome yet', classes: 'govuk-tag--light-blue' };
}

const londonDateTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });

/** '4 December 2026', or '4 December 2026 at 14:05' where hours count (the timeline's wording too). */
export const deadlineWhen: (d: Deadline) => string = deadlineText;

/** An instant as London date and time. */
export function instantText(at: Date | null): string {
  return at ? londonDateTime.format(at) : '';
}

/** The first deadline not yet passed (London date today counts), or undefined. */
export function nextDeadline(deadlines: readonly Deadline[], today: string, now: Date): Deadline | undefined {
  return deadlines.find((d) => (d.at ? d.at >= now : d.on !== null && d.on >= today));
}

/** The anchor of a form field on the recording form (date inputs link to their day box). */
export function anchorFor(field: string, dateFields: readonly string[]): string {
  if (field === 'personId' || field === 'subjectKind') return 'subject';
  if (field === 'form') return 'intervention-form';
  if (field === 'startsAt') return 'servedAt-day';
  return dateFields.includes(field) ? `${field}-day` : field;
}

/**
 * Rule findings as FormErrors: each summary item shows the message and, below it, "Why:" and the
 * rule's source; each field shows its message. The first finding per field wins beside the field.
 */
export function findingsAsErrors(findings: readonly RuleFinding[], dateFields: readonly string[]): FormErrors {
  const errors: FormErrors = { list: [], fields: {} };
  for (const f of findings) {
    const id = anchorFor(f.field, dateFields);
    const why = f.source ? `<span class="govuk-!-display-block govuk-!-font-weight-regular">Why: ${multilineHtml(f.source)}</span>` : '';
    (errors.list as { text?: string; html?: string; href: string }[]).push({ html: `${multilineHtml(f.message)}${why}`, href: `#${id}` });
    if (!errors.fields[id]) errors.fields[id] = { text: f.message };
  }
  return errors;
}

/** A type's name inside a sentence: "Record warning letter", but "Record Community Protection Notice". */
export function inSentence(name: string): string {
  const words = name.split(' ');
  const proper = words.length > 1 && words.slice(1).every((w) => /^[A-Z]/.test(w) || /^(of|and|or|for|to)$/.test(w));
  return proper ? name : `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}
