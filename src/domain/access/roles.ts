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
  | 'admin:settings'
  | 'audit:search'
  | 'cases:view'
  | 'cases:work'
  | 'cases:review'
  | 'compliance:view'
  | 'compliance:send'
  | 'admin:outbox'
  | 'powers:report';

const CASEWORK: Role[] = ['call_handler', 'officer', 'supervisor', 'asb_coordinator', 'partner_case_officer'];
/** Staff who hold cases (issue 4). Call handlers record reports; they do not manage cases. */
const CASE_OFFICERS: Role[] = ['officer', 'supervisor', 'asb_coordinator', 'partner_case_officer'];

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
  /** Change the partnership's LOCAL and UNVERIFIED rule settings (rule_settings; /admin/rule-settings). */
  'admin:settings': ['administrator'],
  'audit:search': ['auditor'],
  /** See cases of the actor's organisation and cases shared with it (db/repositories/case-scope.ts). */
  'cases:view': CASE_OFFICERS,
  /** Open cases, link incidents, add parties, notes, documents, risk assessments, contact (issue 4). */
  'cases:work': CASE_OFFICERS,
  /** Record a supervisory review (LLR action plan action 2c). */
  'cases:review': ['supervisor', 'asb_coordinator'],
  /** The compliance page and its CSV. */
  'compliance:view': ['supervisor', 'asb_coordinator', 'analyst'],
  /** Send the weekly compliance lists now (the button beside the scheduled job). */
  'compliance:send': ['asb_coordinator', 'administrator'],
  /** Read the email outbox (emails kept when SMTP is not configured). */
  'admin:outbox': ['administrator'],
  /** The use-of-powers report and its CSV (issue 5): aggregate figures, no personal data. */
  'powers:report': ['analyst', 'asb_coordinator', 'supervisor'],
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
