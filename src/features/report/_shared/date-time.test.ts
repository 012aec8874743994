import { describe, expect, it } from 'vitest';
import { dateTimeValues, parseTime, readDateTime } from './date-time.js';

const wording = { date: 'Date the incident happened', enter: 'Enter the date the incident happened', time: 'Time the incident happened' };
const now = new Date('2026-03-29T12:00:00Z'); // the day the clocks go forward in London
const read = (v: Record<string, string>, required = true, endOfDay = false) =>
  readDateTime(v, 'from', wording, { required, now, endOfDay });

describe('reading a GOV.UK date input with a time', () => {
  it('reads times written in the usual ways', () => {
    expect(['21:30', '2130', '9:30pm', '9.30 pm', '9pm', '12am', '12pm', '0:05'].map(parseTime)).toEqual([
      1290, 1290, 1290, 1290, 1260, 0, 720, 5,
    ]);
    expect(['24:00', '13pm', '9:75', 'noon', '930'].map(parseTime)).toEqual([undefined, undefined, undefined, undefined, 570]);
  });

  it('reads a London wall-clock time on either side of the clock change', () => {
    expect(read({ 'from-day': '28', 'from-month': '3', 'from-year': '2026', 'from-time': '23:30' })).toEqual({
      ok: true,
      value: new Date('2026-03-28T23:30:00Z'),
      hasTime: true,
    });
    expect(read({ 'from-day': '29', 'from-month': '3', 'from-year': '2026', 'from-time': '09:00' })).toEqual({
      ok: true,
      value: new Date('2026-03-29T08:00:00Z'),
      hasTime: true,
    });
  });

  it('uses the GOV.UK messages for a missing, incomplete, unreal or future date', () => {
    expect(read({})).toEqual({ ok: false, field: 'from-day', message: 'Enter the date the incident happened' });
    expect(read({ 'from-day': '3' })).toMatchObject({ message: 'Date the incident happened must include a month and year' });
    expect(read({ 'from-day': '31', 'from-month': '2', 'from-year': '2026' })).toMatchObject({
      message: 'Date the incident happened must be a real date',
    });
    expect(read({ 'from-day': 'x', 'from-month': '2', 'from-year': '2026' })).toMatchObject({
      message: 'Date the incident happened must be a real date',
    });
    expect(read({ 'from-day': '1', 'from-month': '4', 'from-year': '2026' })).toMatchObject({
      field: 'from-day',
      message: 'Date the incident happened must be in the past',
    });
    expect(read({ 'from-day': '29', 'from-month': '3', 'from-year': '2026', 'from-time': '25:00' })).toMatchObject({
      field: 'from-time',
      message: 'Time the incident happened must be a real time, like 9:30pm or 21:30',
    });
  });

  it('leaves an optional date empty, and reads a "to" date of today without a time as until now', () => {
    expect(read({}, false)).toEqual({ ok: true, value: null, hasTime: false });
    expect(read({ 'from-day': '29', 'from-month': '3', 'from-year': '2026' }, false, true)).toEqual({
      ok: true,
      value: now,
      hasTime: false,
    });
    expect(read({ 'from-day': '28', 'from-month': '3', 'from-year': '2026' }, false, true)).toEqual({
      ok: true,
      value: new Date('2026-03-28T23:59:00Z'),
      hasTime: false,
    });
  });

  it('writes an instant back as London form values', () => {
    expect(dateTimeValues('reported', new Date('2026-07-01T20:05:00Z'))).toEqual({
      'reported-day': '1',
      'reported-month': '7',
      'reported-year': '2026',
      'reported-time': '21:05',
    });
  });
});

describe('reading a date of birth', () => {
  const dob = { date: 'Date of birth', enter: 'Enter their date of birth' };
  it('gives the London date, or the GOV.UK message', async () => {
    const { readDate } = await import('./date-time.js');
    expect(readDate({ 'dob-day': '3', 'dob-month': '3', 'dob-year': '1980' }, 'dob', dob, { required: false, now })).toEqual({
      ok: true,
      value: '1980-03-03',
    });
    expect(readDate({}, 'dob', dob, { required: false, now })).toEqual({ ok: true, value: null });
    expect(readDate({ 'dob-day': '3', 'dob-month': '3', 'dob-year': '2080' }, 'dob', dob, { required: false, now })).toMatchObject({
      message: 'Date of birth must be in the past',
    });
  });
});
