import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import type { DbHandle } from '../../db/client.js';
import { casePartiesOf } from '../../db/repositories/case-records.js';
import { addParty } from './add-party.js';
import { auditOf, aCast, CITY, eventsOf, revokeShare, shareCase, someone, type Cast } from './core-test-support.js';
import { CaseForbiddenError, CaseNotFoundError } from './errors.js';
import { openCase } from './open-case.js';
import { removeParty } from './remove-party.js';

describe('adding a person to a case', () => {
  let h: DbHandle;
  let cast: Cast;
  let caseId: string;
  let known: string;
  beforeAll(async () => {
    h = await createTestDb();
    cast = await aCast(h.db);
    known = await someone(h.db, 'Wanda', 'Witness');
    ({ caseId } = await openCase(h.db, cast.officer.actor, { summary: 'Noise' }));
  });
  afterAll(() => h.close());

  it('adds someone already known in a role, with the event and the audit record', async () => {
    expect(await addParty(h.db, cast.officer.actor, caseId, { personId: known, role: 'witness' })).toEqual({
      personId: known,
      role: 'witness',
      newPerson: false,
    });
    const parties = await casePartiesOf(h.db, cast.officer.actor, caseId);
    expect(parties).toMatchObject([{ personId: known, role: 'witness', forename: 'Wanda' }]);
    expect((await eventsOf(h.db, caseId)).at(-1)).toMatchObject({ kind: 'party_added', summary: 'Wanda Witness added as witness' });
    const audit = await auditOf(h.db, caseId, 'case.party_add');
    expect(audit.at(-1)!.detail).toEqual({ personId: known, role: 'witness', newPerson: false });
  });

  it('records a new person with the matching keys the people search uses', async () => {
    const result = await addParty(h.db, cast.officer.actor, caseId, {
      role: 'parent_guardian',
      person: {
        forename: ' Petra ',
        surname: 'Parentson',
        dateOfBirth: '1980-03-27',
        postcode: 'le1 1aa',
        phone: '07700 900123',
        email: 'Petra@Example.com',
      },
    });
    expect(result.newPerson).toBe(true);
    const person = await h.db.selectFrom('people').selectAll().where('id', '=', result.personId).executeTakeFirstOrThrow();
    expect(person).toMatchObject({
      forename: 'Petra',
      surname: 'Parentson',
      date_of_birth: '1980-03-27',
      postcode: 'LE1 1AA',
      email: 'petra@example.com',
      organisation_id: cast.officer.user.organisationId,
    });
    expect(person).toMatchObject({
      name_key: 'petra parentson',
      surname_key: 'parentson',
      postcode_key: 'LE11AA',
      phone_key: '07700900123',
      email_key: 'petra@example.com',
    });
    expect((await eventsOf(h.db, caseId)).at(-1)!.summary).toBe('Petra Parentson added as parent or guardian (new person recorded)');
    expect(JSON.stringify((await auditOf(h.db, caseId, 'case.party_add')).at(-1)!.detail)).not.toMatch(/Petra|LE1|07700 ?900123/);
  });

  it('refuses the same person twice in one role but takes them in another', async () => {
    await expect(addParty(h.db, cast.officer.actor, caseId, { personId: known, role: 'witness' })).rejects.toMatchObject({
      field: 'role',
      message: 'Wanda Witness is already on this case as a witness',
    });
    await addParty(h.db, cast.officer.actor, caseId, { personId: known, role: 'complainant' });
  });

  it('puts back someone taken off the case in that role', async () => {
    await removeParty(h.db, cast.officer.actor, caseId, { personId: known, role: 'complainant', reason: 'Added by mistake' });
    await addParty(h.db, cast.officer.actor, caseId, { personId: known, role: 'complainant' });
    const roles = (await casePartiesOf(h.db, cast.officer.actor, caseId)).filter((p) => p.personId === known).map((p) => p.role);
    expect(roles.sort()).toEqual(['complainant', 'witness']);
  });

  it('refuses an unknown person, a role that is not a case role, and a new person without names or with a future birth date', async () => {
    await expect(
      addParty(h.db, cast.officer.actor, caseId, { personId: '00000000-0000-4000-8000-000000000000', role: 'victim' }),
    ).rejects.toMatchObject({ field: 'person' });
    await expect(addParty(h.db, cast.officer.actor, caseId, { personId: known, role: 'subject' as never })).rejects.toMatchObject({
      field: 'role',
      message: 'Select their role in the case',
    });
    await expect(
      addParty(h.db, cast.officer.actor, caseId, { role: 'victim', person: { forename: '', surname: 'X' } }),
    ).rejects.toMatchObject({ field: 'forename' });
    await expect(
      addParty(h.db, cast.officer.actor, caseId, { role: 'victim', person: { forename: 'A', surname: ' ' } }),
    ).rejects.toMatchObject({ field: 'surname' });
    await expect(
      addParty(h.db, cast.officer.actor, caseId, { role: 'victim', person: { forename: 'A', surname: 'B', dateOfBirth: '2999-01-01' } }),
    ).rejects.toMatchObject({
      field: 'dateOfBirth',
      message: 'Date of birth must be in the past',
    });
    await expect(
      addParty(h.db, cast.officer.actor, caseId, { role: 'victim', person: { forename: 'A', surname: 'B', dateOfBirth: '2001-02-30' } }),
    ).rejects.toMatchObject({
      field: 'dateOfBirth',
      message: 'Date of birth must be a real date',
    });
  });

  it('lets a partner add people to a case shared with them, and not otherwise', async () => {
    const victim = await someone(h.db, 'Vera', 'Victim');
    await expect(addParty(h.db, cast.cityOfficer.actor, caseId, { personId: victim, role: 'victim' })).rejects.toThrow(CaseNotFoundError);
    const share = await shareCase(h.db, caseId, CITY);
    await addParty(h.db, cast.cityOfficer.actor, caseId, { personId: victim, role: 'victim' });
    await revokeShare(h.db, share);
    await expect(addParty(h.db, cast.cityOfficer.actor, caseId, { personId: victim, role: 'witness' })).rejects.toThrow(CaseNotFoundError);
  });

  it('refuses staff whose role does not include case work', async () => {
    await expect(addParty(h.db, cast.callHandler.actor, caseId, { personId: known, role: 'victim' })).rejects.toThrow(CaseForbiddenError);
  });
});
