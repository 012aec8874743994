import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INCIDENT_TYPES_V1 } from '../classification/incident-types.js';
import { DEFAULT_LEAD_BY_TYPE, suggestLeadAgency, type LeadAgencyInput } from './suggest-lead-agency.js';

const plain: LeadAgencyInput = {
  incidentTypeCode: null,
  category: null,
  hateRelated: false,
  crimeLinked: false,
  childInvolved: false,
  vulnerable: false,
  immediateDanger: false,
};
const ofType = (incidentTypeCode: string, over: Partial<LeadAgencyInput> = {}) =>
  suggestLeadAgency({ ...plain, incidentTypeCode, ...over });

describe('suggesting the lead agency (LLR action plan §2.3)', () => {
  it.each([
    ['noise', 'partner'],
    ['neighbour-nuisance', 'partner'],
    ['fly-tipping', 'partner'],
    ['communal-areas', 'partner'],
    ['abandoned-vehicle', 'partner'],
    ['animal', 'partner'],
    ['drugs', 'police'],
    ['intimidation-harassment', 'police'],
    ['hate-related', 'police'],
    ['youth-rowdy', 'police'],
    ['rowdy-inconsiderate', 'police'],
    ['off-road-bikes', 'police'],
    ['criminal-damage', 'police'],
  ] as const)('suggests %s is %s-led', (code, lead) => {
    expect(ofType(code).lead).toBe(lead);
  });

  it('explains a partner-led suggestion in plain words with its source', () => {
    expect(ofType('noise')).toEqual({
      lead: 'partner',
      reason: 'Partner-led (the council or the landlord): noise (LLR ASB action plan §2.3)',
    });
    expect(ofType('neighbour-nuisance').reason).toBe(
      'Partner-led (the council or the landlord): a neighbour dispute without harassment (LLR ASB action plan §2.3)',
    );
  });

  it('explains a police-led suggestion', () => {
    expect(ofType('drugs')).toEqual({ lead: 'police', reason: 'Police-led: drug-related activity (LLR ASB action plan §2.3)' });
  });

  it('makes a neighbour dispute police-led when it is hate-related', () => {
    expect(ofType('neighbour-nuisance', { hateRelated: true })).toEqual({
      lead: 'police',
      reason: 'Police-led: it is hate-related (LLR ASB action plan §2.3)',
    });
  });

  it('makes noise police-led when someone is in immediate danger, the victim is vulnerable or a crime is linked, naming each', () => {
    const s = ofType('noise', { immediateDanger: true, vulnerable: true, crimeLinked: true });
    expect(s).toEqual({
      lead: 'police',
      reason: 'Police-led: someone is in immediate danger; it is linked to a crime; the victim is vulnerable (LLR ASB action plan §2.3)',
    });
  });

  it('adds the type’s own reason when it is police-led anyway', () => {
    expect(ofType('drugs', { crimeLinked: true }).reason).toBe(
      'Police-led: it is linked to a crime; drug-related activity (LLR ASB action plan §2.3)',
    );
  });

  it('falls back on the category for a type it does not know, or no type', () => {
    expect(ofType('something-new', { category: 'environmental' }).lead).toBe('partner');
    expect(suggestLeadAgency({ ...plain, category: 'personal' })).toEqual({
      lead: 'police',
      reason: 'Police-led: personal ASB, targeted at a person or group (LLR ASB action plan §2.3)',
    });
    expect(suggestLeadAgency({ ...plain, category: 'nuisance' }).lead).toBe('partner');
  });

  it('suggests partner-led until the risk assessment when nothing is known', () => {
    expect(suggestLeadAgency(plain)).toEqual({
      lead: 'partner',
      reason:
        'Partner-led (the council or the landlord): no type or category given and no risk identified; the risk assessment will settle the lead (LLR ASB action plan §2.4)',
    });
  });

  it('does not look up inherited names as types', () => {
    expect(ofType('constructor', { category: 'nuisance' }).lead).toBe('partner');
  });

  it('reminds the call handler of the child-centred approach without changing the lead', () => {
    const s = ofType('noise', { childInvolved: true });
    expect(s.lead).toBe('partner');
    expect(s.reason).toMatch(/\. A child is involved: apply the child-centred approach$/);
  });

  it('uses the partnership’s own table when given one', () => {
    const local = {
      ...DEFAULT_LEAD_BY_TYPE,
      'street-drinking': { lead: 'partner' as const, because: 'street drinking (PSPO, council wardens)' },
    };
    expect(suggestLeadAgency({ ...plain, incidentTypeCode: 'street-drinking' }, local)).toEqual({
      lead: 'partner',
      reason: 'Partner-led (the council or the landlord): street drinking (PSPO, council wardens) (LLR ASB action plan §2.3)',
    });
  });

  it('has a usual lead for every incident type in the starting list, and none it does not know', () => {
    expect(Object.keys(DEFAULT_LEAD_BY_TYPE).sort()).toEqual(INCIDENT_TYPES_V1.map((t) => t.code).sort());
  });

  it('always suggests police-led when there is danger, hate, a linked crime or vulnerability, whatever the type', () => {
    const input = fc.record({
      incidentTypeCode: fc.option(fc.constantFrom(...INCIDENT_TYPES_V1.map((t) => t.code), 'unknown'), { nil: null }),
      category: fc.constantFrom('personal', 'nuisance', 'environmental', null),
      hateRelated: fc.boolean(),
      crimeLinked: fc.boolean(),
      childInvolved: fc.boolean(),
      vulnerable: fc.boolean(),
      immediateDanger: fc.boolean(),
    });
    fc.assert(
      fc.property(input, (i) => {
        const s = suggestLeadAgency(i);
        if (i.hateRelated || i.crimeLinked || i.vulnerable || i.immediateDanger) expect(s.lead).toBe('police');
        expect(s.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});
