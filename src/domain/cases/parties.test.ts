import { describe, expect, it } from 'vitest';
import { CASE_PARTY_ROLES, caseRoleForIncidentRole, casePartyRoleName, isCasePartyRole } from './parties.js';

describe('people’s roles on a case', () => {
  it('carries victims, complainants, perpetrators and witnesses from an incident as they are', () => {
    for (const role of ['victim', 'complainant', 'perpetrator', 'witness'] as const) expect(caseRoleForIncidentRole(role)).toBe(role);
  });

  it('does not guess a role for the subject of a report', () => {
    expect(caseRoleForIncidentRole('subject')).toBeNull();
  });

  it('names every role the database allows, and only those', () => {
    expect(CASE_PARTY_ROLES.map((r) => r.code)).toEqual([
      'victim',
      'complainant',
      'perpetrator',
      'witness',
      'parent_guardian',
      'professional',
    ]);
    expect(casePartyRoleName('parent_guardian')).toBe('Parent or guardian');
    expect(isCasePartyRole('professional')).toBe(true);
    expect(isCasePartyRole('subject')).toBe(false);
  });
});
