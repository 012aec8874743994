import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { belowThreshold, type Published } from '../analysis/small-counts.js';
import { publishPowersReport } from './use-of-powers-disclosure.js';
import { AGE_BANDS, powersReport, type PowersGroup, type RollUp } from './use-of-powers.js';

const group = (over: Partial<PowersGroup>): PowersGroup => ({
  organisationName: 'Leicestershire Police',
  districtCode: 'E06000016',
  districtName: 'Leicester',
  month: '2026-01',
  typeCode: 'cpw',
  typeName: 'Community Protection Warning',
  ageBand: 'adult',
  outcome: null,
  count: 1,
  breaches: 0,
  ...over,
});

const groups = fc.array(
  fc
    .record({
      organisationName: fc.constantFrom('A', 'B', 'C'),
      districtCode: fc.constantFrom('E06000016', 'E07000130', null),
      month: fc.constantFrom('2026-01', '2026-02'),
      typeCode: fc.constantFrom('cpw', 'cpn', 'abc'),
      ageBand: fc.constantFrom(...AGE_BANDS.map((b) => b.code)),
      outcome: fc.constantFrom(null, 'complied', 'breached'),
      count: fc.integer({ min: 1, max: 12 }),
      breaches: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 })),
    })
    .map((g) => group({ ...g, districtName: g.districtCode, typeName: g.typeCode })),
);
const threshold = fc.integer({ min: 1, max: 20 });

const rollUps = <N>(r: { [K in 'byOrganisation' | 'byDistrict' | 'byMonth' | 'byAgeBand' | 'byType' | 'byOutcome']: RollUp<N> }) => [
  r.byOrganisation,
  r.byDistrict,
  r.byMonth,
  r.byAgeBand,
  r.byType,
  r.byOutcome,
];

describe('withholding small counts from the use-of-powers report', () => {
  it('shows an under-18 in a district as [c], with enough else withheld that the totals do not give it away', () => {
    const report = powersReport([
      group({ ageBand: 'under_18', count: 1, breaches: 2 }),
      group({ ageBand: 'adult', count: 9, breaches: 6 }),
      group({ districtCode: 'E07000130', districtName: 'Charnwood', ageBand: 'adult', count: 7, breaches: 5 }),
    ]);
    const r = publishPowersReport(report, 5);
    expect(r.districtByAge.districts.map((d) => [d.name, ...d.counts, d.total])).toEqual([
      ['Charnwood', 0, null, 0, 0, null],
      ['Leicester', null, null, 0, 0, null],
    ]);
    expect(r.districtByAge.bandTotals).toEqual([null, null, 0, 0]);
    expect(r.byAgeBand.rows.map((row) => [row.name, row.count, row.breaches])).toEqual([
      ['Under 18', null, null],
      ['Adult', null, null],
    ]);
    expect(r.byAgeBand.total).toEqual({ count: 17, breaches: 13 });
    expect(r.total).toEqual({ count: 17, breaches: 13 });
  });

  it('withholds a small total, and shows everything with a threshold of 1', () => {
    const report = powersReport([group({ count: 3, breaches: 1 })]);
    expect(publishPowersReport(report, 5).total).toEqual({ count: null, breaches: null });
    expect(publishPowersReport(report, 1)).toEqual(report);
  });

  it('shows every count it does not withhold as it is, and withholds every small one', () => {
    fc.assert(
      fc.property(groups, threshold, (gs, t) => {
        const report = powersReport(gs);
        const published = publishPowersReport(report, t);
        const pairs: [Published, number][] = rollUps(published).flatMap((roll, k) => {
          const truth = rollUps(report)[k]!;
          return [
            ...roll.rows.flatMap((row, i): [Published, number][] => [
              [row.count, truth.rows[i]!.count],
              [row.breaches, truth.rows[i]!.breaches],
            ]),
            [roll.total.count, truth.total.count],
            [roll.total.breaches, truth.total.breaches],
          ];
        });
        report.districtByAge.districts.forEach((d, i) =>
          d.counts.forEach((n, j) => pairs.push([published.districtByAge.districts[i]!.counts[j]!, n])),
        );
        for (const [shown, value] of pairs) {
          if (shown !== null) expect(shown).toBe(value);
          if (belowThreshold(value, t)) expect(shown).toBeNull();
        }
      }),
    );
  });

  it('never leaves one withheld count alone beside a total it could be worked out from', () => {
    fc.assert(
      fc.property(groups, threshold, (gs, t) => {
        const report = powersReport(gs);
        const published = publishPowersReport(report, t);
        rollUps(published).forEach((roll, k) => {
          const withheld = (v: Published) => v === null;
          expect([...roll.rows.map((r) => r.count), roll.total.count].filter(withheld).length).not.toBe(1);
          // A zero breach count withheld with its row stays alone only when there are no breaches at all.
          if (rollUps(report)[k]!.total.breaches > 0)
            expect([...roll.rows.map((r) => r.breaches), roll.total.breaches].filter(withheld).length).not.toBe(1);
        });
      }),
    );
  });

  it('withholds the breach total in every roll-up when the total count is withheld', () => {
    const group = {
      organisationName: 'A',
      districtCode: 'E06000016',
      districtName: 'Leicester',
      month: '2026-01',
      typeCode: 'cpw',
      typeName: 'CPW',
      ageBand: 'under_18' as const,
    };
    const r = publishPowersReport(
      powersReport([
        { ...group, outcome: null, count: 1, breaches: 1 },
        { ...group, outcome: 'complied', count: 1, breaches: 2 },
      ]),
      3,
    );
    for (const roll of rollUps(r)) expect(roll.total).toEqual({ count: null, breaches: null });
  });

  it('withholds the same district and age-band counts in the roll-ups as in the table, and every total alike', () => {
    fc.assert(
      fc.property(groups, threshold, (gs, t) => {
        const r = publishPowersReport(powersReport(gs), t);
        expect(r.byDistrict.rows.map((row) => row.count)).toEqual(r.districtByAge.districts.map((d) => d.total));
        for (const row of r.byAgeBand.rows)
          expect(row.count).toBe(r.districtByAge.bandTotals[AGE_BANDS.findIndex((b) => b.code === row.key)]);
        for (const roll of rollUps(r)) expect(roll.total).toEqual(r.total);
        expect(r.districtByAge.total).toBe(r.total.count);
      }),
    );
  });
});
