import { describe, expect, it } from 'vitest';
import { caseRiskLevel, subjectKey, type CompletedAssessment } from './case-level.js';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const a = (
  kind: CompletedAssessment['kind'],
  personId: string | null,
  day: number,
  level: CompletedAssessment['level'],
): CompletedAssessment => ({ kind, personId, completedAt: at(day), level });
const ON_CASE = new Set(['victim:v1', 'victim:v2', 'perpetrator:p1']);

describe('the case’s risk level', () => {
  it('is null until an assessment is completed', () => {
    expect(caseRiskLevel([], ON_CASE)).toBeNull();
  });

  it('is the highest among the subjects’ latest assessments', () => {
    expect(
      caseRiskLevel([a('case', null, 1, 'standard'), a('victim', 'v1', 2, 'medium'), a('perpetrator', 'p1', 3, 'standard')], ON_CASE),
    ).toBe('medium');
    expect(caseRiskLevel([a('case', null, 1, 'standard'), a('victim', 'v2', 2, 'high')], ON_CASE)).toBe('high');
  });

  it('lets a newer assessment of a subject replace an older one, in any order given', () => {
    expect(caseRiskLevel([a('victim', 'v1', 5, 'standard'), a('victim', 'v1', 2, 'high')], ON_CASE)).toBe('standard');
    expect(caseRiskLevel([a('victim', 'v1', 2, 'high'), a('victim', 'v1', 5, 'medium'), a('case', null, 1, 'standard')], ON_CASE)).toBe(
      'medium',
    );
  });

  it('keeps one person’s victim and perpetrator assessments apart', () => {
    const both = new Set(['victim:x', 'perpetrator:x']);
    expect(caseRiskLevel([a('victim', 'x', 1, 'high'), a('perpetrator', 'x', 2, 'standard')], both)).toBe('high');
  });

  it('ignores people no longer on the case', () => {
    expect(caseRiskLevel([a('victim', 'gone', 3, 'high'), a('case', null, 1, 'medium')], ON_CASE)).toBe('medium');
  });

  it('keys subjects by kind and person', () => {
    expect([subjectKey('case', null), subjectKey('victim', 'v1'), subjectKey('perpetrator', 'p1')]).toEqual([
      'case',
      'victim:v1',
      'perpetrator:p1',
    ]);
  });
});
