import { describe, expect, it } from 'vitest';
import {
  higherLevel,
  maximumScore,
  parseQuestionnaire,
  riskAssessmentName,
  riskLevelName,
  storedQuestionnaire,
  type RiskQuestionnaire,
} from './questionnaire.js';
import { DEFAULT_RISK_QUESTIONNAIRES } from './default-questionnaires.js';

const valid = (): RiskQuestionnaire => ({
  title: 'Test',
  bands: { medium: 2, high: 4 },
  sections: [
    {
      id: 'one',
      title: 'One',
      questions: [
        {
          id: 'a',
          text: 'A?',
          options: [
            { value: 'no', label: 'No', score: 0 },
            { value: 'yes', label: 'Yes', score: 2 },
          ],
        },
        {
          id: 'b',
          text: 'B?',
          options: [
            { value: 'no', label: 'No', score: 0 },
            { value: 'yes', label: 'Yes', score: 3, high: true },
          ],
        },
      ],
    },
  ],
});

const errorsOf = (input: unknown) => {
  const r = parseQuestionnaire(input);
  return r.ok ? [] : r.errors;
};

describe('a risk questionnaire definition', () => {
  it('accepts a well-formed definition and each shipped version 1', () => {
    expect(parseQuestionnaire(valid())).toEqual({ ok: true, value: valid() });
    for (const q of Object.values(DEFAULT_RISK_QUESTIONNAIRES)) expect(parseQuestionnaire(q).ok).toBe(true);
  });

  it('trims text it keeps', () => {
    const q = valid();
    q.title = '  Test  ';
    const r = parseQuestionnaire(q);
    expect(r.ok && r.value.title).toBe('Test');
  });

  it('needs at least one section and a question in each section', () => {
    expect(errorsOf({ ...valid(), sections: [] })).toEqual(['Add at least one section']);
    expect(errorsOf({ ...valid(), sections: [{ id: 'one', title: 'One', questions: [] }] })).toEqual([
      'Section 1: Add at least one question to each section',
    ]);
  });

  it('needs at least two options for each question', () => {
    const q = valid();
    q.sections[0]!.questions[1]!.options = [{ value: 'only', label: 'Only', score: 0 }];
    expect(errorsOf(q)).toEqual(['Section 1, question 2: Give each question at least 2 options']);
  });

  it('says where a missing or wrong field is', () => {
    const q = JSON.parse(JSON.stringify(valid())) as Record<string, unknown> & RiskQuestionnaire;
    q.sections[0]!.questions[0]!.text = ' ';
    (q.sections[0]!.questions[1]!.options[1] as unknown as Record<string, unknown>).score = 'three';
    expect(errorsOf(q)).toEqual([
      'Section 1, question 1: Enter the question text',
      'Section 1, question 2, option 2: Enter the option’s score as a number',
    ]);
    expect(errorsOf({ ...valid(), title: undefined })).toEqual(['Enter the questionnaire title']);
    expect(errorsOf('not an object')[0]).toMatch(/expected object/i);
  });

  it('refuses fields it does not know', () => {
    expect(errorsOf({ ...valid(), colour: 'red' })).toEqual(['Remove “colour”: it is not part of a questionnaire']);
  });

  it('refuses ids that cannot go in a web address and section ids that clash with other pages', () => {
    const q = valid();
    q.sections[0]!.id = 'Section One';
    expect(errorsOf(q)[0]).toMatch(/^Section 1: The section id must start with a letter/);
    q.sections[0]!.id = 'complete';
    expect(errorsOf(q)).toEqual(['Section 1: A section id cannot be complete or referral']);
  });

  it('refuses repeated section ids, question ids anywhere, and option values within a question', () => {
    const q = valid();
    q.sections.push({ ...q.sections[0]!, title: 'Two' });
    q.sections[0]!.questions[0]!.options[1]!.value = 'no';
    expect(errorsOf(q)).toEqual([
      'Section id “one” is used more than once: give each section its own id',
      'Question id “a” is used more than once: give each question its own id',
      'Question id “b” is used more than once: give each question its own id',
      'Section 1, question 1: option value “no” is used more than once',
      'Section 2, question 1: option value “no” is used more than once',
    ]);
  });

  it('needs the bands ascending from at least 1 and high reachable by the scores', () => {
    expect(errorsOf({ ...valid(), bands: { medium: 0, high: 4 } })).toEqual(['The lowest score for medium risk must be 1 or more']);
    expect(errorsOf({ ...valid(), bands: { medium: 4, high: 4 } })).toEqual([
      'The lowest score for high risk must be more than the lowest score for medium risk',
    ]);
    expect(errorsOf({ ...valid(), bands: { medium: 2, high: 6 } })).toEqual([
      'The lowest score for high risk must be 5 or less (the highest score the questions can give)',
    ]);
    expect(errorsOf({ ...valid(), bands: { medium: 1.5, high: 4 } })).toEqual(['The lowest score for medium risk must be a whole number']);
    expect(errorsOf({ ...valid(), bands: undefined })).toEqual(['Enter the bands: the lowest score for medium and for high risk']);
  });

  it('refuses negative and fractional scores', () => {
    const q = valid();
    q.sections[0]!.questions[0]!.options[0]!.score = -1;
    q.sections[0]!.questions[0]!.options[1]!.score = 0.5;
    expect(errorsOf(q)).toEqual([
      'Section 1, question 1, option 1: The option’s score must be 0 or more',
      'Section 1, question 1, option 2: The option’s score must be a whole number',
    ]);
  });

  it('reads a stored definition from JSON text or an object, and refuses a broken one', () => {
    expect(storedQuestionnaire(JSON.stringify(valid()))).toEqual(valid());
    expect(storedQuestionnaire(valid())).toEqual(valid());
    expect(() => storedQuestionnaire({ title: 'x' })).toThrow(/not valid/);
  });

  it('adds up the highest possible score', () => {
    expect(maximumScore(valid())).toBe(5);
    expect(maximumScore(DEFAULT_RISK_QUESTIONNAIRES.victim)).toBe(52);
  });

  it('names kinds and levels in staff’s words and orders levels', () => {
    expect(riskAssessmentName('perpetrator')).toBe('Perpetrator risk assessment');
    expect(riskLevelName('medium')).toBe('Medium');
    expect(higherLevel(null, 'standard')).toBe('standard');
    expect(higherLevel('high', 'medium')).toBe('high');
    expect(higherLevel('medium', 'high')).toBe('high');
    expect(higherLevel('medium', null)).toBe('medium');
  });
});
