/**
 * Court measures against a person: civil injunction (Part 1 ASB, Crime and Policing Act 2014),
 * Criminal Behaviour Order (Sentencing Act 2020 ss.330–342) and the absolute ground for possession
 * (s.84A Housing Act 1985; Ground 7A Housing Act 1988) with the time to give its notice after the
 * trigger event (s.83ZA HA 1985). DOMAIN.md §2.2 rules 3, 4, 10; §8.
 */
import { addCalendarDays, addCalendarMonths } from '../checks/calendar.js';
import { ACT, ageAtIssue, Findings, formatDate, isRealDate, lastDayOfMonthsBeginningWith, startOf, type TypeRule } from './rule-support.js';
import type { InterventionProposal, PowersSettings } from './types.js';

/** The five trigger events for the absolute ground (s.84A(3)–(7) HA 1985; Ground 7A) [S42][S43]. */
export const POSSESSION_TRIGGER_EVENTS = [
  { code: 'serious_offence', name: 'Conviction for a serious offence' },
  { code: 'injunction_breach', name: 'Breach of a civil injunction found by a court' },
  { code: 'cbo_breach', name: 'Conviction for breach of a Criminal Behaviour Order' },
  { code: 'closure_order', name: 'Closure order on the property for more than 48 hours' },
  { code: 'noise_abatement_breach', name: 'Conviction for breach of a noise abatement notice or order' },
] as const;

/** Minimum age 10 for injunctions and CBOs [S2][S20b]; a warning when the date of birth is unknown. */
function tenOrOver(p: InterventionProposal, f: Findings, what: string, source: string): number | null {
  const age = ageAtIssue(p);
  if (p.subjectKind === 'person' && age === null) {
    f.warn('personId', `The person's date of birth is not recorded: check whether they are under 18 before recording a ${what}`, source);
  } else if (age !== null && age < 10) {
    f.refuse('personId', `A ${what} can only be made against a person aged 10 or over`, source);
  }
  return age;
}

/**
 * Rules 3–4: under 18 ⇒ youth justice consultation on or before the issue date, the youth court,
 * and a fixed end no later than 12 months after the start [S2][S3].
 */
export const checkCivilInjunction: TypeRule = (p, _ctx, f) => {
  const S2 = `s.1 ${ACT} [S2]`;
  const age = tenOrOver(p, f, 'civil injunction', S2);
  if (age === null || age < 10 || age >= 18) return;
  const S3 = `s.14 ${ACT}: consult the youth offending team [S3]`;
  if (!p.youthJusticeConsultedOn) {
    f.refuse(
      'youthJusticeConsultedOn',
      'Enter the date the youth justice service was consulted: they must be consulted before applying for an injunction against a person under 18',
      S3,
    );
  } else if (p.youthJusticeConsultedOn > p.issuedOn) {
    f.refuse('youthJusticeConsultedOn', 'The youth justice service must be consulted on or before the date of the application', S3);
  }
  if (!p.court || !p.court.trim().toLowerCase().startsWith('youth')) {
    f.refuse('court', 'An injunction against a person under 18 must be made in the youth court', S2);
  }
  const latest = addCalendarMonths(startOf(p), 12);
  if (!p.endsOn) {
    f.refuse('endsOn', 'An injunction against a person under 18 must have a fixed end date', `s.1(6) ${ACT} [S2]`);
  } else if (p.endsOn > latest) {
    f.refuse(
      'endsOn',
      `An injunction against a person under 18 can last no more than 12 months: the end date must be on or before ${formatDate(latest)}`,
      `s.1(6) ${ACT} [S2]`,
    );
  }
};

/**
 * Rule 3 and durations: a conviction; under 18 ⇒ youth justice views recorded; adult ≥ adultMinYears
 * or until further order; under 18 between youthMinYears and youthMaxYears (settings, UNVERIFIED);
 * a review date, when given, before the end of the first 12-month period [S20][S21][S120][S122].
 */
export const checkCbo: TypeRule = (p, ctx, f) => {
  const age = tenOrOver(p, f, 'Criminal Behaviour Order', 'Sentencing Act 2020 s.330; age of criminal responsibility [S20b]');
  if (!p.convictionReference?.trim()) {
    f.refuse(
      'convictionReference',
      'Enter the conviction the Criminal Behaviour Order was made on',
      'Sentencing Act 2020 s.330: made on conviction [S20][S21]',
    );
  }
  if (age !== null && age < 10) return;
  const start = startOf(p);
  const { adultMinYears, youthMinYears, youthMaxYears } = ctx.settings.cbo;
  const dur = 'Sentencing Act 2020 s.334 (UNVERIFIED primary text; configurable) [S120]';
  if (age === null || age >= 18) {
    const earliest = addCalendarMonths(start, 12 * adultMinYears);
    if (p.endsOn && p.endsOn < earliest) {
      f.refuse(
        'endsOn',
        `A Criminal Behaviour Order against an adult must last at least ${years(adultMinYears)}, or until further order: the end date must be on or after ${formatDate(earliest)}`,
        dur,
      );
    }
    return;
  }
  if (!p.youthJusticeViews?.trim()) {
    f.refuse(
      'youthJusticeViews',
      "Enter the youth justice service's views: the prosecution must find them out before applying for a Criminal Behaviour Order against a person under 18",
      'Sentencing Act 2020 s.331 [S21]',
    );
  }
  const earliest = addCalendarMonths(start, 12 * youthMinYears);
  const latest = addCalendarMonths(start, 12 * youthMaxYears);
  if (!p.endsOn || p.endsOn < earliest || p.endsOn > latest) {
    f.refuse(
      'endsOn',
      `A Criminal Behaviour Order against a person under 18 must have a fixed end date between ${formatDate(earliest)} and ${formatDate(latest)} (${youthMinYears} to ${years(youthMaxYears)})`,
      dur,
    );
  }
  const reviewBy = addCalendarDays(addCalendarMonths(start, 12), -1);
  if (p.reviewOn && p.reviewOn > reviewBy) {
    f.refuse(
      'reviewOn',
      `The first review must be on or before ${formatDate(reviewBy)}, before the end of the order's first 12 months`,
      'Sentencing Act 2020 s.337 [S122]',
    );
  }
};

const years = (n: number) => (n === 1 ? '1 year' : `${n} years`);

/**
 * s.83ZA(7) Housing Act 1985: a notice relying on the closure-order condition is given within
 * 3 months of the closure order [S130]. A statutory constant, not a setting.
 */
export const CLOSURE_ORDER_NOTICE_MONTHS = 3;

const POSSESSION = 's.84A Housing Act 1985; Ground 7A Housing Act 1988 [S42][S43]';

/** What the time limit runs from, in the users' words, per trigger event. */
const RUNS_FROM: Record<string, string> = {
  serious_offence: 'the conviction',
  injunction_breach: "the court's finding of the breach",
  cbo_breach: 'the conviction',
  closure_order: 'the closure order',
  noise_abatement_breach: 'the conviction',
};

/**
 * The last day to give an absolute-ground possession notice after a trigger event on `triggerOn`
 * (London dates 'YYYY-MM-DD'), with the limit in months and its source. The period begins with
 * the day of the event (s.83ZA(5)–(7) HA 1985), so its last day is the day before the same date
 * N months on, or the month's last day when it has no such date (lastDayOfMonthsBeginningWith):
 * a closure order on 31 March → 30 June; on 15 March → 14 June. Closure order: 3 months,
 * s.83ZA(7) [S130]; the other four conditions: settings.possessionNoticeMonths (default 12,
 * UNVERIFIED, DOMAIN.md §2.1).
 */
export function possessionNoticeLimit(
  triggerEvent: string,
  triggerOn: string,
  settings: PowersSettings,
): { months: number; lastDay: string; source: string } {
  if (triggerEvent === 'closure_order') {
    const months = CLOSURE_ORDER_NOTICE_MONTHS;
    const source = 's.83ZA(7) Housing Act 1985: within 3 months of the closure order [S130]';
    return { months, lastDay: lastDayOfMonthsBeginningWith(triggerOn, months), source };
  }
  const months = settings.possessionNoticeMonths;
  const source = `s.83ZA Housing Act 1985; Ground 7A Housing Act 1988: within ${months} months of the conviction or finding (UNVERIFIED; configurable) [S42][S43]`;
  return { months, lastDay: lastDayOfMonthsBeginningWith(triggerOn, months), source };
}

/**
 * Rule 10: one of the five trigger events [S42][S43], and its date (triggerEventOn): entered, a
 * real date, on or before the notice (issuedOn), and the notice within the time limit
 * (possessionNoticeLimit: the last day allowed passes, the day after is refused).
 */
export const checkAbsolutePossession: TypeRule = (p, ctx, f) => {
  const known = POSSESSION_TRIGGER_EVENTS.some((e) => e.code === p.triggerEvent);
  if (!known) f.refuse('triggerEvent', 'Select the trigger event for the absolute ground for possession', POSSESSION);
  const on = p.triggerEventOn ?? null;
  if (!on) {
    f.refuse('triggerEventOn', 'Enter the date of the trigger event: the time to give the notice runs from it', POSSESSION);
    return;
  }
  if (!isRealDate(on)) {
    f.refuse('triggerEventOn', 'The date of the trigger event must be a real date', POSSESSION);
    return;
  }
  if (on > p.issuedOn) {
    f.refuse('triggerEventOn', 'The date of the trigger event must be the same as or before the date of the notice', POSSESSION);
    return;
  }
  if (!known) return;
  const limit = possessionNoticeLimit(p.triggerEvent!, on, ctx.settings);
  if (p.issuedOn > limit.lastDay) {
    f.refuse(
      'issuedOn',
      `A possession notice on the absolute ground must be given within ${limit.months} months of ${RUNS_FROM[p.triggerEvent!]}: the last day to give it was ${formatDate(limit.lastDay)}`,
      limit.source,
    );
  }
};
