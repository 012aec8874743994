/**
 * The use-of-powers report (issue 5 "Use of powers"): interventions and powers by organisation,
 * district, month, age band and outcome, with breach counts; filters; and the CSV shaped to feed
 * a Home Office return. Needs 'powers:report'. Aggregate counts across the partnership, not
 * limited to the cases the actor may see: see db/repositories/use-of-powers.ts for why, and why
 * that is safe (no names, no references). Viewing is not audited (no personal data); the CSV
 * export is ('powers.export', with the filters, which are codes only).
 */
import Papa from 'papaparse';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { countInterventions, powersFilterOptions, type PowersFilters } from '../../db/repositories/use-of-powers.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { CSV_HEADER, powersCsvRows, powersReport, type PowersReport } from '../../domain/powers/use-of-powers.js';
import { CaseForbiddenError } from '../cases/errors.js';

export type { PowersFilters };

export interface UseOfPowersPage {
  options: Awaited<ReturnType<typeof powersFilterOptions>>;
  /** Null when the filters were invalid (the page shows the form with its errors). */
  report: PowersReport | null;
}

/**
 * @param filters validated filters, or null to show the form only.
 * @throws CaseForbiddenError without 'powers:report'.
 */
export async function useOfPowers(db: Kysely<Database>, actor: Actor, filters: PowersFilters | null): Promise<UseOfPowersPage> {
  if (!can(actor, 'powers:report')) throw new CaseForbiddenError('Your role does not allow the use-of-powers report');
  const options = await powersFilterOptions(db);
  return { options, report: filters ? powersReport(await countInterventions(db, filters)) : null };
}

/**
 * The CSV: a header row, then one row per organisation × district × month × type × age band ×
 * outcome with its count and breaches (CRLF, formula-looking cells escaped).
 * @throws CaseForbiddenError without 'powers:report'.
 */
export async function exportUseOfPowers(
  db: Kysely<Database>,
  actor: Actor,
  filters: PowersFilters,
  ip: string | null = null,
): Promise<string> {
  if (!can(actor, 'powers:report')) throw new CaseForbiddenError('Your role does not allow the use-of-powers report');
  return db.transaction().execute(async (trx) => {
    const groups = await countInterventions(trx, filters);
    await writeAudit(trx, actor, {
      action: 'powers.export',
      entityType: 'report',
      detail: { report: 'use-of-powers', filters, rows: groups.length },
      ip,
    });
    return Papa.unparse({ fields: [...CSV_HEADER], data: powersCsvRows(groups) }, { escapeFormulae: true, newline: '\r\n' });
  });
}
