/**
 * Vulnerable victim, at the point of report.
 *
 * Source: DOMAIN.md §4.1 [S73][S74] (a person unable, because of their situation or circumstances,
 * to protect themselves from harm; the factor list) and LLR ASB Action Plan §2.49–2.50 (identify
 * and support vulnerable victims); issue 3 ("any vulnerability recorded now or before, with when
 * and by whom"). Recording any factor is enough: weighing them is the risk assessment's job.
 */
import { formatDate, londonDate } from './calendar.js';
import { compareIds, listSome } from './facts.js';
import type { Flag, VulnerabilityFact } from './types.js';

function cleanFactors(factors: readonly string[]): string[] {
  return [...new Set(factors.map((f) => f.trim()).filter((f) => f.length > 0))];
}

/**
 * Whether any vulnerability is known for the person.
 *
 * @param records vulnerabilities recorded about the person by any partner, at any time.
 * @param currentFactors the factors given in this report's call-handling questions (may be empty).
 * @returns met when `currentFactors` or any record names at least one factor (blank factors are
 *   ignored). The reason says what was recorded, on which London date and by which organisation,
 *   this report first, then records most recent first (ties broken by organisation, incident, then
 *   the factors' text, so the reason never depends on the order records arrive in). `incidentIds` lists the incidents the
 *   records were made with (distinct, in the same order).
 */
export function checkVulnerable(records: VulnerabilityFact[], currentFactors: string[]): Flag {
  const now = cleanFactors(currentFactors);
  const earlier = records
    .map((r) => ({ ...r, factors: cleanFactors(r.factors) }))
    .filter((r) => r.factors.length > 0)
    .sort(
      (a, b) =>
        b.recordedAt.getTime() - a.recordedAt.getTime() ||
        compareIds(a.organisationName, b.organisationName) ||
        compareIds(a.incidentId ?? '', b.incidentId ?? '') ||
        compareIds(a.factors.join(', '), b.factors.join(', ')),
    );

  if (now.length === 0 && earlier.length === 0) {
    return { met: false, reason: 'No vulnerability recorded now or before', incidentIds: [] };
  }
  const parts: string[] = [];
  if (now.length > 0) parts.push(`${now.join(', ')} (given in this report)`);
  for (const r of earlier) {
    parts.push(`${r.factors.join(', ')} (recorded ${formatDate(londonDate(r.recordedAt))} by ${r.organisationName})`);
  }
  const incidentIds = [...new Set(earlier.flatMap((r) => (r.incidentId === null ? [] : [r.incidentId])))];
  return { met: true, reason: `Vulnerability recorded: ${listSome(parts)}`, incidentIds };
}
