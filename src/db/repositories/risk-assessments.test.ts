import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import type { Actor } from '../../domain/access/roles.js';
import { anActor, CITY, POLICE } from '../../services/report/test-support.js';
import { startAssessment } from '../../services/risk/start-assessment.js';
import { aRiskCase } from '../../services/risk/test-support.js';
import type { DbHandle } from '../client.js';
import { findAssessmentRow } from './risk-assessments.js';

describe('reading a risk assessment through the case scope', () => {
  let h: DbHandle;
  let police: Actor;
  let council: Actor;
  let caseId: string;
  let assessmentId: string;

  beforeAll(async () => {
    h = await createTestDb();
    police = (await anActor(h.db, POLICE, ['officer'])).actor;
    council = (await anActor(h.db, CITY, ['officer'])).actor;
    const c = await aRiskCase(h.db);
    caseId = c.id;
    assessmentId = (await startAssessment(h.db, police, caseId, { kind: 'victim', personId: c.victimId })).id;
  });
  afterAll(() => h.close());

  it('finds the assessment for the lead organisation, with its questionnaire version and the victim’s name', async () => {
    const row = await findAssessmentRow(h.db, police, caseId, assessmentId);
    expect(row).toMatchObject({ id: assessmentId, caseId, kind: 'victim', status: 'in_progress', questionnaireVersion: 1 });
    expect(row?.forename).toBe('Vera');
  });

  it('finds nothing for another organisation until the case is shared with it, and nothing again once the share is revoked', async () => {
    expect(await findAssessmentRow(h.db, council, caseId, assessmentId)).toBeUndefined();
    const share = await h.db
      .insertInto('case_shares')
      .values({ case_id: caseId, organisation_id: council.organisationId, reason: 'Joint case' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await findAssessmentRow(h.db, council, caseId, assessmentId))?.id).toBe(assessmentId);
    await h.db.updateTable('case_shares').set({ revoked_at: new Date() }).where('id', '=', share.id).execute();
    expect(await findAssessmentRow(h.db, council, caseId, assessmentId)).toBeUndefined();
  });

  it('finds nothing on another case, or for an id that is not a UUID', async () => {
    const other = await aRiskCase(h.db);
    expect(await findAssessmentRow(h.db, police, other.id, assessmentId)).toBeUndefined();
    expect(await findAssessmentRow(h.db, police, caseId, 'not-a-uuid')).toBeUndefined();
  });
});
