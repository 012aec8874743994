/**
 * The standard call-handling questions, asked the same way across the partnership (issue 3,
 * journey step 2). The questions are configuration with versions (table
 * `call_handling_questionnaires`): this is version 1, seeded by ensureReferenceData; a later
 * version is a new row, and every incident keeps the version it was asked with.
 *
 * Vulnerability factor codes follow DOMAIN.md §4.1 (vulnerability factors, [S73]) as the issue
 * lists them; they are what `person_vulnerabilities.factors` and the checks' `currentFactors`
 * hold. Hate monitoring strands: the five centrally monitored strands (College of Policing,
 * Hate Crime Operational Guidance). Pure: no I/O.
 */

/** How a question is answered. */
export type QuestionKind = 'yes-no-not-known' | 'yes-no' | 'factors' | 'text';

export interface QuestionOption {
  code: string;
  label: string;
}

export interface CallHandlingQuestion {
  /** The key of its answer in `incidents.call_answers`. */
  code: string;
  kind: QuestionKind;
  /** The question as the call handler reads it. */
  text: string;
  hint?: string;
  /** For 'factors': the codes that may be ticked. */
  options?: QuestionOption[];
  /** For 'text': the character limit. */
  maxLength?: number;
}

export interface CallHandlingQuestionnaire {
  version: number;
  questions: CallHandlingQuestion[];
}

/** Vulnerability factors the call handler can tick (codes stored; labels shown). */
export const VULNERABILITY_FACTORS: readonly QuestionOption[] = [
  { code: 'age', label: 'Age (older or younger person)' },
  { code: 'disability', label: 'Disability, including learning disability' },
  { code: 'mental-health', label: 'Mental health' },
  { code: 'physical-health', label: 'Physical health or illness' },
  { code: 'isolation', label: 'Lives alone or is isolated' },
  { code: 'previous-victimisation', label: 'Has been a victim before' },
];

export const CALL_HANDLING_QUESTIONNAIRE_V1: CallHandlingQuestionnaire = {
  version: 1,
  questions: [
    {
      code: 'happenedBefore',
      kind: 'yes-no-not-known',
      text: 'Has this happened to the caller before?',
      hint: 'Include reports made to the council, a housing provider or the police.',
    },
    {
      code: 'vulnerabilityFactors',
      kind: 'factors',
      text: 'Is the caller or anyone in their household vulnerable?',
      hint: 'Select all that apply. Leave blank if none.',
      options: [...VULNERABILITY_FACTORS],
    },
    {
      code: 'hateRelated',
      kind: 'yes-no',
      text: 'Does the caller think they were targeted because of who they are?',
      hint: 'Because of disability, race, religion, sexual orientation or transgender identity (a hate incident).',
    },
    { code: 'immediateDanger', kind: 'yes-no', text: 'Is anyone in immediate danger?' },
    {
      code: 'callerWants',
      kind: 'text',
      text: 'What does the caller want to happen?',
      hint: 'In the caller’s own words.',
      maxLength: 1000,
    },
  ],
};

/** The answers to version 1, as kept in `incidents.call_answers`. Every answer is optional. */
export interface CallAnswers {
  happenedBefore?: 'yes' | 'no' | 'not-known';
  vulnerabilityFactors?: string[];
  hateRelated?: boolean;
  immediateDanger?: boolean;
  callerWants?: string;
}

/** True when `code` is one of the questionnaire's vulnerability factor codes. */
export function isVulnerabilityFactor(code: string, questionnaire: CallHandlingQuestionnaire = CALL_HANDLING_QUESTIONNAIRE_V1): boolean {
  const q = questionnaire.questions.find((x) => x.kind === 'factors');
  return !!q?.options?.some((o) => o.code === code);
}

/** The factor codes ticked in `answers`, without duplicates, in the order given. */
export function vulnerabilityFactorsOf(answers: CallAnswers | null | undefined): string[] {
  return [...new Set(answers?.vulnerabilityFactors ?? [])];
}

/**
 * True when a stored questionnaire (JSON from the database) has the shape above: an array of
 * questions, each with a code, a known kind and its text.
 */
export function isQuestionList(value: unknown): value is CallHandlingQuestion[] {
  const kinds: readonly string[] = ['yes-no-not-known', 'yes-no', 'factors', 'text'];
  return (
    Array.isArray(value) &&
    value.every(
      (q) =>
        typeof q === 'object' &&
        q !== null &&
        typeof (q as CallHandlingQuestion).code === 'string' &&
        typeof (q as CallHandlingQuestion).text === 'string' &&
        kinds.includes((q as CallHandlingQuestion).kind),
    )
  );
}
