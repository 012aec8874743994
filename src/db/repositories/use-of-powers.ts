/**
 * Counting interventions for the use-of-powers report (issue 5): groups of organisation ×
 * district (of the case) × month (of issued_on) × type × age band × outcome, with the number of
 * breaches recorded against them.
 *
 * Deliberately NOT scoped with visibleCases: the report is aggregate performance data for the
 * partnership's boards ("use of powers by partner, district and age"), read by holders of
 * 'powers:report' (analysts, ASB coordinators, supervisors), and it returns counts only — no
 * names, no case references, no ids of people or cases. Anything that names a case or a person
 * stays behind case-scope.ts. These are true counts: the report withholds small ones before they
 * are shown or exported (domain/powers/use-of-powers-disclosure.ts). Age band at the date of issue: adult when the date of birth is on
 * or before issued_on minus 18 years (a 29 February birthday counts from 1 March), as
 * domain/powers/use-of-powers.ts ageBandOn.
 */
import { sql } from 'kysely';
import type { AgeBand, PowersGroup } from '../../domain/powers/use-of-powers.js';
import type { Executor } from './audit-log.js';

export interface PowersFilters {
  /** 'YYYY-MM', inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  organisationId?: string | undefined;
  districtCode?: string | undefined;
  typeCode?: string | undefined;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The counted groups matching `filters`, every intervention in exactly one group. */
export async function countInterventions(db: Executor, filters: PowersFilters): Promise<PowersGroup[]> {
  const ageBand = sql<AgeBand>`CASE WHEN i.subject_kind <> 'person' THEN 'not_person'
    WHEN p.date_of_birth IS NULL THEN 'unknown'
    WHEN p.date_of_birth <= (i.issued_on - interval '18 years')::date THEN 'adult'
    ELSE 'under_18' END`;
  const month = sql<string>`to_char(i.issued_on, 'YYYY-MM')`;
  let q = db
    .selectFrom('interventions as i')
    .innerJoin('cases as c', 'c.id', 'i.case_id')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .innerJoin('intervention_types as t', 't.code', 'i.type_code')
    .leftJoin('districts as d', 'd.code', 'c.district_code')
    .leftJoin('people as p', 'p.id', 'i.person_id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('intervention_breaches')
          .select((b) => ['intervention_id', b.fn.countAll<number>().as('n')])
          .groupBy('intervention_id')
          .as('b'),
      (join) => join.onRef('b.intervention_id', '=', 'i.id'),
    );
  if (filters.from) q = q.where('i.issued_on', '>=', `${filters.from}-01`);
  if (filters.to) q = q.where('i.issued_on', '<', nextMonth(filters.to));
  if (filters.organisationId) q = q.where('i.organisation_id', '=', filters.organisationId);
  if (filters.districtCode) q = q.where('c.district_code', '=', filters.districtCode);
  if (filters.typeCode) q = q.where('i.type_code', '=', filters.typeCode);
  const rows = await q
    .select((eb) => [
      'o.name as organisationName',
      'c.district_code as districtCode',
      'd.name as districtName',
      month.as('month'),
      'i.type_code as typeCode',
      't.name as typeName',
      ageBand.as('ageBand'),
      'i.outcome',
      eb.fn.countAll<number>().as('count'),
      sql<number>`coalesce(sum(b.n), 0)`.as('breaches'),
    ])
    .groupBy(['o.name', 'c.district_code', 'd.name', month, 'i.type_code', 't.name', ageBand, 'i.outcome'])
    .execute();
  return rows.map((r) => ({ ...r, count: Number(r.count), breaches: Number(r.breaches) }));
}

/** The choices for the report's filters: organisations, districts and intervention types. */
export async function powersFilterOptions(db: Executor) {
  const [organisations, districts, types] = await Promise.all([
    db.selectFrom('organisations').select(['id as code', 'name']).where('active', '=', true).orderBy('name').execute(),
    db.selectFrom('districts').select(['code', 'name']).orderBy('name').execute(),
    db.selectFrom('intervention_types').select(['code', 'name']).orderBy('sort_order').orderBy('name').execute(),
  ]);
  return { organisations, districts, types };
}
