/**
 * The rules of case oversight that are not the workflow or risk: the supervisory review's next
 * review date, victim contact plans and the contact log, notes and sharing. Pure: dates are
 * Europe/London calendar dates 'YYYY-MM-DD' and intervals calendar days, so a clock change never
 * moves a limit (domain/checks/calendar.ts).
 *
 * Sources:
 * - Supervisory review at least every `supervisoryReviewDays` (LLR action plan action 2c, 28 days,
 *   domain/cases/settings.ts): the next review date set at a review must be after the review's
 *   day and no later than that day + the interval; the suggestion is the latest allowed.
 * - Victim contact (Victims' Code, DOMAIN.md §5.1): the frequency and method are agreed with the
 *   victim; a plan records how (phone, email, letter, visit, or through a named person), how
 *   often (every 1–365 days) and times to avoid, on the day it was agreed (not in the future).
 * - Sharing (DOMAIN.md §6.3): every sharing event names its legal gateway, e.g. s.115 Crime and
 *   Disorder Act 1998 or a clause of the Information Sharing Agreement.
 */
import type { ContactMethod } from '../../db/schema.js';
import { addCalendarDays, formatDate } from '../checks/calendar.js';

/** Longest text accepted in each free-text field, in characters. */
export const TEXT_LIMITS = {
  progress: 2000,
  riskComment: 1000,
  actionsAgreed: 2000,
  comments: 2000,
  viaName: 200,
  timesToAvoid: 500,
  contactSummary: 500,
  note: 5000,
  shareReason: 1000,
  revokeReason: 1000,
} as const;

export const CONTACT_METHODS: readonly { code: ContactMethod; name: string; by: string }[] = [
  { code: 'phone', name: 'Phone', by: 'by phone' },
  { code: 'email', name: 'Email', by: 'by email' },
  { code: 'letter', name: 'Letter', by: 'by letter' },
  { code: 'visit', name: 'Visit', by: 'by a visit' },
  { code: 'via_named_person', name: 'Through a named person', by: 'through a named person' },
];

export function isContactMethod(value: string): value is ContactMethod {
  return CONTACT_METHODS.some((m) => m.code === value);
}

export function contactMethodName(code: ContactMethod): string {
  return CONTACT_METHODS.find((m) => m.code === code)?.name ?? code;
}

export type ContactOutcome = 'made' | 'attempted';

export const CONTACT_OUTCOMES: readonly { code: ContactOutcome; name: string }[] = [
  { code: 'made', name: 'Contact made' },
  { code: 'attempted', name: 'Attempted, no contact' },
];

export function contactOutcomeName(code: ContactOutcome): string {
  return CONTACT_OUTCOMES.find((o) => o.code === code)?.name ?? code;
}

export const CONTACT_FREQUENCY_DAYS = { min: 1, max: 365 } as const;

/**
 * The dates a supervisor may set as the next review at a review held on `reviewedOn`.
 * @param intervalDays CaseSettings.supervisoryReviewDays (calendar days, 1–28)
 * @returns earliest (the day after), latest (reviewedOn + interval) and the suggested date (latest).
 */
export function nextReviewWindow(reviewedOn: string, intervalDays: number): { earliest: string; latest: string; suggested: string } {
  const latest = addCalendarDays(reviewedOn, intervalDays);
  return { earliest: addCalendarDays(reviewedOn, 1), latest, suggested: latest };
}

/**
 * Why `nextReviewOn` cannot be the next review date of a review held on `reviewedOn`, or null.
 * Messages in GOV.UK wording ("Next review date must be on or before 19 December 2026").
 */
export function nextReviewProblem(nextReviewOn: string, reviewedOn: string, intervalDays: number): string | null {
  const { earliest, latest } = nextReviewWindow(reviewedOn, intervalDays);
  if (nextReviewOn < earliest) return 'Next review date must be in the future';
  if (nextReviewOn > latest)
    return `Next review date must be on or before ${formatDate(latest)}, within ${intervalDays} days of this review`;
  return null;
}

/** Why `days` cannot be a contact frequency, or null. */
export function contactFrequencyProblem(days: number): string | null {
  if (!Number.isInteger(days)) return 'How often must be a whole number of days';
  if (days < CONTACT_FREQUENCY_DAYS.min) return `How often must be at least ${CONTACT_FREQUENCY_DAYS.min} day`;
  if (days > CONTACT_FREQUENCY_DAYS.max) return `How often must be ${CONTACT_FREQUENCY_DAYS.max} days or fewer`;
  return null;
}

/** Why a plan agreed on `agreedOn` cannot be recorded on London date `today`, or null. */
export function agreedOnProblem(agreedOn: string, today: string): string | null {
  return agreedOn > today ? 'Date the plan was agreed must be today or in the past' : null;
}

/** Why a contact at `contactedAt` cannot be logged at `now`, or null. */
export function contactedAtProblem(contactedAt: Date, now: Date): string | null {
  return contactedAt.getTime() > now.getTime() ? 'Date of the contact must be in the past' : null;
}

/**
 * Why free text cannot be kept, or null: `required` and blank after trimming, or longer than `max`.
 * @param what the field in the message ("Progress", "Summary")
 */
export function textProblem(value: string | null | undefined, what: string, max: number, required: boolean, enter?: string): string | null {
  const text = (value ?? '').trim();
  if (!text) return required ? (enter ?? `Enter ${what.toLowerCase()}`) : null;
  if (text.length > max) return `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`;
  return null;
}
