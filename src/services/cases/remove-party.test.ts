import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import type { DbHandle } from '../../db/client.js';
import { casePartiesOf } from '../../db/repositories/case-records.js';
import { addParty } from './add-party.js';
import { auditOf, aCast, CITY, eventsOf, shareCase, someone, type Cast } from './core-test-support.js';
import { CaseNotFoundError } from './errors.js';
import { openCase } from './open-case.js';
import { removeParty } from './remove-party.js';

describe('taking a person off a case', () => {
  let h: DbHandle;
  let cast: Cast;
  let caseId: string;
  let person: string;
  beforeAll(async () => {
    h = await createTestDb();
    cast = await aCast(h.db);
    person = await someone(h.db, 'Percy', 'Perp');
    ({ caseId } = await openCase(h.db, cast.officer.actor, { summary: 'Noise' }));
    await addParty(h.db, cast.officer.actor, caseId, { personId: person, role: 'perpetrator' });
    await addParty(h.db, cast.officer.actor, caseId, { personId: person, role: 'witness' });
  });
  afterAll(() => h.close());

  it('needs a reason', async () => {
    await expect(
      removeParty(h.db, cast.officer.actor, caseId, { personId: person, role: 'perpetrator', reason: ' ' }),
    ).rejects.toMatchObject({
      field: 'reason',
      message: 'Enter why they are being taken off the case',
    });
  });

  it('takes them off in that role only, keeping the row, with the reason on the timeline and an audit record', async () => {
    await removeParty(h.db, cast.officer.actor, caseId, { personId: person, role: 'perpetrator', reason: 'Not involved after all' });
    expect((await casePartiesOf(h.db, cast.officer.actor, caseId)).map((p) => p.role)).toEqual(['witness']);
    const row = await h.db
      .selectFrom('case_parties')
      .select('removed_at')
      .where('case_id', '=', caseId)
      .where('role', '=', 'perpetrator')
      .executeTakeFirstOrThrow();
    expect(row.removed_at).toBeInstanceOf(Date);
    expect((await eventsOf(h.db, caseId)).at(-1)).toMatchObject({
      kind: 'party_removed',
      summary: 'Percy Perp removed as perpetrator',
      body: 'Not involved after all',
    });
    const audit = await auditOf(h.db, caseId, 'case.party_remove');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toEqual({ personId: person, role: 'perpetrator' });
  });

  it('answers "not found" for someone not on the case in that role', async () => {
    await expect(removeParty(h.db, cast.officer.actor, caseId, { personId: person, role: 'perpetrator', reason: 'Again' })).rejects.toThrow(
      CaseNotFoundError,
    );
    await expect(removeParty(h.db, cast.officer.actor, caseId, { personId: person, role: 'victim', reason: 'x' })).rejects.toThrow(
      CaseNotFoundError,
    );
  });

  it('leaves removal to the lead organisation on a shared case', async () => {
    await expect(removeParty(h.db, cast.cityOfficer.actor, caseId, { personId: person, role: 'witness', reason: 'x' })).rejects.toThrow(
      CaseNotFoundError,
    );
    await shareCase(h.db, caseId, CITY);
    await expect(
      removeParty(h.db, cast.cityOfficer.actor, caseId, { personId: person, role: 'witness', reason: 'x' }),
    ).rejects.toMatchObject({
      field: 'form',
      message: 'Only the lead organisation can take people off this case',
    });
  });
});
