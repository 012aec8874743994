/**
 * Sharing, from both sides (issue 4: "a shared case is visible to that organisation's case
 * officers; everything else stays not found to them. Tests cover each rule from both sides").
 * Leicestershire Police leads both cases; one is shared with Leicester City Council; Charnwood
 * Borough Council is the third organisation that sees nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../../test/app.js';
import { aUser, orgId } from '../../../../../test/builders.js';
import { aCaseWith } from '../../../../../test/case-builders.js';
import { changeStatus } from '../../../../services/cases/change-status.js';
import { aPerson, anActor, CITY, POLICE } from '../../../../services/report/test-support.js';

const THIRD = 'Charnwood Borough Council';
/** Every tab of the case page; those not registered yet are left out (the oversight tabs must be there). */
const ALL_TABS = ['', '/incidents', '/people', '/risk', '/reviews', '/contact', '/documents', '/history', '/sharing'];
const REASON = 'Joint problem-solving with the council ASB team: s.115 Crime and Disorder Act 1998';

describe('sharing a case, seen from both sides', () => {
  let t: TestApp;
  let police: Browser;
  let council: Browser;
  let third: Browser;
  let cityId: string;
  let shared: string;
  let unshared: string;
  let victimId: string;
  let documentId: string;
  let tabs: string[];

  const urls = (caseId: string) => [
    ...tabs.map((tab) => `/cases/${caseId}${tab}`),
    `/cases/${caseId}/contact/${victimId}/plan`,
    `/cases/${caseId}/contact/${victimId}/log`,
    `/cases/${caseId}/documents/${documentId}`,
  ];
  const statuses = async (b: Browser, caseId: string) =>
    Promise.all(urls(caseId).map(async (u) => [u, (await b.get(u)).statusCode] as const));
  const every = (pairs: readonly (readonly [string, number])[], code: number) => pairs.map(([u]) => [u, code] as const);

  beforeAll(async () => {
    t = await createTestApp();
    tabs = ALL_TABS.filter((tab) => t.app.hasRoute({ method: 'GET', url: `/cases/:id${tab}` }));
    expect(tabs).toEqual(expect.arrayContaining(['/reviews', '/contact', '/documents', '/sharing']));
    police = await signedIn(t.app, await aUser(t.db, { org: POLICE, roles: ['officer'] }));
    council = await signedIn(t.app, await aUser(t.db, { org: CITY, roles: ['partner_case_officer'] }));
    third = await signedIn(t.app, await aUser(t.db, { org: THIRD, roles: ['partner_case_officer'] }));
    cityId = await orgId(t.db, CITY);
    victimId = await aPerson(t.db, { forename: 'Jo', surname: 'Victim' });
    shared = (await aCaseWith(t.db, { org: POLICE, parties: [{ personId: victimId, role: 'victim' }] })).id;
    unshared = (await aCaseWith(t.db, { org: POLICE, parties: [{ personId: victimId, role: 'victim' }] })).id;
    documentId = (
      await t.db
        .insertInto('case_documents')
        .values({
          case_id: shared,
          document_type: 'letter',
          file_name: 'letter.txt',
          content_type: 'text/plain; charset=utf-8',
          size_bytes: 5,
          sha256: 'x',
          content: Buffer.from('Hello'),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await t.db
      .insertInto('case_documents')
      .values({
        case_id: unshared,
        document_type: 'letter',
        file_name: 'other.txt',
        content_type: 'text/plain; charset=utf-8',
        size_bytes: 5,
        sha256: 'y',
        content: Buffer.from('Hello'),
      })
      .execute();
  });
  afterAll(() => t.close());

  it('before sharing, the council sees nothing of the police case', async () => {
    const res = await statuses(council, shared);
    expect(res).toEqual(every(res, 404));
  });

  it('the lead’s officer sees the share form without the lead organisation, and form errors keep what was typed', async () => {
    const page = await police.get(`/cases/${shared}/sharing`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('This case is not shared: only Leicestershire Police can see it.');
    expect(page.body).toContain(`<option value="${cityId}">Leicester City Council</option>`);
    expect(page.body).not.toMatch(/<option value="[^"]+">Leicestershire Police<\/option>/);
    const bad = await police.post(`/cases/${shared}/sharing`, { organisation: cityId, reason: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<title>Error: Sharing');
    expect(bad.body).toContain('Enter the reason for sharing and the legal gateway');
    expect(bad.body).toContain(`<option value="${cityId}" selected>`);
    const noOrg = await police.post(`/cases/${shared}/sharing`, { organisation: '', reason: REASON });
    expect(noOrg.statusCode).toBe(400);
    expect(noOrg.body).toContain('Select the organisation to share the case with');
    expect(noOrg.body).toContain(`${REASON}</textarea>`);
  });

  it('the lead shares the case with the council, with the reason', async () => {
    const res = await police.post(`/cases/${shared}/sharing`, { organisation: cityId, reason: REASON });
    expect(res.statusCode).toBe(303);
    const page = await police.get(res.headers.location as string);
    expect(page.body).toContain('Case shared');
    expect(page.body).toContain(REASON);
    expect(page.body).toContain('Stop sharing with Leicester City Council');
    expect(page.body).not.toContain(`<option value="${cityId}">`);
  });

  it('the council’s case officer then sees the shared case on every tab, and can work on it', async () => {
    const res = await statuses(council, shared);
    expect(res).toEqual(every(res, 200));
    const note = await council.post(
      `/cases/${shared}/documents/notes`,
      { text: 'Council ASB team visited.' },
      `/cases/${shared}/documents`,
    );
    expect(note.statusCode).toBe(303);
  });

  it('the council still sees nothing of the case that was not shared', async () => {
    const res = await statuses(council, unshared);
    expect(res).toEqual(every(res, 404));
  });

  it('a third organisation sees nothing of either case', async () => {
    const a = await statuses(third, shared);
    expect(a).toEqual(every(a, 404));
    const b = await statuses(third, unshared);
    expect(b).toEqual(every(b, 404));
  });

  it('the council cannot share, stop sharing or close the police case', async () => {
    const page = await council.get(`/cases/${shared}/sharing`);
    expect(page.body).not.toContain('Share this case');
    expect(page.body).not.toContain('Stop sharing with');
    const thirdId = await orgId(t.db, THIRD);
    const share = await council.post(`/cases/${shared}/sharing`, { organisation: thirdId, reason: REASON }, `/cases/${shared}/documents`);
    expect(share.statusCode).toBe(403);
    const invalid = await council.post(`/cases/${shared}/sharing`, { organisation: '', reason: '' }, `/cases/${shared}/documents`);
    expect(invalid.statusCode).toBe(403);
    const current = await t.db
      .selectFrom('case_shares')
      .select('id')
      .where('case_id', '=', shared)
      .where('revoked_at', 'is', null)
      .executeTakeFirstOrThrow();
    const revoke = await council.post(
      `/cases/${shared}/sharing/${current.id}/revoke`,
      { reason: 'Not needed' },
      `/cases/${shared}/documents`,
    );
    expect(revoke.statusCode).toBe(403);
    const { actor } = await anActor(t.db, CITY, ['partner_case_officer']);
    await expect(changeStatus(t.db, actor, shared, 'close', { outcome: 'resolved' })).rejects.toThrow(
      'Only the lead organisation can change the status of this case',
    );
    const row = await t.db.selectFrom('cases').select('status').where('id', '=', shared).executeTakeFirstOrThrow();
    expect(row.status).toBe('active');
    expect(
      await t.db.selectFrom('case_shares').select('id').where('case_id', '=', shared).where('organisation_id', '=', thirdId).execute(),
    ).toHaveLength(0);
  });

  it('the lead stops sharing with a reason; the council then sees nothing again, and the history stays', async () => {
    const current = await t.db
      .selectFrom('case_shares')
      .select('id')
      .where('case_id', '=', shared)
      .where('revoked_at', 'is', null)
      .executeTakeFirstOrThrow();
    const url = `/cases/${shared}/sharing/${current.id}/revoke`;
    const bad = await police.post(url, { reason: ' ' }, `/cases/${shared}/sharing`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain(`href="#revokeReason-${current.id}"`);
    expect(bad.body).toContain('Enter the reason for stopping sharing');
    const res = await police.post(url, { reason: 'Joint visit done' }, `/cases/${shared}/sharing`);
    expect(res.statusCode).toBe(303);
    const page = await police.get(res.headers.location as string);
    expect(page.body).toContain('Sharing stopped');
    expect(page.body).toContain('Sharing that has stopped');
    expect(page.body).toContain('Joint visit done');
    const after = await statuses(council, shared);
    expect(after).toEqual(every(after, 404));
    const audits = await t.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('entity_id', '=', shared)
      .where('action', 'like', 'case.share%')
      .orderBy('id')
      .execute();
    expect(audits.map((a) => a.action)).toEqual(['case.share', 'case.share.revoke']);
    expect(audits[0]!.detail).toMatchObject({ organisationId: cityId });
  });
});
