import { describe, expect, it } from 'vitest';
import { checkIntervention } from './check-intervention.js';
import { DEFAULT_INTERVENTION_TYPES } from './default-types.js';
import { aContext, aProposal } from './test-support.js';

const fields = (r: { refusals: { field: string }[] }) => r.refusals.map((f) => f.field);

describe('generic rules for every type', () => {
  it('allows a warning letter to an adult today', () => {
    expect(checkIntervention(aProposal(), aContext())).toEqual({ refusals: [], warnings: [], deadlines: [] });
  });

  it('refuses a type not in the register', () => {
    const r = checkIntervention(aProposal({ typeCode: 'asbo' }), aContext());
    expect(r.refusals).toEqual([{ field: 'typeCode', message: 'Select the type of action', source: 'Concord recording rules (issue 5)' }]);
  });

  it('checks a type added without code with the generic rules only', () => {
    const types = [
      ...DEFAULT_INTERVENTION_TYPES,
      { code: 'respect_order', name: 'Respect Order', tier: 6, statutory: true, subjectKinds: ['person' as const], legalSource: null },
    ];
    expect(checkIntervention(aProposal({ typeCode: 'respect_order' }), aContext({ types })).refusals).toEqual([]);
    expect(
      fields(
        checkIntervention(
          aProposal({ typeCode: 'respect_order', subjectKind: 'area', personId: null, subjectText: 'Park' }),
          aContext({ types }),
        ),
      ),
    ).toEqual(['subjectKind']);
  });

  it('refuses a subject kind the type does not allow', () => {
    const r = checkIntervention(aProposal({ typeCode: 'pspo', endsOn: '2027-01-01' }), aContext());
    expect(r.refusals.map((f) => f.message)).toEqual(['A Public Spaces Protection Order can only be recorded against an area']);
  });

  it('needs the person, or the name, address or area of a subject that is not a person', () => {
    expect(fields(checkIntervention(aProposal({ personId: null }), aContext()))).toEqual(['personId']);
    expect(
      checkIntervention(aProposal({ subjectKind: 'body', personId: null, subjectText: ' ' }), aContext()).refusals.map((f) => f.message),
    ).toEqual(['Enter the name of the business or organisation']);
  });

  it('refuses an issue date in the future but allows a planned start', () => {
    expect(checkIntervention(aProposal({ issuedOn: '2026-06-16' }), aContext()).refusals.map((f) => f.message)).toEqual([
      'The date given must be today or in the past',
    ]);
    expect(checkIntervention(aProposal({ startsOn: '2026-07-01', endsOn: '2026-08-01' }), aContext()).refusals).toEqual([]);
  });

  it('refuses a time served in the future', () => {
    expect(fields(checkIntervention(aProposal({ servedAt: new Date('2026-06-15T11:00:01Z') }), aContext()))).toEqual(['servedAt']);
  });

  it('refuses an end before the start, allowing the same day', () => {
    expect(
      checkIntervention(aProposal({ startsOn: '2026-06-10', endsOn: '2026-06-09' }), aContext()).refusals.map((f) => f.message),
    ).toEqual(['The end date must be the same as or after the start date']);
    expect(checkIntervention(aProposal({ endsOn: '2026-06-15' }), aContext()).refusals).toEqual([]);
    expect(fields(checkIntervention(aProposal({ endsOn: '2026-06-14' }), aContext()))).toEqual(['endsOn']);
  });

  it('refuses an end time not after the start time, and a date to comply by before the date given', () => {
    const t = new Date('2026-06-15T09:00:00Z');
    expect(fields(checkIntervention(aProposal({ servedAt: t, endsAt: t }), aContext()))).toEqual(['endsAt']);
    expect(fields(checkIntervention(aProposal({ complianceDueOn: '2026-06-14' }), aContext()))).toEqual(['complianceDueOn']);
  });

  it('warns about a person under 18 with no parent or guardian recorded, only when the service says so', () => {
    const child = aProposal({ subjectDateOfBirth: '2012-01-01' });
    expect(checkIntervention(child, aContext({ subjectHasParentOrGuardian: false })).warnings.map((w) => w.message)).toEqual([
      'No parent or guardian is recorded for this person, who is under 18: add them to the case',
    ]);
    expect(checkIntervention(child, aContext({ subjectHasParentOrGuardian: true })).warnings).toEqual([]);
    expect(checkIntervention(child, aContext()).warnings).toEqual([]);
    expect(checkIntervention(aProposal(), aContext({ subjectHasParentOrGuardian: false })).warnings).toEqual([]);
  });

  it('gives every finding a source', () => {
    const r = checkIntervention(
      aProposal({ typeCode: 'cpn', issuedOn: '2027-01-01', subjectDateOfBirth: '2012-01-01' }),
      aContext({ subjectHasParentOrGuardian: false }),
    );
    for (const f of [...r.refusals, ...r.warnings]) expect(f.source).not.toBe('');
  });
});
