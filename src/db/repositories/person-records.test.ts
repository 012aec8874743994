import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith } from '../../../test/case-builders.js';
import { orgId } from '../../../test/builders.js';
import { anActor, aPerson } from '../../services/report/test-support.js';
import type { DbHandle } from '../client.js';
import { findVisiblePerson } from './person-records.js';

describe('people on a case are visible to whoever may see the case', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb();
  });
  afterAll(async () => h.close());

  it('a partner sees a person on a case shared with it, and no longer once the share is revoked', async () => {
    const { actor: partner } = await anActor(h.db, 'Charnwood Borough Council', ['partner_case_officer']);
    const personId = await aPerson(h.db, { forename: 'Ffion', surname: 'Gallowglass', org: 'Leicester City Council' });
    const c = await aCaseWith(h.db, { org: 'Leicestershire Police', parties: [{ personId, role: 'victim' }] });
    expect(await findVisiblePerson(h.db, partner, personId)).toBeUndefined();

    const share = await h.db
      .insertInto('case_shares')
      .values({
        case_id: c.id,
        organisation_id: await orgId(h.db, 'Charnwood Borough Council'),
        reason: 'Joint problem-solving (s.115 CDA 1998)',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await findVisiblePerson(h.db, partner, personId))?.surname).toBe('Gallowglass');

    await h.db
      .updateTable('case_shares')
      .set({ revoked_at: new Date(), revoke_reason: 'Work finished' })
      .where('id', '=', share.id)
      .execute();
    expect(await findVisiblePerson(h.db, partner, personId)).toBeUndefined();
  });

  it('a person removed from the case is not visible through it', async () => {
    const { actor: police } = await anActor(h.db, 'Leicestershire Police', ['officer']);
    const personId = await aPerson(h.db, { forename: 'Idris', surname: 'Penhaligon', org: 'Leicester City Council' });
    const c = await aCaseWith(h.db, { org: 'Leicestershire Police', parties: [{ personId, role: 'witness' }] });
    expect((await findVisiblePerson(h.db, police, personId))?.forename).toBe('Idris');
    await h.db.updateTable('case_parties').set({ removed_at: new Date() }).where('case_id', '=', c.id).execute();
    expect(await findVisiblePerson(h.db, police, personId)).toBeUndefined();
  });
});
