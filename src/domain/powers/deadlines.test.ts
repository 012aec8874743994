import { describe, expect, it } from 'vitest';
import { addHoursDisregardingChristmas, ageOn, birthdayOn, christmasHoursBetween, deadlinesFor, type DeadlineInput } from './deadlines.js';
import { DEFAULT_POWERS_SETTINGS } from './settings.js';

const at = (iso: string) => new Date(iso);
const base: DeadlineInput = {
  typeCode: 'cpn',
  issuedOn: '2026-06-15',
  servedAt: null,
  startsOn: null,
  endsOn: null,
  endsAt: null,
  authorisedByRank: null,
};
const due = (p: Partial<DeadlineInput>) =>
  deadlinesFor({ ...base, ...p }, DEFAULT_POWERS_SETTINGS).map((d) => [d.code, d.on ?? d.at?.toISOString()]);

describe('addHoursDisregardingChristmas', () => {
  it('counts 24 hours from 9am on 24 December to 9am on 26 December', () => {
    expect(addHoursDisregardingChristmas(at('2026-12-24T09:00:00Z'), 24)).toEqual(at('2026-12-26T09:00:00Z'));
  });
  it('counts from midnight at the end of Christmas Day when started on it', () => {
    expect(addHoursDisregardingChristmas(at('2026-12-25T10:00:00Z'), 24)).toEqual(at('2026-12-27T00:00:00Z'));
  });
  it('ends at midnight starting Christmas Day when the hours run out then', () => {
    expect(addHoursDisregardingChristmas(at('2026-12-24T00:00:00Z'), 24)).toEqual(at('2026-12-25T00:00:00Z'));
    expect(addHoursDisregardingChristmas(at('2026-12-24T00:00:00Z'), 48)).toEqual(at('2026-12-27T00:00:00Z'));
  });
  it('counts elapsed hours across the spring and autumn clock changes', () => {
    expect(addHoursDisregardingChristmas(at('2026-03-28T12:00:00Z'), 24)).toEqual(at('2026-03-29T12:00:00Z'));
    expect(addHoursDisregardingChristmas(at('2026-10-24T12:00:00Z'), 48)).toEqual(at('2026-10-26T12:00:00Z'));
  });
  it('runs over New Year and refuses negative hours', () => {
    expect(addHoursDisregardingChristmas(at('2026-12-31T12:00:00Z'), 24)).toEqual(at('2027-01-01T12:00:00Z'));
    expect(() => addHoursDisregardingChristmas(at('2026-12-31T12:00:00Z'), -1)).toThrow(RangeError);
  });
  it('measures the Christmas hours between two instants', () => {
    expect(christmasHoursBetween(at('2026-12-24T09:00:00Z'), at('2026-12-26T09:00:00Z'))).toBe(24);
    expect(christmasHoursBetween(at('2026-12-20T00:00:00Z'), at('2028-01-01T00:00:00Z'))).toBe(48);
  });
});

describe('ageOn and birthdayOn', () => {
  it('counts whole years', () => {
    expect(ageOn('2010-06-16', '2026-06-15')).toBe(15);
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
  it('gives 1 March for a 29 February birthday in a common year', () => {
    expect(birthdayOn('2008-02-29', 18)).toBe('2026-03-01');
    expect(birthdayOn('2008-02-29', 16)).toBe('2024-02-29');
  });
});

describe('deadlinesFor', () => {
  it('CPN: 21 days beginning with the day of issue', () => {
    expect(due({})).toEqual([['cpn_appeal', '2026-07-05']]);
    expect(due({ issuedOn: '2026-02-15' })).toEqual([['cpn_appeal', '2026-03-07']]);
    expect(due({ issuedOn: '2028-02-15' })).toEqual([['cpn_appeal', '2028-03-06']]);
  });
  it('CPN fixed penalty: no proceedings within 14 days', () => {
    expect(due({ typeCode: 'cpn_fpn' })).toEqual([['fpn_payment_period', '2026-06-29']]);
  });
  it('PSPO: challenge within 6 weeks; no more than 3 years from the start', () => {
    expect(due({ typeCode: 'pspo', startsOn: '2026-07-01' })).toEqual([
      ['pspo_challenge', '2026-07-26'],
      ['pspo_latest_end', '2029-07-01'],
    ]);
  });
  it('closure notice: nothing without a time; 24 or 48 hours and the hearing by rank', () => {
    expect(due({ typeCode: 'closure_notice' })).toEqual([]);
    const served = at('2026-12-24T20:00:00Z');
    expect(due({ typeCode: 'closure_notice', servedAt: served, authorisedByRank: 'inspector' })).toEqual([
      ['closure_notice_latest_end', '2026-12-26T20:00:00.000Z'],
      ['closure_order_hearing', '2026-12-27T20:00:00.000Z'],
    ]);
    expect(due({ typeCode: 'closure_notice', servedAt: served, authorisedByRank: 'superintendent' })[0]).toEqual([
      'closure_notice_latest_end',
      '2026-12-27T20:00:00.000Z',
    ]);
    expect(
      due({ typeCode: 'closure_notice', servedAt: served, startsAt: at('2026-12-24T21:00:00Z'), authorisedByRank: 'inspector' })[0],
    ).toEqual(['closure_notice_latest_end', '2026-12-26T21:00:00.000Z']);
  });
  it('closure order: Crown Court appeal, 3 months, 6 months in total', () => {
    expect(due({ typeCode: 'closure_order', issuedOn: '2026-11-30' })).toEqual([
      ['closure_order_appeal', '2026-12-20'],
      ['closure_order_latest_end', '2027-02-28'],
      ['closure_order_total_end', '2027-05-30'],
    ]);
  });
  it('dispersal: 48 elapsed hours, across a clock change', () => {
    expect(due({ typeCode: 'dispersal_authorisation', startsAt: at('2026-10-24T18:00:00Z') })).toEqual([
      ['dispersal_authorisation_latest_end', '2026-10-26T18:00:00.000Z'],
    ]);
    expect(due({ typeCode: 'dispersal_direction', servedAt: at('2026-10-24T18:00:00Z') })).toEqual([
      ['dispersal_exclusion_latest_end', '2026-10-26T18:00:00.000Z'],
    ]);
    expect(due({ typeCode: 'dispersal_direction' })).toEqual([]);
  });
  it('civil injunction: a latest end only for a person under 18', () => {
    expect(due({ typeCode: 'civil_injunction', subjectDateOfBirth: '1990-01-01' })).toEqual([]);
    expect(due({ typeCode: 'civil_injunction', subjectDateOfBirth: '2010-01-01' })).toEqual([
      ['injunction_youth_latest_end', '2027-06-15'],
    ]);
  });
  it('CBO: earliest end for an adult or when the age is unknown', () => {
    expect(due({ typeCode: 'cbo' })).toEqual([['cbo_earliest_end', '2028-06-15']]);
    expect(due({ typeCode: 'cbo', subjectDateOfBirth: '2008-06-15' })).toEqual([['cbo_earliest_end', '2028-06-15']]);
  });
  it('CBO under 18: 1 to 3 years and a review before the end of each 12-month period until 18', () => {
    expect(due({ typeCode: 'cbo', subjectDateOfBirth: '2009-01-01', endsOn: '2029-06-15' })).toEqual([
      ['cbo_youth_earliest_end', '2027-06-15'],
      ['cbo_youth_latest_end', '2029-06-15'],
      ['cbo_youth_review_1', '2027-06-14'],
    ]);
    expect(
      due({ typeCode: 'cbo', subjectDateOfBirth: '2012-01-01', endsOn: '2027-06-15' }).filter(([c]) => c?.startsWith('cbo_youth_review')),
    ).toEqual([['cbo_youth_review_1', '2027-06-14']]);
  });
  it('possession: review request within 7 days beginning with the London day of service', () => {
    expect(due({ typeCode: 'absolute_possession', servedAt: at('2026-06-30T23:30:00Z') })).toEqual([
      ['possession_review_request', '2026-07-07'],
    ]);
    expect(due({ typeCode: 'absolute_possession' })).toEqual([['possession_review_request', '2026-06-21']]);
  });
  it('gives nothing for types without statutory deadlines', () => {
    for (const typeCode of ['advice', 'warning_letter', 'abc', 'cpw', 'respect_order']) expect(due({ typeCode })).toEqual([]);
  });
  it("labels every deadline in the staff's words with a source", () => {
    const all = [
      'cpn',
      'cpn_fpn',
      'pspo',
      'closure_notice',
      'closure_order',
      'dispersal_authorisation',
      'dispersal_direction',
      'civil_injunction',
      'cbo',
      'absolute_possession',
    ].flatMap((typeCode) =>
      deadlinesFor({ ...base, typeCode, servedAt: at('2026-06-15T09:00:00Z'), subjectDateOfBirth: '2011-01-01' }, DEFAULT_POWERS_SETTINGS),
    );
    expect(all.length).toBeGreaterThan(12);
    for (const d of all) {
      expect(d.label).toMatch(/^[A-Z]/);
      expect(d.source).toMatch(/\[S\d+\]/);
      expect((d.on === null) !== (d.at === null)).toBe(true);
    }
  });
});
