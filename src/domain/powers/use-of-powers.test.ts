import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../checks/calendar.js';
import { AGE_BANDS, ageBandOn, powersCsvRows, powersReport, type PowersGroup } from './use-of-powers.js';

const ymd = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('the age band of a subject on the date of issue', () => {
  it('is adult from the 18th birthday, under 18 the day before', () => {
    expect(ageBandOn('person', '2008-06-15', '2026-06-15')).toBe('adult');
    expect(ageBandOn('person', '2008-06-15', '2026-06-14')).toBe('under_18');
    expect(ageBandOn('person', '2008-02-29', '2026-02-28')).toBe('under_18');
    expect(ageBandOn('person', '2008-02-29', '2026-03-01')).toBe('adult');
    expect(ageBandOn('person', null, '2026-03-01')).toBe('unknown');
    expect(ageBandOn('premises', '2008-02-29', '2026-03-01')).toBe('not_person');
    expect(ageBandOn('body', null, '2026-03-01')).toBe('not_person');
  });

  it('never goes back from adult to under 18 as the issue date moves later', () => {
    fc.assert(
      fc.property(ymd, ymd, fc.integer({ min: 1, max: 4000 }), (dob, issued, later) => {
        if (ageBandOn('person', dob, issued) === 'adult') expect(ageBandOn('person', dob, addCalendarDays(issued, later))).toBe('adult');
      }),
    );
  });
});

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

describe('rolling up the counted groups', () => {
  it('gives every roll-up the same totals as the groups', () => {
    const arb = fc.array(
      fc.record({
        organisationName: fc.constantFrom('A', 'B'),
        districtCode: fc.constantFrom('E06000016', null),
        month: fc.constantFrom('2026-01', '2026-02'),
        typeCode: fc.constantFrom('cpw', 'cpn'),
        ageBand: fc.constantFrom(...AGE_BANDS.map((b) => b.code)),
        outcome: fc.constantFrom(null, 'complied', 'breached'),
        count: fc.integer({ min: 1, max: 50 }),
        breaches: fc.integer({ min: 0, max: 9 }),
      }),
    );
    fc.assert(
      fc.property(arb, (raw) => {
        const groups = raw.map((g) => group({ ...g, districtName: g.districtCode ? 'Leicester' : null, typeName: g.typeCode }));
        const r = powersReport(groups);
        const total = { count: groups.reduce((s, g) => s + g.count, 0), breaches: groups.reduce((s, g) => s + g.breaches, 0) };
        for (const roll of [r.byOrganisation, r.byDistrict, r.byMonth, r.byAgeBand, r.byType, r.byOutcome])
          expect(roll.total).toEqual(total);
        expect(r.districtByAge.total).toBe(total.count);
        expect(r.districtByAge.bandTotals.reduce((s, n) => s + n, 0)).toBe(total.count);
        expect(powersCsvRows(groups, 1).reduce((s, row) => s + Number(row[8]), 0)).toBe(total.count);
      }),
    );
  });

  it('names the district, band and outcome in the CSV row', () => {
    expect(
      powersCsvRows(
        [group({ districtCode: null, districtName: null, ageBand: 'under_18', outcome: 'breached', count: 5, breaches: 6 })],
        5,
      ),
    ).toEqual([
      [
        'Leicestershire Police',
        '',
        'District not recorded',
        '2026-01',
        'cpw',
        'Community Protection Warning',
        'Under 18',
        'Breached',
        5,
        6,
      ],
    ]);
  });

  it('withholds a CSV row with a small count, and small breach counts, as [c]', () => {
    const rows = powersCsvRows(
      [
        group({ typeCode: 'a', typeName: 'A', count: 4, breaches: 0 }),
        group({ typeCode: 'b', typeName: 'B', count: 5, breaches: 1 }),
        group({ typeCode: 'c', typeName: 'C', count: 7, breaches: 0 }),
      ],
      5,
    );
    expect(rows.map((row) => row.slice(8))).toEqual([
      ['[c]', '[c]'],
      [5, '[c]'],
      [7, 0],
    ]);
  });
});
