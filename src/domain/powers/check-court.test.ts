import { describe, expect, it } from 'vitest';
import { checkIntervention } from './check-intervention.js';
import { mergePowersSettings } from './settings.js';
import { aContext, aProposal } from './test-support.js';
import type { InterventionProposal } from './types.js';

const check = (p: Partial<InterventionProposal>, ctx = aContext()) => checkIntervention(aProposal(p), ctx);
const messages = (r: { refusals: { message: string }[] }) => r.refusals.map((f) => f.message);
const fields = (r: { refusals: { field: string }[] }) => r.refusals.map((f) => f.field);

describe('civil injunction', () => {
  const youth = {
    typeCode: 'civil_injunction',
    subjectDateOfBirth: '2010-01-01',
    youthJusticeConsultedOn: '2026-06-10',
    court: 'youth',
    startsOn: '2026-06-15',
    endsOn: '2027-06-15',
  };

  it('is allowed for an adult without a fixed end', () => {
    expect(check({ typeCode: 'civil_injunction', court: 'county' }).refusals).toEqual([]);
  });

  it('is allowed for a person under 18 with consultation, youth court and an end 12 months on', () => {
    const r = check(youth);
    expect(r.refusals).toEqual([]);
    expect(r.deadlines.map((d) => [d.code, d.on])).toEqual([['injunction_youth_latest_end', '2027-06-15']]);
  });

  it('refuses an end date one day more than 12 months after the start', () => {
    expect(messages(check({ ...youth, endsOn: '2027-06-16' }))).toEqual([
      'An injunction against a person under 18 can last no more than 12 months: the end date must be on or before 15 June 2027',
    ]);
  });

  it('clamps 12 months from 29 February to 28 February', () => {
    const leap = { ...youth, issuedOn: '2024-02-29', startsOn: '2024-02-29', youthJusticeConsultedOn: '2024-02-29' };
    expect(check({ ...leap, endsOn: '2025-02-28' }).refusals).toEqual([]);
    expect(fields(check({ ...leap, endsOn: '2025-03-01' }))).toEqual(['endsOn']);
  });

  it('needs youth justice consultation on or before the issue date', () => {
    expect(check({ ...youth, youthJusticeConsultedOn: '2026-06-15' }).refusals).toEqual([]);
    expect(messages(check({ ...youth, youthJusticeConsultedOn: '2026-06-16', issuedOn: '2026-06-15' }))).toEqual([
      'The youth justice service must be consulted on or before the date of the application',
    ]);
    expect(fields(check({ ...youth, youthJusticeConsultedOn: null }))).toEqual(['youthJusticeConsultedOn']);
  });

  it('needs the youth court and a fixed end for a person under 18', () => {
    expect(fields(check({ ...youth, court: 'county' }))).toEqual(['court']);
    expect(check({ ...youth, court: 'Youth court' }).refusals).toEqual([]);
    expect(messages(check({ ...youth, endsOn: null }))).toEqual(['An injunction against a person under 18 must have a fixed end date']);
  });

  it('treats a person on their 18th birthday as an adult', () => {
    expect(check({ typeCode: 'civil_injunction', subjectDateOfBirth: '2008-06-15' }).refusals).toEqual([]);
    expect(fields(check({ typeCode: 'civil_injunction', subjectDateOfBirth: '2008-06-16' }))).toEqual([
      'youthJusticeConsultedOn',
      'court',
      'endsOn',
    ]);
  });

  it('refuses a person under 10 and allows one on their 10th birthday', () => {
    expect(messages(check({ ...youth, subjectDateOfBirth: '2016-06-16' }))).toEqual([
      'A civil injunction can only be made against a person aged 10 or over',
    ]);
    expect(check({ ...youth, subjectDateOfBirth: '2016-06-15' }).refusals).toEqual([]);
  });

  it('warns when the date of birth is unknown', () => {
    const r = check({ typeCode: 'civil_injunction', subjectDateOfBirth: null });
    expect(r.refusals).toEqual([]);
    expect(r.warnings.map((w) => w.field)).toEqual(['personId']);
  });
});

describe('Criminal Behaviour Order', () => {
  const adult = { typeCode: 'cbo', convictionReference: '21/1234/AB', startsOn: '2026-06-15' };
  const youth = {
    ...adult,
    subjectDateOfBirth: '2010-01-01',
    youthJusticeViews: 'Support the order with a mentoring requirement',
    endsOn: '2028-06-15',
  };

  it('needs a conviction', () => {
    expect(messages(check({ ...adult, convictionReference: ' ' }))).toEqual([
      'Enter the conviction the Criminal Behaviour Order was made on',
    ]);
  });

  it('allows an adult order until further order or for at least 2 years', () => {
    expect(check(adult).refusals).toEqual([]);
    expect(check({ ...adult, endsOn: '2028-06-15' }).refusals).toEqual([]);
    expect(messages(check({ ...adult, endsOn: '2028-06-14' }))).toEqual([
      'A Criminal Behaviour Order against an adult must last at least 2 years, or until further order: the end date must be on or after 15 June 2028',
    ]);
  });

  it('follows the configured minimum for adults', () => {
    const ctx = aContext({ settings: mergePowersSettings({ cbo: { adultMinYears: 3 } }) });
    expect(fields(check({ ...adult, endsOn: '2028-06-15' }, ctx))).toEqual(['endsOn']);
  });

  it('needs youth justice views for a person under 18', () => {
    expect(messages(check({ ...youth, youthJusticeViews: null }))).toEqual([
      "Enter the youth justice service's views: the prosecution must find them out before applying for a Criminal Behaviour Order against a person under 18",
    ]);
  });

  it('needs a fixed end between 1 and 3 years for a person under 18', () => {
    expect(check(youth).refusals).toEqual([]);
    expect(check({ ...youth, endsOn: '2027-06-15' }).refusals).toEqual([]);
    expect(check({ ...youth, endsOn: '2029-06-15' }).refusals).toEqual([]);
    const msg =
      'A Criminal Behaviour Order against a person under 18 must have a fixed end date between 15 June 2027 and 15 June 2029 (1 to 3 years)';
    expect(messages(check({ ...youth, endsOn: '2027-06-14' }))).toEqual([msg]);
    expect(messages(check({ ...youth, endsOn: '2029-06-16' }))).toEqual([msg]);
    expect(messages(check({ ...youth, endsOn: null }))).toEqual([msg]);
  });

  it('needs a first review before the end of the first 12 months for a person under 18', () => {
    expect(check({ ...youth, reviewOn: '2027-06-14' }).refusals).toEqual([]);
    expect(messages(check({ ...youth, reviewOn: '2027-06-15' }))).toEqual([
      "The first review must be on or before 14 June 2027, before the end of the order's first 12 months",
    ]);
  });

  it('shows a review deadline for each 12-month period that starts while the subject is under 18', () => {
    const r = check({ ...youth, subjectDateOfBirth: '2009-01-01', endsOn: '2029-06-15' });
    expect(r.deadlines.filter((d) => d.code.startsWith('cbo_youth_review')).map((d) => d.on)).toEqual(['2027-06-14']);
    const younger = check({ ...youth, subjectDateOfBirth: '2012-01-01', endsOn: '2029-06-15' });
    expect(younger.deadlines.filter((d) => d.code.startsWith('cbo_youth_review')).map((d) => d.on)).toEqual([
      '2027-06-14',
      '2028-06-14',
      '2029-06-14',
    ]);
  });

  it('refuses a person under 10', () => {
    expect(messages(check({ ...youth, subjectDateOfBirth: '2017-01-01' }))[0]).toBe(
      'A Criminal Behaviour Order can only be made against a person aged 10 or over',
    );
  });
});
