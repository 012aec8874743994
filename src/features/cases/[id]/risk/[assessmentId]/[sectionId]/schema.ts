/**
 * The section form: one radio group per question, named `q-<questionId>` (so no question id can
 * clash with `_csrf` or `action`), and which button was pressed. Whether every question needs an
 * answer is the service's rule (services/risk/save-section.ts), with its GOV.UK messages.
 */
import { z } from 'zod';
import type { RiskSection } from '../../../../../../domain/risk/questionnaire.js';

/** The form field of a question. */
export const fieldFor = (questionId: string) => `q-${questionId}`;

export const sectionActionSchema = z.object({
  /** 'later' = "Save and come back later"; anything else = "Save and continue". */
  action: z
    .string()
    .optional()
    .transform((v) => (v === 'later' ? 'later' : 'continue')),
});

/** The posted answers as `{ [questionId]: value }` for the section's questions. */
export function sectionAnswers(section: RiskSection, body: Record<string, string>): Record<string, string> {
  return Object.fromEntries(section.questions.map((q) => [q.id, (body[fieldFor(q.id)] ?? '').trim()]));
}
