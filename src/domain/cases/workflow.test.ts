import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseStatus, Role } from '../../db/schema.js';
import { ROLES } from '../access/roles.js';
import {
  CASE_MOVES,
  CASE_OUTCOMES,
  CASE_STATUSES,
  checkMove,
  findMove,
  isOpenCase,
  movesFor,
  outcomeName,
  riskTag,
  statusName,
  statusTag,
  VICTIM_VIEWS,
  victimViewName,
  type MoveCode,
  type MoveRequest,
} from './workflow.js';

const ALL_ROLES: Role[] = ROLES.map((r) => r.code);
const STATUSES: CaseStatus[] = CASE_STATUSES.map((s) => s.code);
const OFFICERS: Role[] = ['officer', 'supervisor', 'asb_coordinator', 'partner_case_officer'];
const SUPERVISORS: Role[] = ['supervisor', 'asb_coordinator'];

/** The workflow as the issue describes it, written out by hand so any change to the table shows here. */
const EXPECTED: Record<MoveCode, { from: CaseStatus[]; to: CaseStatus; roles: Role[]; reason: boolean; outcome: boolean }> = {
  start: { from: ['open'], to: 'active', roles: OFFICERS, reason: false, outcome: false },
  put_under_review: { from: ['active'], to: 'under_review', roles: OFFICERS, reason: true, outcome: false },
  return_to_active: { from: ['under_review'], to: 'active', roles: SUPERVISORS, reason: true, outcome: false },
  close: { from: ['open', 'active', 'under_review'], to: 'closed', roles: SUPERVISORS, reason: false, outcome: true },
  reopen: { from: ['closed'], to: 'active', roles: SUPERVISORS, reason: true, outcome: false },
};

/** A request that satisfies every move's reason and outcome rules. */
const COMPLETE: MoveRequest = { reason: 'Agreed at the case meeting', outcome: 'resolved', victimView: 'satisfied' };

describe('the case workflow table', () => {
  it('has exactly the moves the issue describes, each from its statuses, to its status, for its roles', () => {
    expect(CASE_MOVES.map((m) => m.code).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const move of CASE_MOVES) {
      const want = EXPECTED[move.code];
      expect([...move.from].sort(), move.code).toEqual([...want.from].sort());
      expect(move.to, move.code).toBe(want.to);
      expect([...move.roles].sort(), move.code).toEqual([...want.roles].sort());
      expect(move.reasonRequired, move.code).toBe(want.reason);
      expect(move.outcomeRequired, move.code).toBe(want.outcome);
    }
  });

  it('gives every move its own button label, banner and reason wording', () => {
    for (const key of ['label', 'banner', 'reasonLabel'] as const) {
      const values = CASE_MOVES.map((m) => m[key]);
      expect(
        values.every((v) => v.trim().length > 0),
        key,
      ).toBe(true);
    }
    expect(new Set(CASE_MOVES.map((m) => m.label)).size).toBe(CASE_MOVES.length);
    expect(new Set(CASE_MOVES.map((m) => m.banner)).size).toBe(CASE_MOVES.length);
    for (const m of CASE_MOVES.filter((m) => m.reasonRequired)) {
      expect(m.reasonMessage).toMatch(/^Enter why the case is /);
      expect(m.reasonLabel).toMatch(/\?$/);
    }
    for (const m of CASE_MOVES.filter((m) => !m.reasonRequired)) expect(m.reasonLabel).toContain('(optional)');
  });

  it('never moves a case to the status it is already in, and only closing reaches closed', () => {
    for (const m of CASE_MOVES) expect(m.from).not.toContain(m.to);
    expect(CASE_MOVES.filter((m) => m.to === 'closed').map((m) => m.code)).toEqual(['close']);
  });

  it('lets a supervisor close a case from every status but closed, and reopen it from closed', () => {
    for (const status of STATUSES) {
      const codes = movesFor(status, ['supervisor'], true).map((m) => m.code);
      expect(codes.includes('close'), status).toBe(status !== 'closed');
      expect(codes.includes('reopen'), status).toBe(status === 'closed');
    }
  });

  it('finds a move by its code and nothing for an unknown code', () => {
    for (const m of CASE_MOVES) expect(findMove(m.code)).toBe(m);
    expect(findMove('delete')).toBeUndefined();
    expect(findMove('')).toBeUndefined();
  });
});

describe('checking a move (every move × role × status × lead organisation or not)', () => {
  for (const move of CASE_MOVES) {
    for (const role of ALL_ROLES) {
      for (const status of STATUSES) {
        for (const lead of [true, false]) {
          const allowed = lead && move.from.includes(status) && move.roles.includes(role);
          it(`${allowed ? 'allows' : 'refuses'} '${move.code}' by a ${role} ${lead ? 'in' : 'outside'} the lead organisation on a case that is ${status}`, () => {
            const refusal = checkMove(move, status, [role], lead, COMPLETE);
            if (allowed) {
              expect(refusal).toBeNull();
              expect(movesFor(status, [role], lead)).toContain(move);
              return;
            }
            expect(refusal?.field).toBe('form');
            expect(movesFor(status, [role], lead)).not.toContain(move);
            if (!lead) expect(refusal?.message).toBe('Only the lead organisation can change the status of this case');
            else if (!move.from.includes(status))
              expect(refusal?.message).toBe(`A case that is ${statusName(status).toLowerCase()} cannot be moved this way`);
            else expect(refusal?.message).toBe('Your role does not allow this change of status');
          });
        }
      }
    }
  }

  it('offers nobody outside the lead organisation any move, whatever their roles', () => {
    for (const status of STATUSES) expect(movesFor(status, ALL_ROLES, false)).toEqual([]);
  });

  it('offers roles without case work (call handler, analyst, administrator, auditor) no move', () => {
    for (const status of STATUSES) {
      expect(movesFor(status, ['call_handler', 'analyst', 'administrator', 'auditor'], true)).toEqual([]);
    }
  });

  it('allows a move when any one of several roles may make it', () => {
    expect(checkMove(findMove('close')!, 'active', ['analyst', 'supervisor'], true, COMPLETE)).toBeNull();
  });

  it('agrees with movesFor for any set of roles, status and organisation (property)', () => {
    fc.assert(
      fc.property(fc.subarray(ALL_ROLES), fc.constantFrom(...STATUSES), fc.boolean(), (roles, status, lead) => {
        const offered = movesFor(status, roles, lead).map((m) => m.code);
        const allowed = CASE_MOVES.filter((m) => checkMove(m, status, roles, lead, COMPLETE) === null).map((m) => m.code);
        expect(offered).toEqual(allowed);
      }),
    );
  });

  it('lists moves in table order', () => {
    const order = CASE_MOVES.map((m) => m.code);
    const codes = movesFor('active', ['supervisor'], true).map((m) => m.code);
    expect(codes).toEqual(order.filter((c) => codes.includes(c)));
    expect(codes).toEqual(['put_under_review', 'close']);
  });
});

describe('reasons and outcomes', () => {
  const move = (code: MoveCode) => findMove(code)!;

  it('asks for the reason, in the move’s own words, where the move needs one', () => {
    for (const m of CASE_MOVES.filter((m) => m.reasonRequired)) {
      const status = m.from[0]!;
      for (const reason of [undefined, '', '   \n ']) {
        expect(checkMove(m, status, ['supervisor'], true, { ...COMPLETE, reason })).toEqual({ field: 'reason', message: m.reasonMessage });
      }
      expect(checkMove(m, status, ['supervisor'], true, { reason: 'Because' })).toBeNull();
    }
    expect(checkMove(move('reopen'), 'closed', ['supervisor'], true, {})?.message).toBe('Enter why the case is being reopened');
  });

  it('does not ask for a reason where the move does not need one', () => {
    expect(checkMove(move('start'), 'open', ['officer'], true, {})).toBeNull();
    expect(checkMove(move('close'), 'open', ['supervisor'], true, { outcome: 'resolved' })).toBeNull();
  });

  it('refuses to close a case without an outcome', () => {
    for (const status of move('close').from) {
      expect(checkMove(move('close'), status, ['asb_coordinator'], true, { reason: 'Done' })).toEqual({
        field: 'outcome',
        message: 'Select the outcome of the case',
      });
    }
  });

  it('closes with every outcome, with or without the victim’s view', () => {
    for (const o of CASE_OUTCOMES) {
      const notes = o.code === 'other' ? 'Moved out of the area' : undefined;
      expect(checkMove(move('close'), 'active', ['supervisor'], true, { outcome: o.code, outcomeNotes: notes })).toBeNull();
      for (const v of VICTIM_VIEWS) {
        expect(
          checkMove(move('close'), 'active', ['supervisor'], true, { outcome: o.code, outcomeNotes: notes, victimView: v.code }),
        ).toBeNull();
      }
    }
  });

  it('asks what the outcome was when it is "Other"', () => {
    for (const outcomeNotes of [undefined, '', '  ']) {
      expect(checkMove(move('close'), 'active', ['supervisor'], true, { outcome: 'other', outcomeNotes })).toEqual({
        field: 'outcomeNotes',
        message: 'Enter what the outcome was',
      });
    }
  });

  it('reports the organisation, status and role before the reason or outcome', () => {
    expect(checkMove(move('close'), 'active', ['supervisor'], false, {})?.field).toBe('form');
    expect(checkMove(move('close'), 'closed', ['supervisor'], true, {})?.field).toBe('form');
    expect(checkMove(move('close'), 'active', ['officer'], true, {})?.field).toBe('form');
    expect(checkMove(move('reopen'), 'closed', ['officer'], true, {})?.message).toBe('Your role does not allow this change of status');
  });

  it('ignores outcomes on moves that are not closing', () => {
    expect(checkMove(move('start'), 'open', ['officer'], true, { outcome: 'other' })).toBeNull();
  });
});

describe('names and tags', () => {
  it('names every status, outcome and victim’s view in staff’s words', () => {
    expect(STATUSES.map(statusName)).toEqual(['Open', 'Active', 'Under review', 'Closed']);
    expect(outcomeName('no_further_action')).toBe('No further action');
    expect(victimViewName('not_given')).toBe('Did not give a view');
    for (const o of CASE_OUTCOMES) expect(outcomeName(o.code)).toBe(o.name);
    for (const v of VICTIM_VIEWS) expect(victimViewName(v.code)).toBe(v.name);
  });

  it('tags each status and risk level with a GOV.UK tag colour', () => {
    expect(STATUSES.map(statusTag)).toEqual(['govuk-tag--blue', 'govuk-tag--green', 'govuk-tag--yellow', 'govuk-tag--grey']);
    expect([riskTag('high'), riskTag('medium'), riskTag('standard'), riskTag(null)]).toEqual([
      'govuk-tag--red',
      'govuk-tag--orange',
      'govuk-tag--green',
      'govuk-tag--grey',
    ]);
  });

  it('lets details, incidents and people change only while the case is not closed', () => {
    expect(STATUSES.filter(isOpenCase)).toEqual(['open', 'active', 'under_review']);
  });
});
