/**
 * The use-of-powers report (issue 5 "Use of powers"): interventions and powers by organisation,
 * district, month, age band and outcome, with breach counts; filters; and the CSV shaped to feed
 * a Home Office return. Needs 'powers:report'. Aggregate counts across the partnership, not
 * limited to the cases the actor may see: see db/repositories/use-of-powers.ts for why, and why
 * that is safe (no names, no references). Because the figures may leave the partnership, counts
 * below the LOCAL threshold (rule_settings 'use_of_powers_report', default 5) are withheld as
 * "[c]" on the page and in the CSV (domain/analysis/small-counts.ts). Viewing is not audited (no
 * personal data); the CSV export is ('powers.export', with the filters, which are codes only).
 */
import Papa from 'papaparse';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit, type Executor } from '../../db/repositories/audit-log.js';
import { ruleSettingValue } from '../../db/repositories/rule-settings.js';
import { countInterventions, powersFilterOptions, type PowersFilters } from '../../db/repositories/use-of-powers.js';
import { can, type Actor } from '../../domain/access/roles.js';
import type { Published } from '../../domain/analysis/small-counts.js';
import { CSV_HEADER, powersCsvRows, powersReport, type PowersReport } from '../../domain/powers/use-of-powers.js';
import { publishPowersReport } from '../../domain/powers/use-of-powers-disclosure.js';
import { mergeUseOfPowersSettings, USE_OF_POWERS_SETTINGS_KEY } from '../../domain/powers/use-of-powers-settings.js';
import { CaseForbiddenError } from '../cases/errors.js';

export type { PowersFilters };

export interface UseOfPowersPage {
  options: Awaited<ReturnType<typeof powersFilterOptions>>;
  /** The smallest count shown: counts from 1 to one below it are withheld (null in `report`). */
  threshold: number;
  /** Null when the filters were invalid (the page shows the form with its errors). */
  report: PowersReport<Published> | null;
}

/**
 * The threshold in force: the newest 'use_of_powers_report' setting over the default (5).
 * @throws InvalidUseOfPowersSettingsError when the stored setting breaks its limits.
 */
async function suppressionThreshold(db: Executor): Promise<number> {
  return mergeUseOfPowersSettings(await ruleSettingValue(db, USE_OF_POWERS_SETTINGS_KEY)).suppressionThreshold;
}

/**
 * @param filters validated filters, or null to show the form only.
 * @throws CaseForbiddenError without 'powers:report'.
 * @throws InvalidUseOfPowersSettingsError when the stored threshold breaks its limits.
 */
export async function useOfPowers(db: Kysely<Database>, actor: Actor, filters: PowersFilters | null): Promise<UseOfPowersPage> {
  if (!can(actor, 'powers:report')) throw new CaseForbiddenError('Your role does not allow the use-of-powers report');
  const [options, threshold] = await Promise.all([powersFilterOptions(db), suppressionThreshold(db)]);
  const report = filters ? publishPowersReport(powersReport(await countInterventions(db, filters)), threshold) : null;
  return { options, threshold, report };
}

/**
 * The CSV: a header row, then one row per organisation × district × month × type × age band ×
 * outcome with its count and breaches, "[c]" where withheld (CRLF, formula-looking cells escaped).
 * @throws CaseForbiddenError without 'powers:report'.
 * @throws InvalidUseOfPowersSettingsError when the stored threshold breaks its limits.
 */
export async function exportUseOfPowers(
  db: Kysely<Database>,
  actor: Actor,
  filters: PowersFilters,
  ip: string | null = null,
): Promise<string> {
  if (!can(actor, 'powers:report')) throw new CaseForbiddenError('Your role does not allow the use-of-powers report');
  return db.transaction().execute(async (trx) => {
    const threshold = await suppressionThreshold(trx);
    const groups = await countInterventions(trx, filters);
    await writeAudit(trx, actor, {
      action: 'powers.export',
      entityType: 'report',
      detail: { report: 'use-of-powers', filters, rows: groups.length, threshold },
      ip,
    });
    return Papa.unparse({ fields: [...CSV_HEADER], data: powersCsvRows(groups, threshold) }, { escapeFormulae: true, newline: '\r\n' });
  });
}
