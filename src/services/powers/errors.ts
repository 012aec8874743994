/**
 * The error the tools-and-powers services throw when the rules refuse a recording
 * (domain/powers/check-intervention.ts): ALL the refusals at once, each with the form field it
 * concerns, the message in GOV.UK wording and the rule's source, so the page shows every reason
 * in the error summary ("never as silent failures", issue 5).
 */
import type { RuleFinding } from '../../domain/powers/types.js';

export class InterventionRefusedError extends Error {
  constructor(readonly refusals: readonly RuleFinding[]) {
    super(refusals.map((r) => r.message).join('; '));
  }
}
