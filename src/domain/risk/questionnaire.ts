/**
 * Risk questionnaires held as configuration (issue 4 "Risk assessments"; DOMAIN.md §4.2: "build
 * as configurable questionnaire with versioned scoring"). A definition is sections of questions,
 * each answered by choosing one option that carries a score; the total falls into a band
 * (standard below `bands.medium`, medium from `bands.medium`, high from `bands.high`). An option
 * marked `high: true` (e.g. threats to kill, immediate danger) makes the result high whatever the
 * score. Wording, weights and bands are LOCAL/UNVERIFIED (DOMAIN.md §4.2), so an administrator
 * publishes new versions; every assessment keeps the version it was made with.
 *
 * parseQuestionnaire is the gate for a new version: it checks the shape and the rules a page
 * needs (unique ids, ids usable in a web address, at least one section and question, bands in
 * order and reachable) and words each problem for the administrator in GOV.UK style. Pure.
 */
import { z } from 'zod';
import type { RiskKind, RiskLevel } from '../../db/schema.js';

export interface RiskOption {
  /** Stored as the answer; unique within its question. */
  value: string;
  label: string;
  /** Whole points, 0 or more. */
  score: number;
  /** Choosing this option makes the risk high regardless of the score. */
  high?: boolean;
}

export interface RiskQuestion {
  /** Unique across the questionnaire: answers are keyed by it. */
  id: string;
  text: string;
  hint?: string;
  options: RiskOption[];
}

export interface RiskSection {
  /** Unique; part of the section page's address (/cases/:id/risk/:assessmentId/:sectionId). */
  id: string;
  title: string;
  questions: RiskQuestion[];
}

export interface RiskBands {
  /** Lowest score that is medium risk (at least 1, so a score of 0 is standard). */
  medium: number;
  /** Lowest score that is high risk (above `medium`). */
  high: number;
}

export interface RiskQuestionnaire {
  title: string;
  description?: string;
  sections: RiskSection[];
  bands: RiskBands;
}

export const RISK_KINDS: readonly { code: RiskKind; name: string }[] = [
  { code: 'victim', name: 'Victim' },
  { code: 'perpetrator', name: 'Perpetrator' },
  { code: 'case', name: 'Case' },
];

export const RISK_LEVELS: readonly { code: RiskLevel; name: string; rank: number }[] = [
  { code: 'standard', name: 'Standard', rank: 0 },
  { code: 'medium', name: 'Medium', rank: 1 },
  { code: 'high', name: 'High', rank: 2 },
];

export function isRiskKind(value: unknown): value is RiskKind {
  return RISK_KINDS.some((k) => k.code === value);
}

export function isRiskLevel(value: unknown): value is RiskLevel {
  return RISK_LEVELS.some((l) => l.code === value);
}

/** 'Victim risk assessment', 'Case risk assessment'. */
export function riskAssessmentName(kind: RiskKind): string {
  return `${RISK_KINDS.find((k) => k.code === kind)?.name ?? kind} risk assessment`;
}

/** 'High', 'Medium', 'Standard'. */
export function riskLevelName(level: RiskLevel): string {
  return RISK_LEVELS.find((l) => l.code === level)?.name ?? level;
}

/** The higher of two levels (null counts as lowest). */
export function higherLevel(a: RiskLevel | null, b: RiskLevel | null): RiskLevel | null {
  const rank = (l: RiskLevel | null) => (l ? RISK_LEVELS.find((x) => x.code === l)!.rank : -1);
  return rank(b) > rank(a) ? b : a;
}

/** Section ids that would clash with the fixed pages beside the section pages. */
export const RESERVED_SECTION_IDS: readonly string[] = ['complete', 'referral'];

const ID = /^[a-z][a-z0-9-]{0,39}$/;
const idSchema = (what: string) =>
  z.string({ error: `Enter the ${what} id` }).regex(ID, {
    error: `The ${what} id must start with a letter and use only lower-case letters, numbers and hyphens (up to 40 characters)`,
  });
const textSchema = (what: string, max: number) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .min(1, { error: `Enter the ${what}` })
    .max(max, { error: `The ${what} must be ${max} characters or fewer` });

const optionSchema = z.strictObject({
  value: idSchema('option'),
  label: textSchema('option label', 200),
  score: z
    .number({ error: 'Enter the option’s score as a number' })
    .int({ error: 'The option’s score must be a whole number' })
    .min(0, { error: 'The option’s score must be 0 or more' })
    .max(100, { error: 'The option’s score must be 100 or less' }),
  high: z.boolean({ error: '“high” must be true or false' }).optional(),
});

const questionSchema = z.strictObject({
  id: idSchema('question'),
  text: textSchema('question text', 300),
  hint: textSchema('question hint', 500).optional(),
  options: z
    .array(optionSchema, { error: 'Add the question’s options' })
    .min(2, { error: 'Give each question at least 2 options' })
    .max(10, { error: 'Give each question 10 options or fewer' }),
});

const sectionSchema = z.strictObject({
  id: idSchema('section').refine((id) => !RESERVED_SECTION_IDS.includes(id), {
    error: `A section id cannot be ${RESERVED_SECTION_IDS.join(' or ')}`,
  }),
  title: textSchema('section title', 100),
  questions: z
    .array(questionSchema, { error: 'Add the section’s questions' })
    .min(1, { error: 'Add at least one question to each section' }),
});

const bandSchema = (what: string) =>
  z
    .number({ error: `Enter the lowest score for ${what} risk as a number` })
    .int({ error: `The lowest score for ${what} risk must be a whole number` })
    .min(1, { error: `The lowest score for ${what} risk must be 1 or more` });

/** The shape of a definition; cross-field rules are checked by parseQuestionnaire. */
export const questionnaireSchema = z.strictObject({
  title: textSchema('questionnaire title', 100),
  description: textSchema('questionnaire description', 1000).optional(),
  sections: z
    .array(sectionSchema, { error: 'Add the questionnaire’s sections' })
    .min(1, { error: 'Add at least one section' })
    .max(10, { error: 'Use 10 sections or fewer' }),
  bands: z.strictObject(
    { medium: bandSchema('medium'), high: bandSchema('high') },
    { error: 'Enter the bands: the lowest score for medium and for high risk' },
  ),
});

/** The highest total a questionnaire can give. */
export function maximumScore(q: RiskQuestionnaire): number {
  return q.sections.flatMap((s) => s.questions).reduce((sum, qu) => sum + Math.max(...qu.options.map((o) => o.score)), 0);
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

/** Where in the definition a problem is, in words: 'Section 2, question 1, option 3'. */
function where(path: readonly PropertyKey[]): string {
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const index = path[i + 1];
    if ((key === 'sections' || key === 'questions' || key === 'options') && typeof index === 'number') {
      words.push(`${{ sections: 'Section', questions: 'question', options: 'option' }[key]} ${index + 1}`);
      i++;
    }
  }
  return words.join(', ');
}

function crossChecks(q: RiskQuestionnaire): string[] {
  const problems: string[] = [];
  for (const id of duplicates(q.sections.map((s) => s.id)))
    problems.push(`Section id “${id}” is used more than once: give each section its own id`);
  for (const id of duplicates(q.sections.flatMap((s) => s.questions.map((qu) => qu.id))))
    problems.push(`Question id “${id}” is used more than once: give each question its own id`);
  q.sections.forEach((s, si) =>
    s.questions.forEach((qu, qi) => {
      for (const v of duplicates(qu.options.map((o) => o.value)))
        problems.push(`Section ${si + 1}, question ${qi + 1}: option value “${v}” is used more than once`);
    }),
  );
  if (q.bands.high <= q.bands.medium) problems.push('The lowest score for high risk must be more than the lowest score for medium risk');
  const max = maximumScore(q);
  if (q.bands.high > max) problems.push(`The lowest score for high risk must be ${max} or less (the highest score the questions can give)`);
  return problems;
}

export type ParseResult = { ok: true; value: RiskQuestionnaire } | { ok: false; errors: string[] };

/**
 * Checks a definition (parsed JSON) against the shape and rules above.
 * @returns the definition, or every problem found in GOV.UK wording, each prefixed with where it
 *   is ('Section 2, question 1: Enter the question text').
 */
export function parseQuestionnaire(input: unknown): ParseResult {
  const parsed = questionnaireSchema.safeParse(input);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const at = where(issue.path);
      const message =
        issue.code === 'unrecognized_keys'
          ? `Remove ${issue.keys.map((k) => `“${k}”`).join(', ')}: it is not part of a questionnaire`
          : issue.message;
      return at ? `${at}: ${message}` : message;
    });
    return { ok: false, errors: [...new Set(errors)] };
  }
  const value = parsed.data as RiskQuestionnaire;
  const problems = crossChecks(value);
  return problems.length ? { ok: false, errors: problems } : { ok: true, value };
}

/**
 * A stored definition, which was checked when it was published.
 * @throws Error when it no longer passes parseQuestionnaire (a hand-edited row).
 */
export function storedQuestionnaire(input: unknown): RiskQuestionnaire {
  const value = typeof input === 'string' ? (JSON.parse(input) as unknown) : input;
  const parsed = parseQuestionnaire(value);
  if (!parsed.ok) throw new Error(`Stored risk questionnaire is not valid: ${parsed.errors[0]}`);
  return parsed.value;
}
