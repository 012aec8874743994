import { describe, expect, it } from 'vitest';
import { checkIntervention } from './check-intervention.js';
import { aContext, aProposal, aRecord } from './test-support.js';
import type { InterventionProposal, InterventionRecord } from './types.js';

const at = (iso: string) => new Date(iso);
const premises = { subjectKind: 'premises' as const, personId: null, subjectDateOfBirth: null, subjectText: '12 Mill Lane, Loughborough' };
const check = (p: Partial<InterventionProposal>, history: InterventionRecord[] = [], today = '2026-12-31') =>
  checkIntervention(aProposal(p), aContext({ history, today, now: at('2026-12-31T23:00:00Z') }));
const messages = (r: { refusals: { message: string }[] }) => r.refusals.map((f) => f.message);
const fields = (r: { refusals: { field: string }[] }) => r.refusals.map((f) => f.field);

describe('closure notice', () => {
  const notice = {
    ...premises,
    typeCode: 'closure_notice',
    authorisedByRank: 'inspector',
    issuedOn: '2026-06-15',
    servedAt: at('2026-06-15T09:00:00Z'),
  };

  it('lasts up to 24 hours when issued by an inspector', () => {
    expect(check({ ...notice, endsAt: at('2026-06-16T09:00:00Z') }).refusals).toEqual([]);
    expect(messages(check({ ...notice, endsAt: at('2026-06-16T09:01:00Z') }))).toEqual([
      "A closure notice can last no more than 24 hours (48 hours if authorised by a superintendent or above, or the council's chief executive or their designate): it must end by 10:00am on 16 June 2026",
    ]);
  });

  it('lasts up to 48 hours when authorised by a superintendent or the council chief executive or designate', () => {
    for (const authorisedByRank of ['superintendent', 'Chief Superintendent', 'council_chief_executive', 'council_designate']) {
      expect(check({ ...notice, authorisedByRank, endsAt: at('2026-06-17T09:00:00Z') }).refusals).toEqual([]);
      expect(messages(check({ ...notice, authorisedByRank, endsAt: at('2026-06-17T09:00:01Z') }))).toEqual([
        'A closure notice can last no more than 48 hours: it must end by 10:00am on 17 June 2026',
      ]);
    }
    expect(fields(check({ ...notice, authorisedByRank: 'chief_inspector', endsAt: at('2026-06-17T09:00:00Z') }))).toEqual(['endsAt']);
  });

  it('does not count Christmas Day: 24 hours from 9am on 24 December end at 9am on 26 December', () => {
    const xmas = { ...notice, issuedOn: '2026-12-24', servedAt: at('2026-12-24T09:00:00Z') };
    expect(check({ ...xmas, endsAt: at('2026-12-26T09:00:00Z') }).refusals).toEqual([]);
    expect(messages(check({ ...xmas, endsAt: at('2026-12-26T09:00:01Z') }))[0]).toContain('it must end by 9:00am on 26 December 2026');
  });

  it('may be issued by the local authority but not by a sergeant', () => {
    expect(check({ ...notice, authorisedByRank: 'council_officer', endsAt: at('2026-06-16T09:00:00Z') }).refusals).toEqual([]);
    expect(messages(check({ ...notice, authorisedByRank: 'sergeant', endsAt: at('2026-06-16T09:00:00Z') }))).toEqual([
      'A closure notice can only be issued by a police officer of at least the rank of inspector, or by the local authority',
    ]);
  });

  it('needs the time served and the end', () => {
    expect(fields(check({ ...notice, servedAt: null, endsAt: null }))).toEqual(['servedAt', 'endsAt']);
  });

  it('shows the latest end and the latest hearing time', () => {
    const r = check({ ...notice, endsAt: at('2026-06-16T09:00:00Z') });
    expect(r.deadlines.map((d) => [d.code, d.at?.toISOString()])).toEqual([
      ['closure_notice_latest_end', '2026-06-16T09:00:00.000Z'],
      ['closure_order_hearing', '2026-06-17T09:00:00.000Z'],
    ]);
  });
});

describe('closure order', () => {
  const served = at('2026-12-23T18:00:00Z');
  const notice = aRecord({
    ...premises,
    typeCode: 'closure_notice',
    issuedOn: '2026-12-23',
    servedAt: served,
    authorisedByRank: 'inspector',
  });
  const order = {
    ...premises,
    typeCode: 'closure_order',
    linkedInterventionId: notice.id,
    issuedOn: '2026-12-27',
    startsOn: '2026-12-27',
    endsOn: '2027-03-27',
    hearingAt: at('2026-12-26T18:00:00Z'),
  };

  it('needs a hearing within 48 hours of service, not counting Christmas Day', () => {
    expect(check(order, [notice]).refusals).toEqual([]);
    expect(messages(check({ ...order, hearingAt: at('2026-12-26T18:00:01Z') }, [notice]))).toEqual([
      'The closure order hearing must be within 48 hours of the closure notice being served, not counting Christmas Day: by 6:00pm on 26 December 2026',
    ]);
  });

  it('needs the closure notice it follows, for the same premises, served', () => {
    expect(messages(check({ ...order, linkedInterventionId: null }, [notice]))).toEqual([
      'A closure order needs the closure notice it follows: select the closure notice',
    ]);
    expect(fields(check({ ...order, subjectText: '14 Mill Lane' }, [notice]))).toEqual(['linkedInterventionId']);
    expect(fields(check(order, [{ ...notice, servedAt: null }]))).toEqual(['linkedInterventionId']);
    expect(fields(check({ ...order, hearingAt: null }, [notice]))).toEqual(['hearingAt']);
  });

  it('lasts no more than 3 months, clamped at month ends', () => {
    expect(messages(check({ ...order, endsOn: '2027-03-28' }, [notice]))).toEqual([
      'A closure order can last no more than 3 months: the end date must be on or before 27 March 2027',
    ]);
    const endOfNov = { ...order, issuedOn: '2026-11-30', startsOn: '2026-11-30', hearingAt: null, linkedInterventionId: null };
    expect(messages(check({ ...endOfNov, endsOn: '2027-03-01' }))).toContain(
      'A closure order can last no more than 3 months: the end date must be on or before 28 February 2027',
    );
  });

  it('shows the Crown Court appeal deadline: 21 days beginning with the decision', () => {
    expect(check(order, [notice]).deadlines[0]).toMatchObject({
      code: 'closure_order_appeal',
      on: '2027-01-16',
      label: 'Last day to appeal to the Crown Court',
    });
  });
});

describe('closure order extension', () => {
  const root = aRecord({ ...premises, typeCode: 'closure_order', issuedOn: '2026-01-10', startsOn: '2026-01-10', endsOn: '2026-04-10' });
  const first = aRecord({
    ...premises,
    typeCode: 'closure_order_extension',
    linkedInterventionId: root.id,
    issuedOn: '2026-04-01',
    endsOn: '2026-06-01',
  });
  const ext = (p: Partial<InterventionProposal>, history = [root, first]) =>
    check({ ...premises, typeCode: 'closure_order_extension', ...p }, history);

  it('may extend up to 6 months in total, through earlier extensions', () => {
    expect(ext({ linkedInterventionId: root.id, issuedOn: '2026-04-10', endsOn: '2026-07-10' }).refusals).toEqual([]);
    expect(ext({ linkedInterventionId: first.id, issuedOn: '2026-05-30', endsOn: '2026-07-10' }).refusals).toEqual([]);
    expect(messages(ext({ linkedInterventionId: first.id, issuedOn: '2026-05-30', endsOn: '2026-07-11' }))).toEqual([
      'A closure order can last no more than 6 months in total, including extensions: the end date must be on or before 10 July 2026',
    ]);
  });

  it('must be applied for before the order ends', () => {
    expect(messages(ext({ linkedInterventionId: root.id, issuedOn: '2026-04-11', endsOn: '2026-06-01' }))).toEqual([
      'A closure order can only be extended before it ends: it ended on 10 April 2026',
    ]);
  });

  it('needs the order to extend and an end date', () => {
    expect(messages(ext({ linkedInterventionId: null }))).toEqual(['Select the closure order to extend']);
    expect(fields(ext({ linkedInterventionId: root.id, issuedOn: '2026-04-01', endsOn: null }))).toEqual(['endsOn']);
  });
});

describe('dispersal', () => {
  const area = { subjectKind: 'area' as const, personId: null, subjectDateOfBirth: null, subjectText: 'Town centre' };
  const auth = {
    ...area,
    typeCode: 'dispersal_authorisation',
    authorisedByRank: 'inspector',
    authorisedInWriting: true,
    grounds: 'Groups intimidating shoppers',
    issuedOn: '2026-03-28',
    startsAt: at('2026-03-28T18:00:00Z'),
    servedAt: null,
    endsAt: at('2026-03-30T17:00:00Z'),
  };

  it('authorisation: inspector or above, in writing, with grounds, no more than 48 hours across the clock change', () => {
    expect(check(auth).refusals).toEqual([]);
    expect(check({ ...auth, endsAt: at('2026-03-30T18:00:00Z') }).refusals).toEqual([]);
    expect(messages(check({ ...auth, endsAt: at('2026-03-30T18:00:01Z') }))).toEqual([
      'An authorisation to use dispersal powers can last no more than 48 hours',
    ]);
    expect(messages(check({ ...auth, authorisedByRank: 'sergeant' }))).toEqual([
      'An authorisation to use dispersal powers must be given by a police officer of at least the rank of inspector',
    ]);
    expect(messages(check({ ...auth, authorisedByRank: 'council_chief_executive' }))).toHaveLength(1);
    expect(messages(check({ ...auth, authorisedInWriting: false }))).toEqual(['The authorisation must be in writing and signed']);
    expect(messages(check({ ...auth, grounds: '' }))).toEqual(['Enter the grounds for the authorisation']);
    expect(fields(check({ ...auth, startsAt: null, endsAt: null }))).toEqual(['startsAt', 'endsAt']);
  });

  const authRecord = aRecord({
    ...area,
    typeCode: 'dispersal_authorisation',
    authorisedByRank: 'chief_inspector',
    authorisedInWriting: true,
    grounds: 'Groups',
    issuedOn: '2026-03-28',
    startsAt: at('2026-03-28T18:00:00Z'),
    endsAt: at('2026-03-30T18:00:00Z'),
  });
  const direction = {
    typeCode: 'dispersal_direction',
    linkedInterventionId: authRecord.id,
    issuedOn: '2026-03-29',
    servedAt: at('2026-03-29T20:00:00Z'),
    endsAt: at('2026-03-31T20:00:00Z'),
  };

  it('direction: excludes for no more than 48 hours from when first given', () => {
    expect(check(direction, [authRecord]).refusals).toEqual([]);
    expect(messages(check({ ...direction, endsAt: at('2026-03-31T20:00:01Z') }, [authRecord]))).toEqual([
      'A dispersal direction can exclude a person for no more than 48 hours from when it was first given',
    ]);
    expect(fields(check({ ...direction, endsAt: null }, [authRecord]))).toEqual(['endsAt']);
  });

  it('direction: needs a valid authorisation in force when given', () => {
    expect(messages(check({ ...direction, linkedInterventionId: null }))).toEqual([
      'A dispersal direction needs an authorisation to use dispersal powers in force when it is given: select the authorisation',
    ]);
    expect(
      messages(check({ ...direction, servedAt: at('2026-03-30T18:00:00Z'), endsAt: at('2026-03-31T18:00:00Z') }, [authRecord])),
    ).toEqual([
      'The authorisation was not in force when the direction was given: it ran from 6:00pm on 28 March 2026 to 7:00pm on 30 March 2026',
    ]);
    expect(
      check({ ...direction, servedAt: at('2026-03-30T17:59:59Z'), endsAt: at('2026-03-31T18:00:00Z') }, [authRecord]).refusals,
    ).toEqual([]);
    for (const bad of [
      { authorisedByRank: 'sergeant' },
      { authorisedInWriting: false },
      { grounds: null },
      { endsAt: at('2026-03-30T18:00:01Z') },
      { outcome: 'withdrawn' as const },
    ]) {
      expect(messages(check(direction, [{ ...authRecord, ...bad }]))).toEqual([
        'The authorisation you selected is not valid: it must be given by an inspector or above, in writing with grounds, and last no more than 48 hours',
      ]);
    }
  });

  it('direction: without an end, an authorisation runs 48 hours from its start', () => {
    const open = { ...authRecord, endsAt: null };
    expect(check({ ...direction, servedAt: at('2026-03-30T17:59:00Z'), endsAt: at('2026-03-31T17:00:00Z') }, [open]).refusals).toEqual([]);
  });

  it('direction: not to a person under 10; under 16 may be taken home', () => {
    expect(messages(check({ ...direction, subjectDateOfBirth: '2016-03-30' }, [authRecord]))).toEqual([
      'A dispersal direction cannot be given to a person under 10',
    ]);
    const r = check({ ...direction, subjectDateOfBirth: '2012-01-01' }, [authRecord]);
    expect(r.refusals).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual(['The person is under 16: they may be taken home or to a place of safety']);
  });
});

describe('Public Spaces Protection Order', () => {
  const area = {
    subjectKind: 'area' as const,
    personId: null,
    subjectDateOfBirth: null,
    subjectText: 'Town centre',
    typeCode: 'pspo',
    issuedOn: '2024-02-29',
  };

  it('lasts no more than 3 years, from 29 February to 28 February', () => {
    expect(check({ ...area, endsOn: '2027-02-28' }).refusals).toEqual([]);
    expect(messages(check({ ...area, endsOn: '2027-03-01' }))).toEqual([
      'A Public Spaces Protection Order can last no more than 3 years: the end date must be on or before 28 February 2027',
    ]);
    expect(messages(check({ ...area, endsOn: null }))).toEqual(['Enter the date the order ends']);
  });

  it('shows the 6-week High Court challenge window', () => {
    expect(check({ ...area, endsOn: '2027-02-28' }).deadlines[0]).toMatchObject({ code: 'pspo_challenge', on: '2024-04-10' });
  });
});
