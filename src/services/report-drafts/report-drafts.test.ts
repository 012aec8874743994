import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { createTestDb } from '../../../test/db.js';
import { aUser, orgId, type TestUser } from '../../../test/builders.js';
import { createReportDraft } from './create-report-draft.js';
import { getReportDraft, listReportDrafts } from './get-report-draft.js';
import { updateReportDraft } from './update-report-draft.js';
import { deleteReportDraft } from './delete-report-draft.js';

function actorOf(user: TestUser, organisationId = user.organisationId): Actor {
  return {
    kind: 'user',
    userId: user.id,
    apiTokenId: null,
    name: 'Test User',
    organisationId,
    organisationName: 'Test',
    roles: ['call_handler'],
  };
}

describe('report drafts', () => {
  let h: DbHandle;
  let mine: Actor;
  let theirs: Actor;
  beforeAll(async () => {
    h = await createTestDb();
    mine = actorOf(await aUser(h.db, { roles: ['call_handler'] }));
    theirs = actorOf(await aUser(h.db, { roles: ['call_handler'] }));
  });
  afterAll(() => h.close());

  it('starts an empty draft that its user can read back', async () => {
    const { id } = await createReportDraft(h.db, mine);
    const draft = await getReportDraft(h.db, mine, id);
    expect(draft).toMatchObject({ id, data: {} });
  });

  it('keeps each page’s section when another page is saved', async () => {
    const { id } = await createReportDraft(h.db, mine);
    const chosen = { personId: null, forename: 'Ann', surname: 'Example', dateOfBirth: null, postcode: null, organisationName: null };
    expect(await updateReportDraft(h.db, mine, id, { who: { values: { role: 'victim' }, chosen } })).toBe(true);
    expect(
      await updateReportDraft(h.db, mine, id, { questions: { version: 1, values: { hate: 'no' }, answers: { hateRelated: false } } }),
    ).toBe(true);
    const draft = await getReportDraft(h.db, mine, id);
    expect(draft?.data).toEqual({
      who: { values: { role: 'victim' }, chosen },
      questions: { version: 1, values: { hate: 'no' }, answers: { hateRelated: false } },
    });
  });

  it('does not let another user read, change or delete a draft', async () => {
    const { id } = await createReportDraft(h.db, mine);
    expect(await getReportDraft(h.db, theirs, id)).toBeUndefined();
    expect(await updateReportDraft(h.db, theirs, id, { whatAndWhere: { values: { description: 'x' } } })).toBe(false);
    expect(await deleteReportDraft(h.db, theirs, id)).toBe(false);
    expect((await getReportDraft(h.db, mine, id))?.data).toEqual({});
  });

  it('does not find the user’s draft while they act for another organisation', async () => {
    const { id } = await createReportDraft(h.db, mine);
    const elsewhere = { ...mine, organisationId: await orgId(h.db, 'Leicester City Council') };
    expect(await getReportDraft(h.db, elsewhere, id)).toBeUndefined();
  });

  it('treats a malformed id as not found', async () => {
    expect(await getReportDraft(h.db, mine, 'not-a-uuid')).toBeUndefined();
    expect(await deleteReportDraft(h.db, mine, 'not-a-uuid')).toBe(false);
  });

  it('lists only the user’s own drafts, newest change first, and deletes one', async () => {
    const other = await createReportDraft(h.db, theirs);
    const { id } = await createReportDraft(h.db, mine);
    await updateReportDraft(h.db, mine, id, { whatAndWhere: { values: {} } });
    const listed = await listReportDrafts(h.db, mine);
    expect(listed[0]?.id).toBe(id);
    expect(listed.map((d) => d.id)).not.toContain(other.id);
    expect(await deleteReportDraft(h.db, mine, id)).toBe(true);
    expect(await getReportDraft(h.db, mine, id)).toBeUndefined();
  });

  it('refuses to start a draft for an API token', async () => {
    await expect(createReportDraft(h.db, { ...mine, kind: 'token', userId: null, apiTokenId: 'x' })).rejects.toThrow(/signed-in user/);
  });
});
