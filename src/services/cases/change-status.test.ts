import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import type { DbHandle } from '../../db/client.js';
import { changeStatus } from './change-status.js';
import { auditOf, aCast, CITY, eventsOf, revokeShare, shareCase, type Cast } from './core-test-support.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from './errors.js';
import { openCase } from './open-case.js';

describe('changing a case’s status', () => {
  let h: DbHandle;
  let cast: Cast;
  let caseId: string;
  const row = () => h.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
  beforeAll(async () => {
    h = await createTestDb();
    cast = await aCast(h.db);
    ({ caseId } = await openCase(h.db, cast.officer.actor, { summary: 'Noise' }));
  });
  afterAll(() => h.close());

  it('lets an officer start work, with the event and the audit record', async () => {
    const result = await changeStatus(h.db, cast.officer.actor, caseId, 'start', {});
    expect(result).toMatchObject({ from: 'open', to: 'active' });
    expect(result.move.banner).toBe('Case is now active');
    expect((await row()).status).toBe('active');
    expect((await eventsOf(h.db, caseId)).at(-1)).toMatchObject({
      kind: 'status',
      summary: 'Status changed from open to active',
      body: null,
    });
    expect((await auditOf(h.db, caseId, 'case.status')).at(-1)!.detail).toEqual({ move: 'start', from: 'open', to: 'active' });
  });

  it('refuses a move from the wrong status, saying why', async () => {
    await expect(changeStatus(h.db, cast.officer.actor, caseId, 'start', {})).rejects.toMatchObject({
      field: 'form',
      message: 'A case that is active cannot be moved this way',
    });
  });

  it('refuses to let an officer close a case: closing is for supervisors', async () => {
    const attempt = changeStatus(h.db, cast.officer.actor, caseId, 'close', { outcome: 'resolved' });
    await expect(attempt).rejects.toThrow(CaseRuleError);
    await expect(changeStatus(h.db, cast.officer.actor, caseId, 'close', { outcome: 'resolved' })).rejects.toMatchObject({
      field: 'form',
      message: 'Your role does not allow this change of status',
    });
    expect((await row()).status).toBe('active');
  });

  it('needs the reason to put a case under review, and keeps it on the timeline', async () => {
    await expect(changeStatus(h.db, cast.officer.actor, caseId, 'put_under_review', { reason: '' })).rejects.toMatchObject({
      field: 'reason',
      message: 'Enter why the case is being put under review',
    });
    await changeStatus(h.db, cast.officer.actor, caseId, 'put_under_review', { reason: 'Behaviour has stopped' });
    expect((await eventsOf(h.db, caseId)).at(-1)).toMatchObject({
      summary: 'Status changed from active to under review',
      body: 'Behaviour has stopped',
    });
  });

  it('refuses to close without an outcome', async () => {
    await expect(changeStatus(h.db, cast.supervisor.actor, caseId, 'close', {})).rejects.toMatchObject({
      field: 'outcome',
      message: 'Select the outcome of the case',
    });
    expect((await row()).closed_at).toBeNull();
  });

  it('closes with the outcome and the victim’s view', async () => {
    const at = new Date('2026-11-20T15:00:00Z');
    await changeStatus(
      h.db,
      cast.supervisor.actor,
      caseId,
      'close',
      {
        outcome: 'resolved',
        outcomeNotes: 'Acceptable behaviour contract kept',
        victimView: 'satisfied',
        victimViewNotes: 'Happy it stopped',
      },
      { now: at },
    );
    expect(await row()).toMatchObject({
      status: 'closed',
      closed_at: at,
      outcome: 'resolved',
      outcome_notes: 'Acceptable behaviour contract kept',
      victim_view: 'satisfied',
      victim_view_notes: 'Happy it stopped',
    });
    const event = (await eventsOf(h.db, caseId)).at(-1)!;
    expect(event).toMatchObject({
      summary: 'Case closed: Resolved. Victim’s view: satisfied with the outcome',
      body: 'Acceptable behaviour contract kept\n\nHappy it stopped',
    });
    expect((await auditOf(h.db, caseId, 'case.status')).at(-1)!.detail).toEqual({
      move: 'close',
      from: 'under_review',
      to: 'closed',
      outcome: 'resolved',
      victimView: 'satisfied',
    });
  });

  it('reopens with a reason, clearing the closure', async () => {
    await expect(changeStatus(h.db, cast.supervisor.actor, caseId, 'reopen', {})).rejects.toMatchObject({
      field: 'reason',
      message: 'Enter why the case is being reopened',
    });
    await changeStatus(h.db, cast.supervisor.actor, caseId, 'reopen', { reason: 'It started again' });
    expect(await row()).toMatchObject({
      status: 'active',
      closed_at: null,
      outcome: null,
      outcome_notes: null,
      victim_view: null,
      victim_view_notes: null,
    });
  });

  it('leaves status to the lead organisation on a shared case, and hides an unshared one', async () => {
    await expect(changeStatus(h.db, cast.citySupervisor.actor, caseId, 'close', { outcome: 'resolved' })).rejects.toThrow(
      CaseNotFoundError,
    );
    const share = await shareCase(h.db, caseId, CITY);
    await expect(changeStatus(h.db, cast.citySupervisor.actor, caseId, 'close', { outcome: 'resolved' })).rejects.toMatchObject({
      field: 'form',
      message: 'Only the lead organisation can change the status of this case',
    });
    await revokeShare(h.db, share);
    await expect(changeStatus(h.db, cast.citySupervisor.actor, caseId, 'close', { outcome: 'resolved' })).rejects.toThrow(
      CaseNotFoundError,
    );
  });

  it('answers "not found" for an unknown move or case, and refuses staff without case work', async () => {
    await expect(changeStatus(h.db, cast.supervisor.actor, caseId, 'archive', {})).rejects.toThrow(CaseNotFoundError);
    await expect(
      changeStatus(h.db, cast.supervisor.actor, '00000000-0000-4000-8000-000000000000', 'close', { outcome: 'resolved' }),
    ).rejects.toThrow(CaseNotFoundError);
    await expect(changeStatus(h.db, cast.callHandler.actor, caseId, 'close', { outcome: 'resolved' })).rejects.toThrow(CaseForbiddenError);
  });
});
