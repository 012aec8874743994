/**
 * Deadlines the law sets for an intervention (DOMAIN.md §2.1, §2.2 rule 8), computed as
 * Europe/London calendar dates ('YYYY-MM-DD', last day inclusive) or, where the law counts hours,
 * as instants. "N days beginning with the day of X" has its last day on X + N − 1. A period of
 * N months or years "from" a start ends no later than the same date N months on (month ends
 * clamp: 31 August + 6 months = 28/29 February). Hours are elapsed hours, so a clock change never
 * stretches or shortens them; where the law disregards Christmas Day, the hours falling on
 * 25 December (London time) are not counted.
 */
import { addCalendarDays, addCalendarMonths, londonDate } from '../checks/calendar.js';
import { londonDayStart } from '../time/london.js';
import { closureNoticeMaxHours } from './authority.js';
import type { Deadline, InterventionRecord, PowersSettings } from './types.js';

const HOUR = 3_600_000;

/** What deadlinesFor reads: a recorded intervention or a proposal with the same fields. */
export type DeadlineInput = Pick<
  InterventionRecord,
  'typeCode' | 'issuedOn' | 'servedAt' | 'startsOn' | 'endsOn' | 'endsAt' | 'authorisedByRank'
> & { startsAt?: Date | null; subjectDateOfBirth?: string | null };

/** Whole years of age on a London date ('YYYY-MM-DD'); someone born on 29 February turns a year older on 1 March in common years. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The London date a person turns `years` old (29 February birthdays: 1 March in common years). */
export function birthdayOn(dateOfBirth: string, years: number): string {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const d = new Date(Date.UTC(by + years, bm - 1, bd));
  return d.toISOString().slice(0, 10);
}

/** Last day of a period of `days` days beginning with `ymd`: ymd + days − 1. */
export function lastDayBeginningWith(ymd: string, days: number): string {
  return addCalendarDays(ymd, days - 1);
}

/** The [start, end) of Christmas Day (25 December, London time) in the year of `instant`'s London date. */
function christmasOf(year: number): [number, number] {
  return [londonDayStart(`${year}-12-25`).getTime(), londonDayStart(`${year}-12-26`).getTime()];
}

/**
 * `start` plus `hours` elapsed hours, not counting any time on Christmas Day (25 December,
 * Europe/London) [S39][S40]. A start on Christmas Day counts from midnight at its end.
 * @throws RangeError when hours is negative or not finite.
 */
export function addHoursDisregardingChristmas(start: Date, hours: number): Date {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Not a number of hours: ${hours}`);
  let t = start.getTime();
  let remaining = hours * HOUR;
  for (;;) {
    const year = Number(londonDate(new Date(t)).slice(0, 4));
    const [cs, ce] = christmasOf(year);
    if (t >= cs && t < ce) {
      t = ce;
      continue;
    }
    const next = t < cs ? cs : christmasOf(year + 1)[0];
    if (t + remaining <= next) return new Date(t + remaining);
    remaining -= next - t;
    t = next;
  }
}

/** Hours of Christmas Day (London) between two instants: for tests and explanations. */
export function christmasHoursBetween(from: Date, to: Date): number {
  let total = 0;
  for (let y = Number(londonDate(from).slice(0, 4)); y <= Number(londonDate(to).slice(0, 4)); y++) {
    const [cs, ce] = christmasOf(y);
    total += Math.max(0, Math.min(ce, to.getTime()) - Math.max(cs, from.getTime()));
  }
  return total / HOUR;
}

const day = (code: string, label: string, on: string, source: string): Deadline => ({ code, label, on, at: null, source });
const instant = (code: string, label: string, at: Date, source: string): Deadline => ({ code, label, on: null, at, source });

/**
 * The deadlines for one intervention, in the staff's words, each with its source. Unknown types
 * and types without statutory deadlines give []. Start is startsOn, else issuedOn; instants start
 * at startsAt, else servedAt (none computed when neither is known).
 */
export function deadlinesFor(record: DeadlineInput, settings: PowersSettings): Deadline[] {
  const start = record.startsOn ?? record.issuedOn;
  const startAt = record.startsAt ?? record.servedAt;
  const under18 = record.subjectDateOfBirth ? ageOn(record.subjectDateOfBirth, start) < 18 : false;
  switch (record.typeCode) {
    case 'cpn':
      return [
        day(
          'cpn_appeal',
          "Last day to appeal to the magistrates' court",
          lastDayBeginningWith(record.issuedOn, 21),
          's.46(2) ASB, Crime and Policing Act 2014: 21 days beginning with the day of issue [S26]',
        ),
      ];
    case 'cpn_fpn':
      return [
        day(
          'fpn_payment_period',
          'Last day to pay the fixed penalty before proceedings can be taken',
          addCalendarDays(record.issuedOn, 14),
          's.52 ASB, Crime and Policing Act 2014: no proceedings within 14 days [S125]',
        ),
      ];
    case 'pspo':
      return [
        day(
          'pspo_challenge',
          'Last day for a High Court challenge',
          lastDayBeginningWith(record.issuedOn, 42),
          's.66 ASB, Crime and Policing Act 2014: within 6 weeks of making or variation [S31]',
        ),
        day(
          'pspo_latest_end',
          'Latest date the order can end (unless extended)',
          addCalendarMonths(start, 36),
          's.60 ASB, Crime and Policing Act 2014: no more than 3 years [S32]',
        ),
      ];
    case 'closure_notice': {
      if (!startAt) return [];
      const maxHours = closureNoticeMaxHours(record.authorisedByRank);
      const out = [
        instant(
          'closure_notice_latest_end',
          'Latest time the closure notice can end',
          addHoursDisregardingChristmas(startAt, maxHours),
          `s.77 ASB, Crime and Policing Act 2014: no more than ${maxHours} hours, Christmas Day disregarded [S39]`,
        ),
      ];
      if (record.servedAt) {
        out.push(
          instant(
            'closure_order_hearing',
            "Latest time for the closure order hearing at the magistrates' court",
            addHoursDisregardingChristmas(record.servedAt, 48),
            's.80 ASB, Crime and Policing Act 2014: heard within 48 hours of service, Christmas Day disregarded [S40]',
          ),
        );
      }
      return out;
    }
    case 'closure_order':
      return [
        day(
          'closure_order_appeal',
          'Last day to appeal to the Crown Court',
          lastDayBeginningWith(record.issuedOn, 21),
          's.84 ASB, Crime and Policing Act 2014: 21 days beginning with the date of the decision [S129]',
        ),
        day(
          'closure_order_latest_end',
          'Latest date the closure order can end (unless extended)',
          addCalendarMonths(start, 3),
          's.80(5) ASB, Crime and Policing Act 2014: no more than 3 months [S40]',
        ),
        day(
          'closure_order_total_end',
          'Latest date the closure order can end with extensions',
          addCalendarMonths(start, 6),
          's.82 ASB, Crime and Policing Act 2014: no more than 6 months in total [S41]',
        ),
      ];
    case 'dispersal_authorisation':
      return startAt
        ? [
            instant(
              'dispersal_authorisation_latest_end',
              'Latest time the authorisation can end',
              new Date(startAt.getTime() + 48 * HOUR),
              's.34 ASB, Crime and Policing Act 2014: no more than 48 hours [S35]',
            ),
          ]
        : [];
    case 'dispersal_direction':
      return startAt
        ? [
            instant(
              'dispersal_exclusion_latest_end',
              'Latest time the exclusion can end',
              new Date(startAt.getTime() + 48 * HOUR),
              's.35 ASB, Crime and Policing Act 2014: no more than 48 hours from when first given [S34]',
            ),
          ]
        : [];
    case 'civil_injunction':
      return under18
        ? [
            day(
              'injunction_youth_latest_end',
              'Latest end date for an injunction against a person under 18',
              addCalendarMonths(start, 12),
              's.1(6) ASB, Crime and Policing Act 2014: fixed period of no more than 12 months [S2]',
            ),
          ]
        : [];
    case 'cbo':
      return cboDeadlines(record, start, settings);
    case 'absolute_possession': {
      const served = record.servedAt ? londonDate(record.servedAt) : record.issuedOn;
      return [
        day(
          'possession_review_request',
          'Last day for the tenant to ask for a review (cannot be extended)',
          lastDayBeginningWith(served, 7),
          's.85ZA(2) Housing Act 1985: 7 days beginning with the day the notice is served; no power to extend [S138]',
        ),
      ];
    }
    default:
      return [];
  }
}

function cboDeadlines(record: DeadlineInput, start: string, settings: PowersSettings): Deadline[] {
  const src = 'Sentencing Act 2020 s.334 (UNVERIFIED primary text; configurable) [S120]';
  const dob = record.subjectDateOfBirth;
  if (!dob || ageOn(dob, start) >= 18) {
    return [
      day(
        'cbo_earliest_end',
        'Earliest end date for an adult Criminal Behaviour Order (or until further order)',
        addCalendarMonths(start, 12 * settings.cbo.adultMinYears),
        src,
      ),
    ];
  }
  const out = [
    day(
      'cbo_youth_earliest_end',
      'Earliest end date for a Criminal Behaviour Order against a person under 18',
      addCalendarMonths(start, 12 * settings.cbo.youthMinYears),
      src,
    ),
    day(
      'cbo_youth_latest_end',
      'Latest end date for a Criminal Behaviour Order against a person under 18',
      addCalendarMonths(start, 12 * settings.cbo.youthMaxYears),
      src,
    ),
  ];
  const eighteenth = birthdayOn(dob, 18);
  const orderEnd = record.endsOn ?? addCalendarMonths(start, 12 * settings.cbo.youthMaxYears);
  for (let n = 1; ; n++) {
    const periodStart = addCalendarMonths(start, 12 * (n - 1));
    if (periodStart >= eighteenth || periodStart >= orderEnd) break;
    out.push(
      day(
        `cbo_youth_review_${n}`,
        `Last day for review ${n} of the Criminal Behaviour Order (subject under 18)`,
        addCalendarDays(addCalendarMonths(start, 12 * n), -1),
        'Sentencing Act 2020 s.337: review before the end of each 12-month period while under 18 [S122]',
      ),
    );
  }
  return out;
}
