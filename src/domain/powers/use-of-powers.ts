/**
 * The use-of-powers report's shape (issue 5 "Use of powers"): interventions counted by
 * organisation, district (of the case), month (of issued_on, Europe/London), age band of the
 * subject at the date of issue, type and outcome, with breach counts; and the roll-ups the page
 * shows (each with a total). Pure: the repository does the counting, this turns its groups into
 * the tables, the chart and the CSV rows. Counts only: no names, no references. Small counts are
 * withheld before anything is shown (use-of-powers-disclosure.ts, and powersCsvRows here).
 */
import { belowThreshold, CONFIDENTIAL } from '../analysis/small-counts.js';

/** Under 18 / adult at the date of issue; unknown when a person's date of birth is not recorded; not a person for bodies, premises and areas. */
export type AgeBand = 'under_18' | 'adult' | 'unknown' | 'not_person';

export const AGE_BANDS: readonly { code: AgeBand; name: string }[] = [
  { code: 'under_18', name: 'Under 18' },
  { code: 'adult', name: 'Adult' },
  { code: 'unknown', name: 'Age not known' },
  { code: 'not_person', name: 'Not a person' },
];

export const OUTCOME_NAMES: Record<string, string> = {
  none: 'No outcome yet',
  complied: 'Complied',
  breached: 'Breached',
  varied: 'Varied',
  discharged: 'Discharged',
  appealed: 'Appealed',
  expired: 'Expired',
  withdrawn: 'Withdrawn',
};

/**
 * The age band of a subject on the date an intervention was issued: 18th birthday on or before
 * `issuedOn` is adult (a 29 February birthday falls on 1 March in a common year, as in law
 * generally). Dates 'YYYY-MM-DD'. The repository computes the same in SQL for the counts.
 */
export function ageBandOn(subjectKind: string, dateOfBirth: string | null, issuedOn: string): AgeBand {
  if (subjectKind !== 'person') return 'not_person';
  if (!dateOfBirth) return 'unknown';
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const eighteenth = new Date(Date.UTC(y + 18, m - 1, d)).toISOString().slice(0, 10);
  return eighteenth <= issuedOn ? 'adult' : 'under_18';
}

/** One counted group: organisation × district × month × type × age band × outcome. */
export interface PowersGroup {
  organisationName: string;
  /** Null when the case has no district recorded. */
  districtCode: string | null;
  districtName: string | null;
  /** 'YYYY-MM'. */
  month: string;
  typeCode: string;
  typeName: string;
  ageBand: AgeBand;
  /** Null while no outcome is recorded. */
  outcome: string | null;
  count: number;
  breaches: number;
}

/** One row of a roll-up; N is number for true counts, Published once small counts are withheld. */
export interface RollUpRow<N = number> {
  key: string;
  name: string;
  count: N;
  breaches: N;
}

export interface RollUp<N = number> {
  rows: RollUpRow<N>[];
  total: { count: N; breaches: N };
}

function rollUp(
  groups: readonly PowersGroup[],
  keyOf: (g: PowersGroup) => [string, string],
  order?: (a: RollUpRow, b: RollUpRow) => number,
): RollUp {
  const map = new Map<string, RollUpRow>();
  for (const g of groups) {
    const [key, name] = keyOf(g);
    const row = map.get(key) ?? { key, name, count: 0, breaches: 0 };
    row.count += g.count;
    row.breaches += g.breaches;
    map.set(key, row);
  }
  const rows = [...map.values()].sort(order ?? ((a, b) => a.name.localeCompare(b.name)));
  return { rows, total: { count: rows.reduce((s, r) => s + r.count, 0), breaches: rows.reduce((s, r) => s + r.breaches, 0) } };
}

const bandRank = (k: string) => AGE_BANDS.findIndex((b) => b.code === k);
const outcomeRank = (k: string) => Object.keys(OUTCOME_NAMES).indexOf(k);

/** The report's tables; N is number for true counts, Published once small counts are withheld. */
export interface PowersReport<N = number> {
  total: { count: N; breaches: N };
  byOrganisation: RollUp<N>;
  byDistrict: RollUp<N>;
  byMonth: RollUp<N>;
  byAgeBand: RollUp<N>;
  byType: RollUp<N>;
  byOutcome: RollUp<N>;
  /** District × age band (counts in AGE_BANDS order): the chart and its equivalent table. */
  districtByAge: { districts: { key: string; name: string; counts: N[]; total: N }[]; bandTotals: N[]; total: N };
}

const NO_DISTRICT = 'District not recorded';

/** The roll-ups of `groups`; every total equals the number of interventions counted. */
export function powersReport(groups: readonly PowersGroup[]): PowersReport {
  const district = (g: PowersGroup): [string, string] => [g.districtCode ?? '', g.districtName ?? NO_DISTRICT];
  const byDistrict = rollUp(groups, district);
  const districts = byDistrict.rows.map((r) => {
    const counts = AGE_BANDS.map((b) =>
      groups.filter((g) => district(g)[0] === r.key && g.ageBand === b.code).reduce((s, g) => s + g.count, 0),
    );
    return { key: r.key, name: r.name, counts, total: r.count };
  });
  return {
    total: byDistrict.total,
    byOrganisation: rollUp(groups, (g) => [g.organisationName, g.organisationName]),
    byDistrict,
    byMonth: rollUp(
      groups,
      (g) => [g.month, g.month],
      (a, b) => a.key.localeCompare(b.key),
    ),
    byAgeBand: rollUp(
      groups,
      (g) => [g.ageBand, AGE_BANDS[bandRank(g.ageBand)]!.name],
      (a, b) => bandRank(a.key) - bandRank(b.key),
    ),
    byType: rollUp(groups, (g) => [g.typeCode, g.typeName]),
    byOutcome: rollUp(
      groups,
      (g) => [g.outcome ?? 'none', OUTCOME_NAMES[g.outcome ?? 'none'] ?? g.outcome!],
      (a, b) => outcomeRank(a.key) - outcomeRank(b.key),
    ),
    districtByAge: {
      districts,
      bandTotals: AGE_BANDS.map((_, i) => districts.reduce((s, d) => s + d.counts[i]!, 0)),
      total: byDistrict.total.count,
    },
  };
}

export const CSV_HEADER = [
  'Organisation',
  'District code',
  'District',
  'Month',
  'Intervention type code',
  'Intervention type',
  'Age band',
  'Outcome',
  'Count',
  'Breaches',
] as const;

/**
 * The CSV rows, one per organisation × district × month × type × age band × outcome, sorted, in
 * the order of CSV_HEADER: shaped so it can be summed into a Home Office return. Each row is
 * fine-grained, so primary suppression applies row by row (small-counts.ts): a count from 1 to
 * threshold − 1 withholds the whole row ("[c]" in Count and Breaches), a breach count in that
 * range withholds Breaches alone. Rows are kept, so the shape does not change.
 * @param threshold the smallest count shown (1 withholds nothing).
 */
export function powersCsvRows(groups: readonly PowersGroup[], threshold: number): (string | number)[][] {
  return [...groups]
    .sort(
      (a, b) =>
        a.organisationName.localeCompare(b.organisationName) ||
        (a.districtName ?? '').localeCompare(b.districtName ?? '') ||
        a.month.localeCompare(b.month) ||
        a.typeName.localeCompare(b.typeName) ||
        bandRank(a.ageBand) - bandRank(b.ageBand) ||
        outcomeRank(a.outcome ?? 'none') - outcomeRank(b.outcome ?? 'none'),
    )
    .map((g) => [
      g.organisationName,
      g.districtCode ?? '',
      g.districtName ?? NO_DISTRICT,
      g.month,
      g.typeCode,
      g.typeName,
      AGE_BANDS[bandRank(g.ageBand)]!.name,
      OUTCOME_NAMES[g.outcome ?? 'none'] ?? g.outcome!,
      belowThreshold(g.count, threshold) ? CONFIDENTIAL : g.count,
      belowThreshold(g.count, threshold) || belowThreshold(g.breaches, threshold) ? CONFIDENTIAL : g.breaches,
    ]);
}
