import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith } from '../../../test/case-builders.js';
import { anIntervention } from '../../../test/powers-builders.js';
import type { DbHandle } from '../client.js';
import type { Database } from '../schema.js';
import { aPerson, POLICE } from '../../services/report/test-support.js';
import { caseHasParentOrGuardian, currentCasePartyPerson, lockInterventionOnCase } from './intervention-recording.js';

describe('the reads of recording on an intervention stay on the case the caller locked', () => {
  let h: DbHandle;
  let db: Kysely<Database>;
  let person: string;
  let parent: string;
  let caseId: string;
  let otherCase: string;
  let onOtherCase: string;

  beforeAll(async () => {
    h = await createTestDb();
    db = h.db;
    person = await aPerson(db, { forename: 'Rita', surname: 'Recorded', dateOfBirth: '2011-03-04' });
    parent = await aPerson(db, { forename: 'Paul', surname: 'Recorded' });
    caseId = (await aCaseWith(db, { org: POLICE, parties: [{ personId: person, role: 'perpetrator' }] })).id;
    otherCase = (
      await aCaseWith(db, {
        org: POLICE,
        parties: [
          { personId: person, role: 'perpetrator' },
          { personId: parent, role: 'parent_guardian' },
        ],
      })
    ).id;
    onOtherCase = await anIntervention(db, { caseId: otherCase, typeCode: 'warning_letter', personId: person, issuedOn: '2026-01-05' });
  });
  afterAll(() => h.close());

  it('finds an intervention only on its own case', async () => {
    expect(await lockInterventionOnCase(db, caseId, onOtherCase)).toBeUndefined();
    expect(await lockInterventionOnCase(db, otherCase, onOtherCase)).toMatchObject({
      id: onOtherCase,
      name: 'Warning letter',
      issued_on: '2026-01-05',
      forename: 'Rita',
    });
  });

  it('reads a person only while they are a party of that case', async () => {
    expect(await currentCasePartyPerson(db, caseId, person)).toEqual({
      forename: 'Rita',
      surname: 'Recorded',
      date_of_birth: '2011-03-04',
    });
    expect(await currentCasePartyPerson(db, caseId, parent)).toBeUndefined();
    await db.updateTable('case_parties').set({ removed_at: new Date() }).where('case_id', '=', caseId).execute();
    expect(await currentCasePartyPerson(db, caseId, person)).toBeUndefined();
  });

  it('sees a parent or guardian only on the case they are a current party of', async () => {
    expect(await caseHasParentOrGuardian(db, caseId)).toBe(false);
    expect(await caseHasParentOrGuardian(db, otherCase)).toBe(true);
    await db.updateTable('case_parties').set({ removed_at: new Date() }).where('person_id', '=', parent).execute();
    expect(await caseHasParentOrGuardian(db, otherCase)).toBe(false);
  });
});
