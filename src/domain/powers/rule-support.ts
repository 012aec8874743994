/**
 * Shared pieces for the intervention rules (check-intervention.ts and the rules-*.ts files): the
 * findings collector, the subject's age on the issue date, the linked record, date checks and
 * periods of months, and GOV.UK-style date and time wording for messages.
 */
import { addCalendarDays, addCalendarMonths, formatDate } from '../checks/calendar.js';
import { ageOn } from './deadlines.js';
import type { InterventionContext, InterventionProposal, InterventionRecord, RuleFinding } from './types.js';

export const ACT = 'ASB, Crime and Policing Act 2014';

export class Findings {
  readonly refusals: RuleFinding[] = [];
  readonly warnings: RuleFinding[] = [];
  refuse(field: string, message: string, source: string): void {
    this.refusals.push({ field, message, source });
  }
  warn(field: string, message: string, source: string): void {
    this.warnings.push({ field, message, source });
  }
}

export type TypeRule = (p: InterventionProposal, ctx: InterventionContext, f: Findings) => void;

/** The subject's whole years of age on the issue date; null when not a person or no date of birth. */
export function ageAtIssue(p: InterventionProposal): number | null {
  if (p.subjectKind !== 'person' || !p.subjectDateOfBirth) return null;
  return ageOn(p.subjectDateOfBirth, p.issuedOn);
}

/** The start date of a proposal: startsOn, else issuedOn. */
export const startOf = (p: Pick<InterventionProposal, 'startsOn' | 'issuedOn'>): string => p.startsOn ?? p.issuedOn;

/** The instant a proposal takes effect: startsAt, else servedAt. */
export const startAtOf = (p: { startsAt?: Date | null; servedAt: Date | null }): Date | null => p.startsAt ?? p.servedAt;

/** The linked record from the history, or undefined. */
export function linkedRecord(p: InterventionProposal, ctx: InterventionContext): InterventionRecord | undefined {
  return p.linkedInterventionId ? ctx.history.find((h) => h.id === p.linkedInterventionId) : undefined;
}

const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', minute: '2-digit', hour12: true });
const date = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });

/** GOV.UK style: '9:30am on 25 December 2026' (London time). */
export function formatDateTime(at: Date): string {
  return `${time.format(at).replace(/\s/g, '').toLowerCase()} on ${date.format(at)}`;
}

export { formatDate };

/** True when `ymd` is a real calendar date written 'YYYY-MM-DD' (no 31 April, no 29 February 2027). */
export function isRealDate(ymd: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/**
 * The last day of a period of `months` calendar months beginning with the London date `ymd` (the
 * day itself counts): the day before the same date `months` months on or, when that month has no
 * such date, that month's last day. 15 March + 3 months → 14 June; 31 March + 3 → 30 June;
 * 30 November 2026 + 3 → 28 February 2027 (29 February in a leap year); 29 February 2024 + 12 →
 * 28 February 2025. The months counterpart of lastDayBeginningWith (deadlines.ts).
 * @throws RangeError when `ymd` is not 'YYYY-MM-DD'.
 */
export function lastDayOfMonthsBeginningWith(ymd: string, months: number): string {
  const same = addCalendarMonths(ymd, months);
  const clamped = same.slice(8) !== ymd.slice(8);
  return clamped ? same : addCalendarDays(same, -1);
}

/** Hours between two instants (elapsed). */
export const hoursBetween = (from: Date, to: Date): number => (to.getTime() - from.getTime()) / 3_600_000;
