import { describe, expect, it } from 'vitest';
import { checkIntervention } from './check-intervention.js';
import { aContext, aCpw, aProposal, aRecord } from './test-support.js';
import type { InterventionRecord } from './types.js';

const cpnAfter = (cpw: InterventionRecord, issuedOn: string, extra = {}) =>
  checkIntervention(
    aProposal({ typeCode: 'cpn', issuedOn, linkedInterventionId: cpw.id, terms: 'Stop playing loud music', ...extra }),
    aContext({ history: [cpw], today: '2026-12-31' }),
  );
const fields = (r: { refusals: { field: string }[] }) => r.refusals.map((f) => f.field);

describe('Community Protection Notice after a Warning', () => {
  const cpw = aCpw();

  it('is refused on the last day the warning gave to comply', () => {
    const r = cpnAfter(cpw, '2026-05-15');
    expect(r.refusals).toEqual([
      expect.objectContaining({
        field: 'issuedOn',
        message:
          'You cannot issue a Community Protection Notice until the time given to comply with the warning has passed: the last day to comply is 15 May 2026',
      }),
    ]);
  });

  it('is allowed the day after the time to comply ends, with the appeal deadline', () => {
    const r = cpnAfter(cpw, '2026-05-16');
    expect(r.refusals).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.deadlines).toEqual([
      expect.objectContaining({ code: 'cpn_appeal', on: '2026-06-05', label: "Last day to appeal to the magistrates' court" }),
    ]);
  });

  it('is refused without a linked warning', () => {
    const r = checkIntervention(aProposal({ typeCode: 'cpn' }), aContext());
    expect(fields(r)).toEqual(['linkedInterventionId']);
  });

  it('is refused when the linked record is not a warning', () => {
    const letter = aRecord({ typeCode: 'warning_letter' });
    expect(fields(cpnAfter(letter, '2026-06-01'))).toEqual(['linkedInterventionId']);
  });

  it('is refused when the linked warning is not in the history the actor may see', () => {
    const r = checkIntervention(aProposal({ typeCode: 'cpn', linkedInterventionId: 'missing' }), aContext());
    expect(fields(r)).toEqual(['linkedInterventionId']);
  });

  it('is refused when the warning was given to another person', () => {
    const r = cpnAfter(aCpw({ personId: 'someone-else' }), '2026-06-01');
    expect(r.refusals.map((f) => f.message)).toEqual([
      'The Community Protection Warning you selected was given to someone else: select the warning given to the same person or body',
    ]);
  });

  it('is refused when the warning was not in writing', () => {
    for (const authorisedInWriting of [false, null]) {
      expect(cpnAfter(aCpw({ authorisedInWriting }), '2026-06-01').refusals.map((f) => f.message)).toEqual([
        'The Community Protection Warning you selected was not given in writing',
      ]);
    }
  });

  it('is refused when the warning was withdrawn', () => {
    expect(cpnAfter(aCpw({ outcome: 'withdrawn' }), '2026-06-01').refusals.map((f) => f.message)).toEqual([
      'The Community Protection Warning you selected was withdrawn',
    ]);
  });

  it('is allowed after a warning that was breached or complied with', () => {
    expect(cpnAfter(aCpw({ outcome: 'breached' }), '2026-06-01').refusals).toEqual([]);
  });

  it('is refused when the warning has no date to comply by', () => {
    expect(cpnAfter(aCpw({ complianceDueOn: null }), '2026-06-01').refusals.map((f) => f.message)).toEqual([
      'The Community Protection Warning you selected has no date by which the conduct had to stop',
    ]);
  });

  it('is refused when issued on the same day as the warning', () => {
    const r = cpnAfter(aCpw({ complianceDueOn: '2026-05-01' }), '2026-05-01');
    expect(fields(r)).toEqual(['issuedOn', 'issuedOn']);
  });

  it('applies to a body by name, ignoring case and spacing', () => {
    const body = aCpw({ subjectKind: 'body', personId: null, subjectText: 'Acme  Scrap Ltd' });
    const r = cpnAfter(body, '2026-06-01', {
      subjectKind: 'body',
      personId: null,
      subjectText: 'acme scrap ltd',
      subjectDateOfBirth: null,
    });
    expect(r.refusals).toEqual([]);
    const other = cpnAfter(body, '2026-06-01', { subjectKind: 'body', personId: null, subjectText: 'Other Ltd', subjectDateOfBirth: null });
    expect(fields(other)).toEqual(['linkedInterventionId']);
  });

  it('warns, without refusing, when its requirements differ from the warning', () => {
    const r = cpnAfter(cpw, '2026-06-01', { terms: 'Remove the rubbish' });
    expect(r.refusals).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual(["The notice's requirements should mirror the Community Protection Warning's"]);
    expect(cpnAfter(cpw, '2026-06-01', { terms: '  stop playing LOUD music ' }).warnings).toEqual([]);
  });
});

describe('age 16 or over for Community Protection Warnings and Notices', () => {
  const cpwFor = (dob: string | null, issuedOn: string) =>
    checkIntervention(
      aProposal({ typeCode: 'cpw', subjectDateOfBirth: dob, issuedOn, authorisedInWriting: true, complianceDueOn: issuedOn }),
      aContext({ today: '2026-12-31' }),
    );

  it('refuses a person aged 15 years and 364 days', () => {
    expect(cpwFor('2010-06-16', '2026-06-15').refusals.map((f) => f.message)).toEqual([
      'A Community Protection Warning can only be given to a person aged 16 or over, or to a body',
    ]);
  });

  it('allows a person on their 16th birthday', () => {
    expect(cpwFor('2010-06-15', '2026-06-15').refusals).toEqual([]);
  });

  it('treats a 29 February birthday as reached on 1 March in a common year', () => {
    expect(cpwFor('2008-02-29', '2024-02-28').refusals).toHaveLength(1);
    expect(cpwFor('2008-02-29', '2024-02-29').refusals).toEqual([]);
    expect(cpwFor('2010-02-28', '2026-02-28').refusals).toEqual([]);
  });

  it('warns when the date of birth is not recorded', () => {
    const r = cpwFor(null, '2026-06-15');
    expect(r.refusals).toEqual([]);
    expect(r.warnings.map((w) => w.field)).toEqual(['personId']);
  });

  it('refuses a CPN to a person under 16 even after a warning', () => {
    const cpw = aCpw();
    const r = cpnAfter(cpw, '2026-06-01', { subjectDateOfBirth: '2011-01-01' });
    expect(r.refusals.map((f) => f.message)).toEqual([
      'A Community Protection Notice can only be given to a person aged 16 or over, or to a body',
    ]);
  });

  it('refuses a warning to premises or an area', () => {
    const r = checkIntervention(
      aProposal({
        typeCode: 'cpw',
        subjectKind: 'premises',
        personId: null,
        subjectText: '1 High Street',
        authorisedInWriting: true,
        complianceDueOn: '2026-06-30',
      }),
      aContext(),
    );
    expect(r.refusals.map((f) => f.message)).toEqual([
      'A Community Protection Warning can only be recorded against a person or a business or organisation',
    ]);
  });
});

describe('Community Protection Warning', () => {
  it('needs to be in writing with a date to comply by on or after the day given', () => {
    const r = checkIntervention(aProposal({ typeCode: 'cpw' }), aContext());
    expect(fields(r)).toEqual(['authorisedInWriting', 'complianceDueOn']);
    const early = checkIntervention(aProposal({ typeCode: 'cpw', authorisedInWriting: true, complianceDueOn: '2026-06-14' }), aContext());
    expect(fields(early)).toEqual(['complianceDueOn']);
  });
});

describe('fixed penalty notice for a Community Protection Notice', () => {
  const cpn = aRecord({ typeCode: 'cpn', issuedOn: '2026-06-01' });
  const fpn = (extra = {}, history = [cpn]) =>
    checkIntervention(aProposal({ typeCode: 'cpn_fpn', linkedInterventionId: cpn.id, ...extra }), aContext({ history }));

  it('is allowed for the same person after the notice, with the 14-day period', () => {
    const r = fpn();
    expect(r.refusals).toEqual([]);
    expect(r.deadlines.map((d) => [d.code, d.on])).toEqual([['fpn_payment_period', '2026-06-29']]);
  });

  it('needs the notice it is for, to the same person, not withdrawn, not after it', () => {
    expect(fpn({ linkedInterventionId: null }).refusals.map((f) => f.message)).toEqual([
      'Select the Community Protection Notice the fixed penalty notice is for',
    ]);
    expect(fpn({ personId: 'other' }).refusals.map((f) => f.field)).toEqual(['linkedInterventionId']);
    expect(fpn({}, [{ ...cpn, outcome: 'withdrawn' }]).refusals).toHaveLength(1);
    expect(fpn({ issuedOn: '2026-05-31' }).refusals.map((f) => f.field)).toEqual(['issuedOn']);
  });
});
