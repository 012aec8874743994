import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith } from '../../../test/case-builders.js';
import { anIntervention } from '../../../test/powers-builders.js';
import type { DbHandle } from '../client.js';
import type { Database } from '../schema.js';
import type { Actor } from '../../domain/access/roles.js';
import { aPerson, anActor, CITY, POLICE } from '../../services/report/test-support.js';
import { caseInterventions, findCaseIntervention, interventionHistory } from './interventions.js';

describe('reading interventions through the case scope', () => {
  let h: DbHandle;
  let db: Kysely<Database>;
  let police: Actor;
  let council: Actor;
  let person: string;
  let policeCase: string;
  let otherPoliceCase: string;
  let councilCase: string;
  let cpw: string;

  beforeAll(async () => {
    h = await createTestDb();
    db = h.db;
    police = (await anActor(db, POLICE, ['officer'])).actor;
    council = (await anActor(db, CITY, ['officer'])).actor;
    person = await aPerson(db, { surname: 'Scoped', dateOfBirth: '1990-01-01' });
    policeCase = (await aCaseWith(db, { org: POLICE, parties: [{ personId: person, role: 'perpetrator' }] })).id;
    otherPoliceCase = (await aCaseWith(db, { org: POLICE, parties: [{ personId: person, role: 'perpetrator' }] })).id;
    councilCase = (await aCaseWith(db, { org: CITY, parties: [{ personId: person, role: 'perpetrator' }] })).id;
    cpw = await anIntervention(db, {
      caseId: otherPoliceCase,
      typeCode: 'cpw',
      personId: person,
      issuedOn: '2026-01-05',
      complianceDueOn: '2026-01-19',
      breaches: ['2026-01-10'],
    });
    await anIntervention(db, {
      caseId: councilCase,
      typeCode: 'warning_letter',
      personId: person,
      issuedOn: '2026-01-02',
      organisation: CITY,
    });
    await anIntervention(db, { caseId: policeCase, typeCode: 'closure_notice', issuedOn: '2026-02-01' });
  });
  afterAll(() => h.close());

  it('gives the rules this case and the person’s interventions on other cases the actor may see, but not on cases they may not', async () => {
    const history = await interventionHistory(db, police, policeCase, person);
    expect(history.map((i) => i.typeCode)).toEqual(['cpw', 'closure_notice']);
    expect(history[0]).toMatchObject({ id: cpw, caseId: otherPoliceCase, complianceDueOn: '2026-01-19', subjectDateOfBirth: '1990-01-01' });
    expect((await interventionHistory(db, police, policeCase, null)).map((i) => i.typeCode)).toEqual(['closure_notice']);
  });

  it('lets a partner see the history once a case is shared with them, and not before', async () => {
    expect((await interventionHistory(db, council, councilCase, person)).map((i) => i.typeCode)).toEqual(['warning_letter']);
    await db
      .insertInto('case_shares')
      .values({ case_id: otherPoliceCase, organisation_id: council.organisationId, reason: 's.115' })
      .execute();
    expect((await interventionHistory(db, council, councilCase, person)).map((i) => i.typeCode)).toEqual(['warning_letter', 'cpw']);
  });

  it('lists a case’s interventions with breaches only for those who may see the case', async () => {
    const list = await caseInterventions(db, police, otherPoliceCase);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      typeName: 'Community Protection Warning',
      subjectName: 'Alex Scoped',
      breaches: [expect.objectContaining({ breachedOn: '2026-01-10' })],
    });
    expect(await caseInterventions(db, police, councilCase)).toEqual([]);
    expect(await findCaseIntervention(db, police, policeCase, cpw)).toBeUndefined();
    expect(await findCaseIntervention(db, police, otherPoliceCase, cpw)).toBeDefined();
  });
});
