/**
 * Roles and what each may do. The role names are the partnership's (DESIGN.md §3); the
 * permission table is the single place that says which role may use which part of Concord.
 * Pure: no I/O.
 */
import type { Role } from '../../db/schema.js';

export type { Role };

export const ROLES: readonly { code: Role; name: string }[] = [
  { code: 'call_handler', name: 'Call handler' },
  { code: 'officer', name: 'Officer' },
  { code: 'supervisor', name: 'Supervisor' },
  { code: 'asb_coordinator', name: 'ASB coordinator' },
  { code: 'analyst', name: 'Analyst' },
  { code: 'partner_case_officer', name: 'Partner case officer' },
  { code: 'administrator', name: 'Administrator' },
  { code: 'auditor', name: 'Auditor' },
];

export function isRole(value: string): value is Role {
  return ROLES.some((r) => r.code === value);
}

export function roleName(code: Role): string {
  return ROLES.find((r) => r.code === code)?.name ?? code;
}

export type Permission =
  | 'incidents:view'
  | 'incidents:record'
  | 'incidents:import'
  | 'stats:view'
  | 'admin:organisations'
  | 'admin:users'
  | 'admin:reference'
  | 'audit:search';

const CASEWORK: Role[] = ['call_handler', 'officer', 'supervisor', 'asb_coordinator', 'partner_case_officer'];

/** Which roles hold each permission. */
export const PERMISSIONS: Record<Permission, readonly Role[]> = {
  'incidents:view': [...CASEWORK, 'analyst'],
  /** Record a report and run the point-of-report checks (issue 3). */
  'incidents:record': CASEWORK,
  'incidents:import': ['analyst', 'administrator'],
  'stats:view': ['analyst', 'asb_coordinator', 'supervisor'],
  'admin:organisations': ['administrator'],
  'admin:users': ['administrator'],
  'admin:reference': ['administrator'],
  'audit:search': ['auditor'],
};

/** Who is acting: a signed-in user (in one organisation) or an API token. */
export interface Actor {
  kind: 'user' | 'token';
  userId: string | null;
  apiTokenId: string | null;
  name: string;
  organisationId: string;
  organisationName: string;
  roles: readonly Role[];
}

/** True when any of the actor's roles holds the permission. */
export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  const allowed = PERMISSIONS[permission];
  return actor.roles.some((r) => allowed.includes(r));
}
