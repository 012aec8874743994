/**
 * Premises and area measures: closure notices and orders (ss.76–84), dispersal (ss.34–35) and
 * Public Spaces Protection Orders (ss.59–60) under the ASB, Crime and Policing Act 2014.
 * DOMAIN.md §2.2 rules 5–7, 9 [S34][S35][S36][S38][S39][S40][S41][S32].
 */
import { addCalendarMonths } from '../checks/calendar.js';
import { closureNoticeMaxHours, isCouncilRole, policeRankAtLeast } from './authority.js';
import { addHoursDisregardingChristmas } from './deadlines.js';
import { sameSubject } from './ladder.js';
import {
  ACT,
  ageAtIssue,
  formatDate,
  formatDateTime,
  hoursBetween,
  linkedRecord,
  startAtOf,
  startOf,
  type TypeRule,
} from './rule-support.js';
import type { InterventionRecord } from './types.js';

const S36 = `s.34 ${ACT} [S35][S36]`;

export const checkDispersalAuthorisation: TypeRule = (p, _ctx, f) => {
  if (!policeRankAtLeast(p.authorisedByRank, 'inspector')) {
    f.refuse(
      'authorisedByRank',
      'An authorisation to use dispersal powers must be given by a police officer of at least the rank of inspector',
      S36,
    );
  }
  if (p.authorisedInWriting !== true) f.refuse('authorisedInWriting', 'The authorisation must be in writing and signed', S36);
  if (!p.grounds?.trim()) f.refuse('grounds', 'Enter the grounds for the authorisation', S36);
  const start = startAtOf(p);
  if (!start) f.refuse('startsAt', 'Enter when the authorisation starts', S36);
  if (!p.endsAt) f.refuse('endsAt', 'Enter when the authorisation ends', S36);
  else if (start && hoursBetween(start, p.endsAt) > 48) {
    f.refuse('endsAt', 'An authorisation to use dispersal powers can last no more than 48 hours', S36);
  }
};

/** The end of an authorisation: its endsAt, else 48 hours after it starts. */
function authorisationEnd(a: InterventionRecord): Date | null {
  const start = a.startsAt ?? a.servedAt;
  return a.endsAt ?? (start ? new Date(start.getTime() + 48 * 3_600_000) : null);
}

export const checkDispersalDirection: TypeRule = (p, ctx, f) => {
  const S34 = `s.35 ${ACT} [S34][S35]`;
  const age = ageAtIssue(p);
  if (age !== null && age < 10) f.refuse('personId', 'A dispersal direction cannot be given to a person under 10', `s.35(9) ${ACT} [S34]`);
  else if (age !== null && age < 16) {
    f.warn('personId', 'The person is under 16: they may be taken home or to a place of safety', `s.35 ${ACT} [S34][S35]`);
  }
  const given = startAtOf(p);
  if (!given) f.refuse('servedAt', 'Enter when the direction was given', S34);
  if (!p.endsAt) f.refuse('endsAt', 'Enter when the exclusion ends', S34);
  else if (given && hoursBetween(given, p.endsAt) > 48) {
    f.refuse('endsAt', 'A dispersal direction can exclude a person for no more than 48 hours from when it was first given', S34);
  }
  const auth = linkedRecord(p, ctx);
  if (!p.linkedInterventionId || !auth || auth.typeCode !== 'dispersal_authorisation') {
    f.refuse(
      'linkedInterventionId',
      'A dispersal direction needs an authorisation to use dispersal powers in force when it is given: select the authorisation',
      S34,
    );
    return;
  }
  const authStart = auth.startsAt ?? auth.servedAt;
  const authEnd = authorisationEnd(auth);
  const valid =
    policeRankAtLeast(auth.authorisedByRank, 'inspector') &&
    auth.authorisedInWriting === true &&
    !!auth.grounds?.trim() &&
    !!authStart &&
    !!authEnd &&
    hoursBetween(authStart, authEnd) <= 48 &&
    auth.outcome !== 'withdrawn';
  if (!valid) {
    f.refuse(
      'linkedInterventionId',
      'The authorisation you selected is not valid: it must be given by an inspector or above, in writing with grounds, and last no more than 48 hours',
      S36,
    );
  } else if (given && (given < authStart || given >= authEnd)) {
    f.refuse(
      'servedAt',
      `The authorisation was not in force when the direction was given: it ran from ${formatDateTime(authStart)} to ${formatDateTime(authEnd)}`,
      S34,
    );
  }
};

/** Rule 6: inspector or above, or the local authority; ≤ 24 h, or ≤ 48 h by rank; Christmas Day disregarded [S38][S39][S40]. */
export const checkClosureNotice: TypeRule = (p, _ctx, f) => {
  const S39 = `ss.76–77 ${ACT} [S38][S39]`;
  if (!policeRankAtLeast(p.authorisedByRank, 'inspector') && !isCouncilRole(p.authorisedByRank)) {
    f.refuse(
      'authorisedByRank',
      'A closure notice can only be issued by a police officer of at least the rank of inspector, or by the local authority',
      S39,
    );
  }
  const start = startAtOf(p);
  if (!p.servedAt) f.refuse('servedAt', 'Enter when the closure notice was served', S39);
  if (!p.endsAt) {
    f.refuse('endsAt', 'Enter when the closure notice ends', S39);
  } else if (start) {
    const hours = closureNoticeMaxHours(p.authorisedByRank);
    const latest = addHoursDisregardingChristmas(start, hours);
    if (p.endsAt > latest) {
      f.refuse(
        'endsAt',
        hours === 24
          ? `A closure notice can last no more than 24 hours (48 hours if authorised by a superintendent or above, or the council's chief executive or their designate): it must end by ${formatDateTime(latest)}`
          : `A closure notice can last no more than 48 hours: it must end by ${formatDateTime(latest)}`,
        `${S39}; Christmas Day disregarded`,
      );
    }
  }
  if (p.servedAt && p.hearingAt) hearingWithin48(p.servedAt, p.hearingAt, f);
};

function hearingWithin48(servedAt: Date, hearingAt: Date, f: Parameters<TypeRule>[2]): void {
  const latest = addHoursDisregardingChristmas(servedAt, 48);
  if (hearingAt > latest) {
    f.refuse(
      'hearingAt',
      `The closure order hearing must be within 48 hours of the closure notice being served, not counting Christmas Day: by ${formatDateTime(latest)}`,
      `s.80(3) ${ACT} [S40]`,
    );
  }
}

/** Rules 6–7: a linked closure notice, hearing within 48 h of its service, order ≤ 3 months [S40]. */
export const checkClosureOrder: TypeRule = (p, ctx, f) => {
  const S40 = `s.80 ${ACT} [S40]`;
  const notice = linkedRecord(p, ctx);
  if (!p.linkedInterventionId || !notice || notice.typeCode !== 'closure_notice') {
    f.refuse('linkedInterventionId', 'A closure order needs the closure notice it follows: select the closure notice', S40);
  } else {
    if (!sameSubject(p, notice)) f.refuse('linkedInterventionId', 'The closure notice you selected is for different premises', S40);
    if (!notice.servedAt) f.refuse('linkedInterventionId', 'The closure notice you selected has no time of service recorded', S40);
    else if (!p.hearingAt) f.refuse('hearingAt', 'Enter when the closure order hearing started', S40);
    else hearingWithin48(notice.servedAt, p.hearingAt, f);
  }
  const latest = addCalendarMonths(startOf(p), 3);
  if (!p.endsOn) f.refuse('endsOn', 'Enter the date the closure order ends', S40);
  else if (p.endsOn > latest) {
    f.refuse(
      'endsOn',
      `A closure order can last no more than 3 months: the end date must be on or before ${formatDate(latest)}`,
      `s.80(5) ${ACT} [S40]`,
    );
  }
};

/** Rule 7: extension applied for before the order ends; no more than 6 months in total [S41][S130]. */
export const checkClosureOrderExtension: TypeRule = (p, ctx, f) => {
  const S41 = `s.82 ${ACT} [S41][S130]`;
  const linked = linkedRecord(p, ctx);
  if (!p.linkedInterventionId || !linked || (linked.typeCode !== 'closure_order' && linked.typeCode !== 'closure_order_extension')) {
    f.refuse('linkedInterventionId', 'Select the closure order to extend', S41);
    return;
  }
  let root: InterventionRecord | undefined = linked;
  for (let i = 0; root && root.typeCode !== 'closure_order' && i < 50; i++)
    root = ctx.history.find((h) => h.id === root?.linkedInterventionId);
  if (linked.endsOn && p.issuedOn > linked.endsOn) {
    f.refuse('issuedOn', `A closure order can only be extended before it ends: it ended on ${formatDate(linked.endsOn)}`, S41);
  }
  if (!p.endsOn) {
    f.refuse('endsOn', 'Enter the date the extended closure order ends', S41);
    return;
  }
  if (root) {
    const latest = addCalendarMonths(root.startsOn ?? root.issuedOn, 6);
    if (p.endsOn > latest) {
      f.refuse(
        'endsOn',
        `A closure order can last no more than 6 months in total, including extensions: the end date must be on or before ${formatDate(latest)}`,
        S41,
      );
    }
  }
};

/** Rule 9: ≤ 3 years from making or extension [S32]. */
export const checkPspo: TypeRule = (p, _ctx, f) => {
  const S32 = `s.60 ${ACT} [S32]`;
  const latest = addCalendarMonths(startOf(p), 36);
  if (!p.endsOn) f.refuse('endsOn', 'Enter the date the order ends', S32);
  else if (p.endsOn > latest) {
    f.refuse(
      'endsOn',
      `A Public Spaces Protection Order can last no more than 3 years: the end date must be on or before ${formatDate(latest)}`,
      S32,
    );
  }
};
