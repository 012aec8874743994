import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, type Actor, type Role } from './roles.js';

const actor = (roles: Role[]): Actor => ({
  kind: 'user',
  userId: 'u',
  apiTokenId: null,
  name: 'Someone',
  organisationId: 'o',
  organisationName: 'Org',
  roles,
});

describe('roles and permissions', () => {
  it('let only administrators change the rule settings', () => {
    expect(PERMISSIONS['admin:settings']).toEqual(['administrator']);
    expect(can(actor(['administrator']), 'admin:settings')).toBe(true);
    for (const role of [
      'officer',
      'supervisor',
      'asb_coordinator',
      'analyst',
      'auditor',
      'call_handler',
      'partner_case_officer',
    ] as Role[]) {
      expect([role, can(actor([role]), 'admin:settings')]).toEqual([role, false]);
    }
  });

  it('refuse everything to nobody', () => {
    expect(can(null, 'admin:settings')).toBe(false);
    expect(can(actor([]), 'incidents:view')).toBe(false);
  });
});
