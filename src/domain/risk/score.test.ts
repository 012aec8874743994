import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RiskQuestionnaire } from './questionnaire.js';
import { VICTIM_QUESTIONNAIRE_V1 } from './default-questionnaires.js';
import { applyOverride, bandFor, RiskRuleError, scoreAssessment, sectionStatus, unansweredMessage } from './score.js';

/** Three questions scoring 0–5 each; bands medium 5, high 10; 'danger' forces high. */
const Q: RiskQuestionnaire = {
  title: 'Test',
  bands: { medium: 5, high: 10 },
  sections: [
    {
      id: 's1',
      title: 'One',
      questions: [
        { id: 'a', text: 'A?', options: [0, 1, 2, 3, 4, 5].map((n) => ({ value: `v${n}`, label: `${n}`, score: n })) },
        { id: 'b', text: 'B?', options: [0, 1, 2, 3, 4, 5].map((n) => ({ value: `v${n}`, label: `${n}`, score: n })) },
      ],
    },
    {
      id: 's2',
      title: 'Two',
      questions: [
        {
          id: 'c',
          text: 'C?',
          options: [
            { value: 'no', label: 'No', score: 0 },
            { value: 'danger', label: 'In danger', score: 0, high: true },
          ],
        },
      ],
    },
  ],
};

const answers = (a: number, b: number, c = 'no') => ({ a: `v${a}`, b: `v${b}`, c });

describe('scoring a risk assessment', () => {
  it('adds the chosen options’ scores and bands the total at the edges', () => {
    const cases: [number, number, string][] = [
      [0, 0, 'standard'],
      [2, 2, 'standard'],
      [4, 0, 'standard'],
      [5, 0, 'medium'],
      [4, 5, 'medium'],
      [5, 5, 'high'],
    ];
    for (const [a, b, level] of cases) {
      const s = scoreAssessment(Q, answers(a, b));
      expect([s.score, s.level]).toEqual([a + b, level]);
    }
  });

  it('gives the band as the reason', () => {
    expect(scoreAssessment(Q, answers(1, 1)).reasons).toEqual(['A score of 2 is in the standard band (below 5)']);
    expect(scoreAssessment(Q, answers(3, 3)).reasons).toEqual(['A score of 6 is in the medium band (5 to 9)']);
    expect(scoreAssessment(Q, answers(5, 5)).reasons).toEqual(['A score of 10 is in the high band (10 or more)']);
  });

  it('makes the result high whatever the score when an answer is marked high, and says why', () => {
    const s = scoreAssessment(Q, answers(0, 0, 'danger'));
    expect(s).toMatchObject({ score: 0, level: 'high', complete: true });
    expect(s.reasons).toEqual([
      'A score of 0 is in the standard band (below 5)',
      'The answer “In danger” to “C?” makes the risk high whatever the score',
    ]);
  });

  it('lists unanswered questions in order and scores what is answered', () => {
    expect(scoreAssessment(Q, {})).toMatchObject({ score: 0, level: 'standard', complete: false, missing: ['a', 'b', 'c'] });
    expect(scoreAssessment(Q, { b: 'v5', c: 'danger' })).toMatchObject({ score: 5, level: 'high', complete: false, missing: ['a'] });
  });

  it('refuses an unknown option value or question', () => {
    expect(() => scoreAssessment(Q, { a: 'v9' })).toThrow(new RiskRuleError('a', 'Select an answer for “A?”'));
    expect(() => scoreAssessment(Q, { z: 'v1' })).toThrow('“z” is not a question in this risk assessment');
    try {
      scoreAssessment(Q, { a: 'v9' });
    } catch (e) {
      expect((e as RiskRuleError).field).toBe('a');
    }
  });

  it('bands any score consistently: standard < medium < high, monotonic in the score', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 120 }),
        (medium, gap, score) => {
          const bands = { medium, high: medium + gap };
          const level = bandFor(score, bands);
          expect(level).toBe(score >= bands.high ? 'high' : score >= bands.medium ? 'medium' : 'standard');
          const rank = { standard: 0, medium: 1, high: 2 };
          expect(rank[bandFor(score + 1, bands)]).toBeGreaterThanOrEqual(rank[level]);
        },
      ),
    );
  });

  it('scores any full set of answers to the shipped victim questionnaire within 0 and its maximum', () => {
    const questions = VICTIM_QUESTIONNAIRE_V1.sections.flatMap((s) => s.questions);
    const answerSets = fc
      .tuple(...questions.map((q) => fc.constantFrom(...q.options)))
      .map((opts) => Object.fromEntries(opts.map((o, i) => [questions[i]!.id, o.value])));
    fc.assert(
      fc.property(answerSets, (set) => {
        const s = scoreAssessment(VICTIM_QUESTIONNAIRE_V1, set);
        expect(s.complete).toBe(true);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(52);
        const forced = questions.some((q) => q.options.find((o) => o.value === set[q.id])?.high);
        if (forced) expect(s.level).toBe('high');
        else expect(s.level).toBe(bandFor(s.score, VICTIM_QUESTIONNAIRE_V1.bands));
      }),
    );
  });

  it('words the message for an unanswered question', () => {
    expect(unansweredMessage(Q.sections[0]!.questions[0]!)).toBe('Select an answer for “A?”');
  });
});

describe('the task list status of a section', () => {
  it('is not yet started, incomplete or completed by the answers given', () => {
    const s1 = Q.sections[0]!;
    expect(sectionStatus(s1, {})).toBe('not_started');
    expect(sectionStatus(s1, { a: 'v1' })).toBe('incomplete');
    expect(sectionStatus(s1, { a: 'v1', b: 'v0' })).toBe('completed');
    expect(sectionStatus(s1, { a: 'nonsense' })).toBe('not_started');
    expect(sectionStatus(Q.sections[1]!, { a: 'v1', b: 'v0' })).toBe('not_started');
  });
});

describe('overriding the scored level', () => {
  it('keeps the scored level when there is no override', () => {
    expect(applyOverride({ level: 'medium' })).toEqual({ level: 'medium', scoredLevel: 'medium', override: null });
    expect(applyOverride({ level: 'medium' }, null)).toEqual({ level: 'medium', scoredLevel: 'medium', override: null });
  });

  it('uses the officer’s level, up or down, with the reason trimmed', () => {
    expect(applyOverride({ level: 'medium' }, { level: 'high', reason: '  Victim disclosed a weapon  ' })).toEqual({
      level: 'high',
      scoredLevel: 'medium',
      override: { level: 'high', reason: 'Victim disclosed a weapon' },
    });
    expect(applyOverride({ level: 'high' }, { level: 'standard', reason: 'Perpetrator has moved away' }).level).toBe('standard');
  });

  it('needs a reason', () => {
    for (const reason of [undefined, null, '', '   ']) {
      expect(() => applyOverride({ level: 'medium' }, { level: 'high', reason })).toThrow(
        new RiskRuleError('overrideReason', 'Enter the reason for changing the risk level'),
      );
    }
    expect(() => applyOverride({ level: 'medium' }, { level: 'high', reason: 'x'.repeat(2001) })).toThrow(
      'The reason for changing the risk level must be 2,000 characters or fewer',
    );
  });

  it('needs a real level that differs from the scored one', () => {
    expect(() => applyOverride({ level: 'medium' }, { level: 'severe', reason: 'x' })).toThrow('Select the risk level');
    expect(() => applyOverride({ level: 'medium' }, { level: 'medium', reason: 'x' })).toThrow(
      'Select a risk level other than medium, the scored level',
    );
  });
});
