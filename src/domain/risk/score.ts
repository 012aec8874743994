/**
 * Scoring a risk assessment against its questionnaire (issue 4: "scored into standard / medium /
 * high with the bands in configuration, and a professional-judgement override with a required
 * reason"). The bands and weights are the questionnaire's (LOCAL/UNVERIFIED, DOMAIN.md §4.2);
 * this file only adds them up. Pure.
 *
 * Answers are `{ [questionId]: optionValue }`. The score is the sum of the chosen options'
 * scores; the level is the band the score falls in, raised to high when any chosen option is
 * marked `high: true`. An officer may replace the scored level with their own, giving a reason.
 */
import type { RiskLevel } from '../../db/schema.js';
import { isRiskLevel, riskLevelName, type RiskQuestion, type RiskQuestionnaire, type RiskSection } from './questionnaire.js';

export type RiskAnswers = Readonly<Record<string, string>>;

/** A rule refused the input; `field` names the form field, `message` is in GOV.UK wording. */
export class RiskRuleError extends Error {
  override name = 'RiskRuleError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ScoredAssessment {
  /** Sum of the chosen options' scores (unanswered questions add nothing). */
  score: number;
  /** The band of `score`, or high when an answer forces it. */
  level: RiskLevel;
  /** True when every question has an answer. */
  complete: boolean;
  /** Ids of unanswered questions, in questionnaire order. */
  missing: string[];
  /** Why the level is what it is, in staff's words. */
  reasons: string[];
}

/** "Select an answer for “How often …?”": the message for an unanswered question. */
export function unansweredMessage(question: RiskQuestion): string {
  return `Select an answer for “${question.text}”`;
}

function allQuestions(definition: RiskQuestionnaire): RiskQuestion[] {
  return definition.sections.flatMap((s) => s.questions);
}

/**
 * Checks that every answer names a question of the questionnaire and one of its options.
 * @throws RiskRuleError (field: the question id) for an unknown question or option value.
 */
export function checkAnswers(definition: RiskQuestionnaire, answers: RiskAnswers): void {
  const questions = new Map(allQuestions(definition).map((q) => [q.id, q]));
  for (const [id, value] of Object.entries(answers)) {
    const question = questions.get(id);
    if (!question) throw new RiskRuleError(id, `“${id}” is not a question in this risk assessment`);
    if (!question.options.some((o) => o.value === value)) throw new RiskRuleError(id, unansweredMessage(question));
  }
}

/** The band a score falls in: standard below `bands.medium`, medium below `bands.high`, else high. */
export function bandFor(score: number, bands: RiskQuestionnaire['bands']): RiskLevel {
  if (score >= bands.high) return 'high';
  if (score >= bands.medium) return 'medium';
  return 'standard';
}

/**
 * Scores the answers given so far.
 * @throws RiskRuleError for an answer to an unknown question or with an unknown option value.
 */
export function scoreAssessment(definition: RiskQuestionnaire, answers: RiskAnswers): ScoredAssessment {
  checkAnswers(definition, answers);
  const { bands } = definition;
  let score = 0;
  const missing: string[] = [];
  const forced: string[] = [];
  for (const question of allQuestions(definition)) {
    const value = answers[question.id];
    const option = question.options.find((o) => o.value === value);
    if (!option) {
      missing.push(question.id);
      continue;
    }
    score += option.score;
    if (option.high) forced.push(`The answer “${option.label}” to “${question.text}” makes the risk high whatever the score`);
  }
  const banded = bandFor(score, bands);
  const bandReason =
    banded === 'high'
      ? `A score of ${score} is in the high band (${bands.high} or more)`
      : banded === 'medium'
        ? `A score of ${score} is in the medium band (${bands.medium} to ${bands.high - 1})`
        : `A score of ${score} is in the standard band (below ${bands.medium})`;
  return { score, level: forced.length ? 'high' : banded, complete: missing.length === 0, missing, reasons: [bandReason, ...forced] };
}

/** How far a section has got, for the GOV.UK task list. */
export type SectionStatus = 'completed' | 'incomplete' | 'not_started';

export const SECTION_STATUS_TEXT: Record<SectionStatus, string> = {
  completed: 'Completed',
  incomplete: 'Incomplete',
  not_started: 'Not yet started',
};

/** Completed when every question in the section is answered; not started when none is. */
export function sectionStatus(section: RiskSection, answers: RiskAnswers): SectionStatus {
  const answered = section.questions.filter((q) => q.options.some((o) => o.value === answers[q.id])).length;
  if (answered === 0) return 'not_started';
  return answered === section.questions.length ? 'completed' : 'incomplete';
}

export interface RiskOverride {
  level: RiskLevel;
  reason: string;
}

export interface FinalLevel {
  /** The level that counts: the override's, else the scored one. */
  level: RiskLevel;
  scoredLevel: RiskLevel;
  /** Null when the officer kept the scored level. */
  override: RiskOverride | null;
}

/** Longest reason for an override, in characters. */
export const OVERRIDE_REASON_MAX = 2000;

/**
 * The final level after the officer's professional judgement.
 * @param override absent or null to keep the scored level.
 * @throws RiskRuleError 'overrideLevel' when the level is not a level or is the scored level;
 *   'overrideReason' when the reason is blank ("Enter the reason for changing the risk level")
 *   or longer than OVERRIDE_REASON_MAX.
 */
export function applyOverride(
  scored: Pick<ScoredAssessment, 'level'>,
  override?: { level: string; reason?: string | null } | null,
): FinalLevel {
  if (!override) return { level: scored.level, scoredLevel: scored.level, override: null };
  if (!isRiskLevel(override.level)) throw new RiskRuleError('overrideLevel', 'Select the risk level');
  if (override.level === scored.level) {
    throw new RiskRuleError(
      'overrideLevel',
      `Select a risk level other than ${riskLevelName(scored.level).toLowerCase()}, the scored level`,
    );
  }
  const reason = override.reason?.trim() ?? '';
  if (!reason) throw new RiskRuleError('overrideReason', 'Enter the reason for changing the risk level');
  if (reason.length > OVERRIDE_REASON_MAX)
    throw new RiskRuleError(
      'overrideReason',
      `The reason for changing the risk level must be ${OVERRIDE_REASON_MAX.toLocaleString('en-GB')} characters or fewer`,
    );
  return { level: override.level, scoredLevel: scored.level, override: { level: override.level, reason } };
}
