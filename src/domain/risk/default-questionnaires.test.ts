import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_QUESTIONNAIRES, VICTIM_QUESTIONNAIRE_V1 } from './default-questionnaires.js';
import { maximumScore, parseQuestionnaire } from './questionnaire.js';
import { scoreAssessment } from './score.js';

describe('the shipped version 1 questionnaires', () => {
  it('are valid, in 3 or 4 sections each, with the high band reachable by score alone', () => {
    for (const q of Object.values(DEFAULT_RISK_QUESTIONNAIRES)) {
      expect(parseQuestionnaire(q).ok).toBe(true);
      expect(q.sections.length).toBeGreaterThanOrEqual(3);
      expect(q.sections.length).toBeLessThanOrEqual(4);
      expect(maximumScore(q)).toBeGreaterThanOrEqual(q.bands.high);
    }
  });

  it('ask the victim about the domains DOMAIN.md §4.2 lists', () => {
    const ids = VICTIM_QUESTIONNAIRE_V1.sections.flatMap((s) => s.questions.map((q) => q.id));
    expect(ids).toEqual([
      'repeat',
      'targeted',
      'hate',
      'threats',
      'daily-life',
      'health',
      'fear',
      'moving',
      'disability',
      'age',
      'children',
      'support',
      'tenure',
      'can-move',
    ]);
  });

  it('make threats to kill or immediate danger high whatever the rest of the answers', () => {
    const lowest = Object.fromEntries(VICTIM_QUESTIONNAIRE_V1.sections.flatMap((s) => s.questions.map((q) => [q.id, q.options[0]!.value])));
    expect(scoreAssessment(VICTIM_QUESTIONNAIRE_V1, lowest).level).toBe('standard');
    expect(scoreAssessment(VICTIM_QUESTIONNAIRE_V1, { ...lowest, threats: 'kill' }).level).toBe('high');
    expect(scoreAssessment(VICTIM_QUESTIONNAIRE_V1, { ...lowest, fear: 'immediate-danger' }).level).toBe('high');
  });

  it('give every kind at least one answer that forces high', () => {
    for (const q of Object.values(DEFAULT_RISK_QUESTIONNAIRES))
      expect(q.sections.some((s) => s.questions.some((qu) => qu.options.some((o) => o.high)))).toBe(true);
  });
});
