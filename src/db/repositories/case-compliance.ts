/**
 * The SQL behind the compliance page, its CSV and the weekly lists (issue 4 "Work queues and
 * compliance"): an organisation's open cases (every organisation's when none is given),
 * optionally in one district and/or NPA, counted and listed over the due projection
 * (`case_due`, `case_contact_due`; see case-queues.ts for how dates are compared). What "met"
 * means for each figure is domain/cases/compliance.ts; in dates: the risk assessments are met
 * when the earliest is due today or later (none late), the review when it is, a victim's contact
 * when it is.
 *
 * Not scoped to a reader: partnership performance figures count every open case of the
 * organisation; these return only what a figure needs (reference, lead organisation, area,
 * officer's name, risk) and the compliance service decides what of that a reader sees.
 */
import type { ComplianceCase } from '../../domain/cases/compliance.js';
import type { Executor } from './audit-log.js';
import { anyId, staleDue, type CasesAndDue } from './case-queues.js';

export interface ComplianceScope {
  organisationId?: string | undefined;
  districtCode?: string | undefined;
  npaCode?: string | undefined;
}

/** A case as the compliance figures list it: the domain's ComplianceCase, read here. */
export type ComplianceCaseRow = ComplianceCase;

/** A figure whose late items to list: risk assessments, supervisory review, victim contact; 'any': any of them. */
export type LateMeasure = 'risk' | 'review' | 'contact' | 'any';

export interface ComplianceCounts {
  /** Open cases. */
  cases: number;
  /** Open cases with no risk assessment late. */
  riskMet: number;
  /** Open cases whose supervisory review is not late. */
  reviewMet: number;
  /** Victims on open cases. */
  victims: number;
  /** Of them, those whose contact is not late. */
  contactsMet: number;
  /** Open cases whose stored due dates are missing or stale (refresh them and count again). */
  uncomputed: number;
}

function openCases(db: Executor, scope: ComplianceScope) {
  let q = db.selectFrom('cases').leftJoin('case_due as d', 'd.case_id', 'cases.id').where('cases.status', '<>', 'closed');
  if (scope.organisationId) q = q.where('cases.lead_organisation_id', '=', scope.organisationId);
  if (scope.districtCode) q = q.where('cases.district_code', '=', scope.districtCode);
  if (scope.npaCode) q = q.where('cases.npa_code', '=', scope.npaCode);
  return q;
}

function late(measure: LateMeasure, today: string) {
  return (eb: CasesAndDue) => {
    if (measure === 'risk') return eb('d.risk_due_on', '<', today);
    if (measure === 'review') return eb('d.review_due_on', '<', today);
    if (measure === 'contact') return eb('d.contact_due_on', '<', today);
    return eb.or([eb('d.risk_due_on', '<', today), eb('d.review_due_on', '<', today), eb('d.contact_due_on', '<', today)]);
  };
}

/** The three figures' numerators and denominators on London date `today`. Two queries. */
export async function complianceCounts(db: Executor, scope: ComplianceScope, today: string): Promise<ComplianceCounts> {
  const [cases, victims] = await Promise.all([
    openCases(db, scope)
      .select((eb) => [
        eb.fn.countAll<number>().as('cases'),
        eb.fn.countAll<number>().filterWhere('d.risk_due_on', '>=', today).as('riskMet'),
        eb.fn.countAll<number>().filterWhere('d.review_due_on', '>=', today).as('reviewMet'),
        eb.fn.countAll<number>().filterWhere(staleDue).as('uncomputed'),
      ])
      .executeTakeFirstOrThrow(),
    openCases(db, scope)
      .innerJoin('case_contact_due as cd', 'cd.case_id', 'cases.id')
      .select((eb) => [
        eb.fn.countAll<number>().as('victims'),
        eb.fn.countAll<number>().filterWhere('cd.due_on', '>=', today).as('contactsMet'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    cases: Number(cases.cases),
    riskMet: Number(cases.riskMet),
    reviewMet: Number(cases.reviewMet),
    victims: Number(victims.victims),
    contactsMet: Number(victims.contactsMet),
    uncomputed: Number(cases.uncomputed),
  };
}

/** Ids of the open cases in scope whose due dates are missing or stale (normally none). */
export async function uncomputedComplianceCases(db: Executor, scope: ComplianceScope): Promise<string[]> {
  return (await openCases(db, scope).where(staleDue).select('cases.id').execute()).map((r) => r.id);
}

/**
 * Open cases in scope, by lead organisation name then reference: all of them, those with
 * something of `late.measure` late on `late.today` (at most `limit`), or those among `ids`.
 */
export async function complianceCases(
  db: Executor,
  scope: ComplianceScope,
  opts: { late?: { measure: LateMeasure; today: string }; limit?: number; ids?: readonly string[] } = {},
): Promise<ComplianceCaseRow[]> {
  let q = openCases(db, scope)
    .innerJoin('organisations as o', 'o.id', 'cases.lead_organisation_id')
    .leftJoin('users as u', 'u.id', 'cases.lead_officer_id')
    .select([
      'cases.id',
      'cases.reference',
      'cases.lead_organisation_id as leadOrganisationId',
      'o.name as leadOrganisationName',
      'cases.npa_code as npaCode',
      'cases.district_code as districtCode',
      'u.name as officerName',
      'cases.risk_level as riskLevel',
      'cases.high_risk as highRisk',
    ]);
  if (opts.late) q = q.where(late(opts.late.measure, opts.late.today));
  if (opts.ids) q = q.where('cases.id', '=', anyId(opts.ids));
  // One organisation's cases by reference alone, so a short list walks the reference index.
  q = scope.organisationId ? q.orderBy('cases.reference') : q.orderBy('o.name').orderBy('cases.reference');
  if (opts.limit !== undefined) q = q.limit(opts.limit);
  return q.execute();
}
