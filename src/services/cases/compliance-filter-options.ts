/**
 * The choices the compliance page's filter offers: the organisations (by name), districts and
 * neighbourhood policing areas (by name). Reference data, no personal data: nothing is scoped or
 * audited. Whether the organisation choice is shown is the page's call (compliance.ts
 * mayChooseOrganisation).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { npaOptions } from '../../db/repositories/case-queues.js';
import { districtOptions, organisationOptions } from '../../db/repositories/organisations.js';

export interface ComplianceFilterOptions {
  organisations: { id: string; name: string }[];
  districts: { code: string; name: string }[];
  npas: { code: string; name: string }[];
}

/** @returns the three option lists. */
export async function listComplianceFilterOptions(db: Kysely<Database>): Promise<ComplianceFilterOptions> {
  const [organisations, districts, npas] = await Promise.all([organisationOptions(db), districtOptions(db), npaOptions(db)]);
  return { organisations, districts, npas };
}
