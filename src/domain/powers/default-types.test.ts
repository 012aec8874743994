import { describe, expect, it } from 'vitest';
import { closureNoticeMaxHours, isCouncilRole, normaliseRank, policeRankAtLeast, rankName } from './authority.js';
import { DEFAULT_INTERVENTION_TYPES, isKnownType, KNOWN_TYPES } from './default-types.js';

describe('the register seed', () => {
  it('has one entry per known type, in ladder order, with unique snake_case codes', () => {
    const codes = DEFAULT_INTERVENTION_TYPES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(Object.values(KNOWN_TYPES).sort());
    for (const c of codes) expect(c).toMatch(/^[a-z][a-z_]*$/);
    const tiers = DEFAULT_INTERVENTION_TYPES.map((t) => t.tier).filter((t) => t !== null);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
  });

  it('puts each type on the LLR example ladder', () => {
    const tier = Object.fromEntries(DEFAULT_INTERVENTION_TYPES.map((t) => [t.code, t.tier]));
    expect(tier).toEqual({
      advice: 1,
      warning_letter: 2,
      abc: 3,
      mediation: 3,
      restorative_justice: 3,
      parenting_contract: 3,
      support_referral: 3,
      community_remedy: 3,
      cpw: 4,
      cpn: 5,
      cpn_fpn: 5,
      civil_injunction: 6,
      cbo: 6,
      absolute_possession: 6,
      closure_notice: null,
      closure_order: null,
      closure_order_extension: null,
      dispersal_authorisation: null,
      dispersal_direction: null,
      pspo: null,
    });
  });

  it('uses the names the law writes and gives statutory types a legal source', () => {
    const name = Object.fromEntries(DEFAULT_INTERVENTION_TYPES.map((t) => [t.code, t.name]));
    expect(name.cpw).toBe('Community Protection Warning');
    expect(name.cpn).toBe('Community Protection Notice');
    expect(name.cbo).toBe('Criminal Behaviour Order');
    expect(name.pspo).toBe('Public Spaces Protection Order');
    for (const t of DEFAULT_INTERVENTION_TYPES) {
      if (t.statutory) expect(t.legalSource).toBeTruthy();
      expect(t.description.length).toBeGreaterThan(10);
      expect(t.subjectKinds.length).toBeGreaterThan(0);
    }
  });

  it('knows its codes', () => {
    expect(isKnownType('cpn')).toBe(true);
    expect(isKnownType('respect_order')).toBe(false);
  });
});

describe('ranks', () => {
  it('orders police ranks and reads free text', () => {
    expect(normaliseRank(' Chief  Inspector ')).toBe('chief_inspector');
    expect(normaliseRank('')).toBeNull();
    expect(policeRankAtLeast('Inspector', 'inspector')).toBe(true);
    expect(policeRankAtLeast('sergeant', 'inspector')).toBe(false);
    expect(policeRankAtLeast('chief_constable', 'superintendent')).toBe(true);
    expect(policeRankAtLeast('council_chief_executive', 'inspector')).toBe(false);
    expect(policeRankAtLeast(null, 'constable')).toBe(false);
    expect(isCouncilRole('council_officer')).toBe(true);
    expect(rankName('chief_superintendent')).toBe('Chief Superintendent');
    expect(rankName('Special')).toBe('Special');
  });

  it('allows a 48-hour closure notice only at superintendent or above, or the chief executive or designate', () => {
    expect(closureNoticeMaxHours('chief_inspector')).toBe(24);
    expect(closureNoticeMaxHours('council_officer')).toBe(24);
    expect(closureNoticeMaxHours(null)).toBe(24);
    expect(closureNoticeMaxHours('superintendent')).toBe(48);
    expect(closureNoticeMaxHours('council_designate')).toBe(48);
  });
});
