import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import type { DbHandle } from '../../db/client.js';
import { CLOSED_CASE_MESSAGE } from '../../domain/cases/workflow.js';
import { auditOf, aCast, CITY, eventsOf, shareCase, type Cast } from './core-test-support.js';
import { CaseNotFoundError } from './errors.js';
import { openCase } from './open-case.js';
import { updateCase } from './update-case.js';

describe('changing a case’s details', () => {
  let h: DbHandle;
  let cast: Cast;
  let caseId: string;
  beforeAll(async () => {
    h = await createTestDb();
    cast = await aCast(h.db);
    ({ caseId } = await openCase(h.db, cast.officer.actor, { summary: 'Noise', category: 'personal', incidentTypeCode: 'noise' }));
  });
  afterAll(() => h.close());

  it('changes the fields given and says which on the timeline and in the audit record', async () => {
    const result = await updateCase(h.db, cast.officer.actor, caseId, {
      summary: 'Noise and threats',
      category: 'personal',
      leadOfficerId: cast.colleague.user.id,
      highRisk: true,
      hateRelated: false,
    });
    expect(result.changed).toEqual(['summary', 'leadOfficerId', 'highRisk']);
    const c = await h.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(c).toMatchObject({
      summary: 'Noise and threats',
      lead_officer_id: cast.colleague.user.id,
      high_risk: true,
      category: 'personal',
    });
    expect((await eventsOf(h.db, caseId)).at(-1)).toMatchObject({
      kind: 'updated',
      summary: 'Case details changed: summary, lead officer, high risk',
    });
    const audit = await auditOf(h.db, caseId, 'case.update');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toEqual({ changed: ['summary', 'leadOfficerId', 'highRisk'] });
  });

  it('writes nothing when nothing changed', async () => {
    const events = (await eventsOf(h.db, caseId)).length;
    expect(await updateCase(h.db, cast.officer.actor, caseId, { summary: 'Noise and threats ', highRisk: true })).toEqual({ changed: [] });
    expect(await eventsOf(h.db, caseId)).toHaveLength(events);
  });

  it('refuses a lead officer outside the lead organisation, a blank summary and an unknown type', async () => {
    await expect(updateCase(h.db, cast.officer.actor, caseId, { leadOfficerId: cast.cityOfficer.user.id })).rejects.toMatchObject({
      field: 'leadOfficer',
    });
    await expect(updateCase(h.db, cast.officer.actor, caseId, { summary: '' })).rejects.toMatchObject({ field: 'summary' });
    await expect(updateCase(h.db, cast.officer.actor, caseId, { incidentTypeCode: 'nope' })).rejects.toMatchObject({
      field: 'incidentType',
    });
  });

  it('leaves the details to the lead organisation, even when the case is shared', async () => {
    await expect(updateCase(h.db, cast.cityOfficer.actor, caseId, { highRisk: false })).rejects.toThrow(CaseNotFoundError);
    await shareCase(h.db, caseId, CITY);
    await expect(updateCase(h.db, cast.cityOfficer.actor, caseId, { highRisk: false })).rejects.toMatchObject({
      field: 'form',
      message: 'Only the lead organisation can change the details of this case',
    });
  });

  it('refuses changes to a closed case', async () => {
    await h.db
      .updateTable('cases')
      .set({ status: 'closed', closed_at: new Date(), outcome: 'resolved' })
      .where('id', '=', caseId)
      .execute();
    await expect(updateCase(h.db, cast.officer.actor, caseId, { highRisk: false })).rejects.toMatchObject({ message: CLOSED_CASE_MESSAGE });
  });
});
