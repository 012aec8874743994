import { describe, expect, it } from 'vitest';
import { childCentredPrompts } from './ladder.js';

const summary = (p: ReturnType<typeof childCentredPrompts>) => p.map((x) => [x.code, x.outstanding]);

describe('childCentredPrompts', () => {
  it('shows nothing for an adult or an unknown age', () => {
    expect(childCentredPrompts(18)).toEqual([]);
    expect(childCentredPrompts(null)).toEqual([]);
  });

  it('for a person under 18: parent or guardian, diversion first and first-time-entrant status', () => {
    expect(summary(childCentredPrompts(17))).toEqual([
      ['parent_guardian', true],
      ['diversion_first', false],
      ['first_time_entrant', true],
    ]);
    expect(childCentredPrompts(17)[0]?.text).toBe(
      'Add a parent or guardian to the case: they should be involved in any agreement or action',
    );
    expect(summary(childCentredPrompts(17, { hasParentOrGuardian: true, firstTimeEntrant: false }))).toEqual([
      ['parent_guardian', false],
      ['diversion_first', false],
      ['first_time_entrant', false],
    ]);
    expect(childCentredPrompts(17, { firstTimeEntrant: true })[2]?.text).toBe('Would be a first-time entrant to the youth justice system');
  });

  it('adds the youth justice consultation task for an injunction or a CBO', () => {
    expect(childCentredPrompts(15, { typeCode: 'civil_injunction' })[1]).toEqual({
      code: 'youth_justice_consultation',
      text: 'Consult the youth justice service before applying for the injunction',
      outstanding: true,
    });
    expect(childCentredPrompts(15, { typeCode: 'civil_injunction', youthJusticeConsultedOn: '2026-06-01' })[1]?.outstanding).toBe(false);
    expect(childCentredPrompts(15, { typeCode: 'cbo' })[1]?.text).toBe(
      "Find out and record the youth justice service's views before the application",
    );
    expect(childCentredPrompts(15, { typeCode: 'cbo', youthJusticeViews: 'Supportive' })[1]?.outstanding).toBe(false);
    expect(childCentredPrompts(15, { typeCode: 'abc' }).map((p) => p.code)).not.toContain('youth_justice_consultation');
  });

  it('notes the age of criminal responsibility for a child under 10', () => {
    expect(childCentredPrompts(9).map((p) => p.code)).toContain('under_10');
    expect(childCentredPrompts(10).map((p) => p.code)).not.toContain('under_10');
  });
});
