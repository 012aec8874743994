import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addCalendarMonths } from '../checks/calendar.js';
import { checkIntervention } from './check-intervention.js';
import { birthdayOn } from './deadlines.js';
import { aContext, aCpw, aProposal } from './test-support.js';

/** London dates from 2024 to 2031: leap days, month ends, clock-change weekends. */
const arbDate = fc.integer({ min: 0, max: 8 * 365 }).map((n) => addCalendarDays('2024-01-01', n));
const ctx = (history = aContext().history) => aContext({ history, today: '2040-12-31', now: new Date('2040-12-31T12:00:00Z') });

describe('rule edges (property)', () => {
  it('a CPN is refused up to and including the last day to comply, and allowed from the day after', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 60 }), (given, comply, after) => {
        const cpw = aCpw({ issuedOn: given, complianceDueOn: addCalendarDays(given, comply) });
        const at = (issuedOn: string) =>
          checkIntervention(aProposal({ typeCode: 'cpn', issuedOn, linkedInterventionId: cpw.id, terms: cpw.terms ?? null }), ctx([cpw]));
        expect(at(addCalendarDays(given, comply + after)).refusals).toEqual([]);
        expect(at(addCalendarDays(given, comply)).refusals.map((f) => f.field)).toContain('issuedOn');
      }),
    );
  });

  it('a CPW is allowed exactly from the 16th birthday', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: -400, max: 400 }), (dobBase, offset) => {
        const dob = addCalendarDays(dobBase, -16 * 365);
        const issuedOn = addCalendarDays(birthdayOn(dob, 16), offset);
        const r = checkIntervention(
          aProposal({ typeCode: 'cpw', subjectDateOfBirth: dob, issuedOn, authorisedInWriting: true, complianceDueOn: issuedOn }),
          ctx(),
        );
        expect(r.refusals.length === 0).toBe(offset >= 0);
      }),
    );
  });

  it('an under-18 injunction may end on the date 12 months after its start but not the day after', () => {
    fc.assert(
      fc.property(arbDate, (startsOn) => {
        const base = {
          typeCode: 'civil_injunction',
          subjectDateOfBirth: addCalendarDays(startsOn, -15 * 365),
          issuedOn: startsOn,
          startsOn,
          youthJusticeConsultedOn: startsOn,
          court: 'youth',
        };
        const latest = addCalendarMonths(startsOn, 12);
        expect(checkIntervention(aProposal({ ...base, endsOn: latest }), ctx()).refusals).toEqual([]);
        expect(checkIntervention(aProposal({ ...base, endsOn: addCalendarDays(latest, 1) }), ctx()).refusals.map((f) => f.field)).toEqual([
          'endsOn',
        ]);
      }),
    );
  });
});
