/**
 * The compliance page and its CSV (issue 4: "% of open cases with all three assessments done,
 * % of reviews done within 28 days, % of victim contacts on time, with the list behind each
 * figure and a CSV export"), for one organisation, optionally one district and/or NPA, on London
 * date `today`. The figures' definitions are in domain/cases/compliance.ts.
 *
 * Who may see which organisation (decided here, tested in compliance.test.ts):
 * - ASB coordinators and analysts may choose any organisation: partnership-wide compliance is
 *   aggregate performance data, which is their job to read across partners.
 * - Supervisors (the other holders of 'compliance:view') see their own organisation only; asking
 *   for another throws ComplianceOrganisationRefused (the page answers 403).
 * What of each case the reader sees: the figures count every open case of the organisation,
 * including cases the reader may not open, so each item carries `openable`: true only when the
 * reader may view cases ('cases:view') and the case is visible to them (case-scope.ts). For other
 * items the page shows only the case reference and lead organisation: no link, no officer, no
 * summary. Analysts (no 'cases:view') therefore see references and lead organisations only. The
 * CSV holds no personal data (references, areas, measures, states, dates), for any reader.
 * Every view and export is audited ('compliance.view' / 'compliance.export') with the filter's
 * ids and codes only.
 *
 * How (50,000 open cases, bench/case-queues.ts): the page counts the three figures in SQL over
 * the stored due dates (case_due, case_contact_due: refresh-case-due.ts) and judges with the full
 * rule (caseDue) only the items it lists, the first COMPLIANCE_LIST_LIMIT not met of each figure
 * by lead organisation and reference. The CSV judges every open case in scope. A case found with
 * its due dates missing or stale is refreshed first (normally none: the writers keep them).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { caseDue } from '../../domain/cases/due.js';
import {
  complianceFigures,
  complianceItems,
  figureOf,
  type ComplianceFigures,
  type ComplianceInput,
  type ComplianceItems,
} from '../../domain/cases/compliance.js';
import type { CaseSettings } from '../../domain/cases/settings.js';
import { areaNames, visibleAmong } from '../../db/repositories/case-queues.js';
import {
  complianceCases,
  complianceCounts,
  uncomputedComplianceCases,
  type ComplianceCaseRow,
  type ComplianceScope,
} from '../../db/repositories/case-compliance.js';
import { loadCaseFacts } from '../../db/repositories/case-facts.js';
import { findOrganisationById } from '../../db/repositories/organisations.js';
import { writeAudit, type Executor } from '../../db/repositories/audit-log.js';
import { refreshCaseDue } from './refresh-case-due.js';
import { loadCaseSettings } from './settings.js';

/** Items not met listed on the page under each figure; the CSV holds every item. */
export const COMPLIANCE_LIST_LIMIT = 100;

export class ComplianceOrganisationRefused extends Error {
  override name = 'ComplianceOrganisationRefused';
}

export type ComplianceFilter = ComplianceScope;

export interface ComplianceReport {
  organisationId: string;
  organisationName: string;
  districtCode: string | undefined;
  npaCode: string | undefined;
  /** For the page, each figure lists its first COMPLIANCE_LIST_LIMIT items not met; for the CSV, every item. */
  figures: ComplianceFigures;
  /** Ids of the cases behind the listed items that the reader may open. */
  openable: Set<string>;
  /** NPA and district names by code. */
  areaNames: Map<string, string>;
}

/** True when the actor may read any organisation's compliance (ASB coordinators, analysts). */
export function mayChooseOrganisation(actor: Actor): boolean {
  return actor.roles.some((r) => r === 'asb_coordinator' || r === 'analyst');
}

/**
 * The compliance figures and lists. The caller (route) has checked 'compliance:view'.
 * @param use 'view' for the page (the first items not met of each figure), 'export' for the CSV
 *   (every item); the audit action differs.
 * @throws ComplianceOrganisationRefused when the actor asks for an organisation they may not read.
 */
export async function complianceReport(
  db: Kysely<Database>,
  actor: Actor,
  filter: ComplianceFilter,
  today: string,
  use: 'view' | 'export',
  ip: string | null,
): Promise<ComplianceReport> {
  const organisationId = filter.organisationId ?? actor.organisationId;
  if (organisationId !== actor.organisationId && !mayChooseOrganisation(actor))
    throw new ComplianceOrganisationRefused('Supervisors see their own organisation’s compliance only');
  const scope: ComplianceScope = { organisationId, districtCode: filter.districtCode, npaCode: filter.npaCode };
  const [organisation, settings, names] = await Promise.all([
    findOrganisationById(db, organisationId),
    loadCaseSettings(db),
    areaNames(db),
  ]);
  const figures =
    use === 'view'
      ? await pageFigures(db, scope, settings, today)
      : complianceFigures(await judge(db, await complianceCases(db, scope), settings, today));
  const listed = [...new Set([figures.riskAssessments, figures.reviews, figures.contacts].flatMap((f) => f.items.map((i) => i.case.id)))];
  const openable = can(actor, 'cases:view') ? await visibleAmong(db, actor, listed) : new Set<string>();
  await writeAudit(db, actor, {
    action: use === 'view' ? 'compliance.view' : 'compliance.export',
    entityType: 'organisation',
    entityId: organisationId,
    detail: { districtCode: filter.districtCode ?? null, npaCode: filter.npaCode ?? null },
    ip,
  });
  return {
    organisationId,
    organisationName: organisation?.name ?? 'Unknown organisation',
    districtCode: filter.districtCode,
    npaCode: filter.npaCode,
    figures,
    openable,
    areaNames: names,
  };
}

/** The figures counted in SQL, each listing its first COMPLIANCE_LIST_LIMIT items not met. */
async function pageFigures(
  db: Kysely<Database>,
  scope: ComplianceScope,
  settings: CaseSettings,
  today: string,
): Promise<ComplianceFigures> {
  const late = (measure: 'risk' | 'review' | 'contact') =>
    complianceCases(db, scope, { late: { measure, today }, limit: COMPLIANCE_LIST_LIMIT });
  const read = () => Promise.all([complianceCounts(db, scope, today), late('risk'), late('review'), late('contact')]);
  let [counts, risk, review, contact] = await read();
  if (counts.uncomputed) {
    const ids = await uncomputedComplianceCases(db, scope);
    await db.transaction().execute((trx) => refreshCaseDue(trx, ids, { settings }));
    [counts, risk, review, contact] = await read();
  }
  const rows = new Map([...risk, ...review, ...contact].map((r) => [r.id, r]));
  const judged = new Map((await judge(db, [...rows.values()], settings, today)).map((j) => [j.case.id, j]));
  const notMet = (cases: ComplianceCaseRow[], measure: keyof ComplianceItems) => {
    const items = complianceItems(cases.flatMap((c) => judged.get(c.id) ?? []));
    return items[measure].filter((i) => !i.met).slice(0, COMPLIANCE_LIST_LIMIT);
  };
  return {
    riskAssessments: figureOf(counts.riskMet, counts.cases, notMet(risk, 'riskAssessments'), 'No cases'),
    reviews: figureOf(counts.reviewMet, counts.cases, notMet(review, 'reviews'), 'No cases'),
    contacts: figureOf(counts.contactsMet, counts.victims, notMet(contact, 'contacts'), 'No victims'),
  };
}

/** Each case with what it owes on `today` (caseDue over its facts), in the order given. */
async function judge(db: Executor, cases: readonly ComplianceCaseRow[], settings: CaseSettings, today: string): Promise<ComplianceInput[]> {
  const facts = await loadCaseFacts(
    db,
    cases.map((c) => c.id),
  );
  return cases.flatMap((c) => {
    const f = facts.get(c.id);
    return f ? [{ case: c, due: caseDue(f, settings, today) }] : [];
  });
}
