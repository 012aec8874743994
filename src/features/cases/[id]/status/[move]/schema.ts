/**
 * The change-of-status form (GOV.UK wording), built for one move of the workflow table: the
 * reason (required when the move says so), and on closing the outcome, notes, and the victim's
 * view of the outcome with notes. The table's own check (checkMove) runs again in the service.
 */
import { z } from 'zod';
import type { CaseOutcome, VictimView } from '../../../../../db/schema.js';
import { CASE_OUTCOMES, OUTCOME_NEEDING_NOTES, VICTIM_VIEWS, type Move, type MoveRequest } from '../../../../../domain/cases/workflow.js';
import { asText } from '../../../_core/page.js';

export const TEXT_MAX = 2000;

const text = z.preprocess(asText, z.string());

/** The form's schema for `move`. */
export const statusSchema = (move: Move) =>
  z
    .looseObject({ reason: text, outcome: text, outcomeNotes: text, victimView: text, victimViewNotes: text })
    .transform((v, ctx): MoveRequest => {
      const issue = (bad: boolean, path: string, message: string) => bad && ctx.addIssue({ code: 'custom', path: [path], message });
      issue(move.reasonRequired && !v.reason, 'reason', move.reasonMessage);
      issue(v.reason.length > TEXT_MAX, 'reason', `The reason must be ${TEXT_MAX} characters or fewer`);
      if (!move.outcomeRequired) return { reason: v.reason };
      const outcome = CASE_OUTCOMES.find((o) => o.code === v.outcome)?.code;
      issue(!outcome, 'outcome', 'Select the outcome of the case');
      issue(outcome === OUTCOME_NEEDING_NOTES && !v.outcomeNotes, 'outcomeNotes', 'Enter what the outcome was');
      issue(v.outcomeNotes.length > TEXT_MAX, 'outcomeNotes', `Notes about the outcome must be ${TEXT_MAX} characters or fewer`);
      const victimView = VICTIM_VIEWS.find((o) => o.code === v.victimView)?.code;
      issue(!!v.victimView && !victimView, 'victimView', 'Select the victim’s view of the outcome');
      issue(
        v.victimViewNotes.length > TEXT_MAX,
        'victimViewNotes',
        `Notes about the victim’s view must be ${TEXT_MAX} characters or fewer`,
      );
      return {
        reason: v.reason,
        outcome: outcome as CaseOutcome | undefined,
        outcomeNotes: v.outcomeNotes,
        victimView: victimView as VictimView | undefined,
        victimViewNotes: v.victimViewNotes,
      };
    });
