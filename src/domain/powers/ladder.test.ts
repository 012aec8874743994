import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVENTION_TYPES } from './default-types.js';
import { ladderPosition, sameSubject, skippedTiers } from './ladder.js';
import { aProposal, aRecord, PERSON } from './test-support.js';

const T = DEFAULT_INTERVENTION_TYPES;
const codes = (types: { code: string }[]) => types.map((t) => t.code);

describe('ladderPosition', () => {
  it('suggests tier 1 when nothing has been tried', () => {
    const p = ladderPosition([], T, PERSON);
    expect(p.highestTier).toBeNull();
    expect(p.suggestedNext?.tier).toBe(1);
    expect(codes(p.suggestedNext?.types ?? [])).toEqual(['advice']);
    expect(p.rungs.map((r) => r.tier)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(p.diversionFirst).toEqual([]);
  });

  it('lists what was tried by tier, oldest first, with outcomes, and suggests the next tier up', () => {
    const history = [
      aRecord({ typeCode: 'abc', issuedOn: '2026-04-01', outcome: 'breached', outcomeOn: '2026-05-01' }),
      aRecord({ typeCode: 'warning_letter', issuedOn: '2026-03-01', outcome: 'breached', outcomeOn: '2026-03-20' }),
      aRecord({ typeCode: 'mediation', issuedOn: '2026-03-15' }),
      aRecord({ typeCode: 'closure_notice', subjectKind: 'premises', personId: null, subjectText: '1 Road' }),
      aRecord({ typeCode: 'cpw', personId: 'someone-else' }),
    ];
    const p = ladderPosition(history, T, PERSON);
    expect(p.highestTier).toBe(3);
    expect(p.rungs.find((r) => r.tier === 3)?.tried.map((t) => [t.typeCode, t.issuedOn, t.outcome])).toEqual([
      ['mediation', '2026-03-15', null],
      ['abc', '2026-04-01', 'breached'],
    ]);
    expect(p.rungs.find((r) => r.tier === 2)?.tried[0]).toMatchObject({
      typeName: 'Warning letter',
      outcome: 'breached',
      outcomeOn: '2026-03-20',
    });
    expect(p.suggestedNext).toMatchObject({ tier: 4 });
    expect(codes(p.suggestedNext?.types ?? [])).toEqual(['cpw']);
  });

  it('looks at the whole history when no person is given', () => {
    const history = [aRecord({ typeCode: 'cpw', personId: 'someone-else' })];
    expect(ladderPosition(history, T, null).highestTier).toBe(4);
    expect(ladderPosition(history, T, PERSON).highestTier).toBeNull();
  });

  it('does not count a withdrawn intervention towards the highest tier but lists it', () => {
    const p = ladderPosition([aRecord({ typeCode: 'cpw', outcome: 'withdrawn' })], T, PERSON);
    expect(p.highestTier).toBeNull();
    expect(p.rungs.find((r) => r.tier === 4)?.tried).toHaveLength(1);
  });

  it('has no next step at the top of the ladder', () => {
    expect(ladderPosition([aRecord({ typeCode: 'cbo' })], T, PERSON).suggestedNext).toBeNull();
  });

  it('offers diversion first for a person under 18', () => {
    expect(codes(ladderPosition([], T, PERSON, 15).diversionFirst)).toEqual([
      'support_referral',
      'restorative_justice',
      'parenting_contract',
    ]);
    expect(ladderPosition([], T, PERSON, 18).diversionFirst).toEqual([]);
    expect(ladderPosition([], T, PERSON, null).diversionFirst).toEqual([]);
  });

  it('follows an edited register: tiers and types added by administrators', () => {
    const types = [
      ...T.filter((t) => t.code !== 'advice'),
      { code: 'respect_order', name: 'Respect Order', tier: 7, statutory: true, subjectKinds: ['person' as const], legalSource: null },
    ];
    const p = ladderPosition([aRecord({ typeCode: 'cbo' })], types, PERSON);
    expect(p.rungs.map((r) => r.tier)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(codes(p.suggestedNext?.types ?? [])).toEqual(['respect_order']);
  });
});

describe('skippedTiers', () => {
  it('lists every tier below a first intervention', () => {
    expect(skippedTiers(aProposal({ typeCode: 'cpw' }), [], T)).toEqual([1, 2, 3]);
    expect(skippedTiers(aProposal({ typeCode: 'advice' }), [], T)).toEqual([]);
  });

  it('lists the tiers between the highest tried and the proposal', () => {
    const history = [aRecord({ typeCode: 'warning_letter' })];
    expect(skippedTiers(aProposal({ typeCode: 'civil_injunction' }), history, T)).toEqual([3, 4, 5]);
    expect(skippedTiers(aProposal({ typeCode: 'abc' }), history, T)).toEqual([]);
    expect(skippedTiers(aProposal({ typeCode: 'advice' }), history, T)).toEqual([]);
  });

  it('counts only the same subject, and not withdrawn interventions', () => {
    expect(skippedTiers(aProposal({ typeCode: 'cpw' }), [aRecord({ typeCode: 'abc', personId: 'other' })], T)).toEqual([1, 2, 3]);
    expect(skippedTiers(aProposal({ typeCode: 'cpw' }), [aRecord({ typeCode: 'abc', outcome: 'withdrawn' })], T)).toEqual([1, 2, 3]);
  });

  it('is empty for premises and area measures', () => {
    expect(
      skippedTiers(aProposal({ typeCode: 'closure_notice', subjectKind: 'premises', personId: null, subjectText: '1 Road' }), [], T),
    ).toEqual([]);
  });

  it('matches a body by name', () => {
    const history = [aRecord({ typeCode: 'warning_letter', subjectKind: 'body', personId: null, subjectText: 'Acme Ltd' })];
    expect(skippedTiers(aProposal({ typeCode: 'cpw', subjectKind: 'body', personId: null, subjectText: 'ACME LTD' }), history, T)).toEqual([
      3,
    ]);
  });
});

describe('sameSubject', () => {
  it('needs the same kind and the same person or name', () => {
    const person = aRecord();
    expect(sameSubject(aProposal(), person)).toBe(true);
    expect(sameSubject(aProposal({ personId: null }), { ...person, personId: null })).toBe(false);
    expect(
      sameSubject(aProposal({ subjectKind: 'body', personId: null, subjectText: '' }), {
        ...person,
        subjectKind: 'body',
        personId: null,
        subjectText: '',
      }),
    ).toBe(false);
    expect(sameSubject(aProposal({ subjectKind: 'body', personId: null, subjectText: 'X' }), person)).toBe(false);
  });
});
