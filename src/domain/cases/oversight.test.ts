import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, daysBetween } from '../checks/calendar.js';
import {
  agreedOnProblem,
  contactedAtProblem,
  contactFrequencyProblem,
  contactMethodName,
  nextReviewProblem,
  nextReviewWindow,
  textProblem,
} from './oversight.js';

describe('the next supervisory review date', () => {
  it('may be from the day after the review up to the review interval later, and suggests the latest', () => {
    expect(nextReviewWindow('2026-11-21', 28)).toEqual({ earliest: '2026-11-22', latest: '2026-12-19', suggested: '2026-12-19' });
  });

  it('must be in the future and within the interval', () => {
    expect(nextReviewProblem('2026-11-21', '2026-11-21', 28)).toBe('Next review date must be in the future');
    expect(nextReviewProblem('2026-11-01', '2026-11-21', 28)).toBe('Next review date must be in the future');
    expect(nextReviewProblem('2026-11-22', '2026-11-21', 28)).toBeNull();
    expect(nextReviewProblem('2026-12-19', '2026-11-21', 28)).toBeNull();
    expect(nextReviewProblem('2026-12-20', '2026-11-21', 28)).toBe(
      'Next review date must be on or before 19 December 2026, within 28 days of this review',
    );
  });

  it('counts calendar days across month ends, leap days and clock changes', () => {
    expect(nextReviewWindow('2028-02-01', 28).latest).toBe('2028-02-29');
    expect(nextReviewWindow('2026-03-10', 28).latest).toBe('2026-04-07'); // clocks go forward 29 March 2026
    expect(nextReviewWindow('2026-10-10', 28).latest).toBe('2026-11-07'); // clocks go back 25 October 2026
    expect(nextReviewWindow('2026-12-31', 1)).toEqual({ earliest: '2027-01-01', latest: '2027-01-01', suggested: '2027-01-01' });
  });

  it('accepts exactly the dates 1 to interval days after the review (any date, any interval)', () => {
    const day = fc.integer({ min: 0, max: 10 * 365 }).map((n) => addCalendarDays('2024-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 28 }), fc.integer({ min: -60, max: 60 }), (reviewedOn, interval, offset) => {
        const next = addCalendarDays(reviewedOn, offset);
        const ok = nextReviewProblem(next, reviewedOn, interval) === null;
        expect(ok).toBe(offset >= 1 && offset <= interval);
        const w = nextReviewWindow(reviewedOn, interval);
        expect(daysBetween(reviewedOn, w.latest)).toBe(interval);
        expect(w.suggested).toBe(w.latest);
      }),
    );
  });
});

describe('victim contact plans and contacts', () => {
  it('takes a frequency of 1 to 365 whole days', () => {
    expect(contactFrequencyProblem(1)).toBeNull();
    expect(contactFrequencyProblem(365)).toBeNull();
    expect(contactFrequencyProblem(0)).toBe('How often must be at least 1 day');
    expect(contactFrequencyProblem(366)).toBe('How often must be 365 days or fewer');
    expect(contactFrequencyProblem(2.5)).toBe('How often must be a whole number of days');
  });

  it('refuses a plan agreed in the future', () => {
    expect(agreedOnProblem('2026-11-21', '2026-11-21')).toBeNull();
    expect(agreedOnProblem('2026-01-01', '2026-11-21')).toBeNull();
    expect(agreedOnProblem('2026-11-22', '2026-11-21')).toBe('Date the plan was agreed must be today or in the past');
  });

  it('refuses a contact in the future', () => {
    const now = new Date('2026-11-21T12:00:00Z');
    expect(contactedAtProblem(now, now)).toBeNull();
    expect(contactedAtProblem(new Date('2026-11-21T12:01:00Z'), now)).toBe('Date of the contact must be in the past');
  });

  it('names the methods in staff’s words', () => {
    expect(contactMethodName('via_named_person')).toBe('Through a named person');
    expect(contactMethodName('phone')).toBe('Phone');
  });
});

describe('free text', () => {
  it('is required when asked, trimmed, and limited in length', () => {
    expect(textProblem('  ', 'Summary', 500, true)).toBe('Enter summary');
    expect(textProblem('', 'Summary', 500, true, 'Enter a summary of the contact')).toBe('Enter a summary of the contact');
    expect(textProblem(null, 'Comments', 2000, false)).toBeNull();
    expect(textProblem('x'.repeat(500), 'Summary', 500, true)).toBeNull();
    expect(textProblem('x'.repeat(5001), 'Note', 5000, true)).toBe('Note must be 5,000 characters or fewer');
  });
});
