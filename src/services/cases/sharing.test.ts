import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith } from '../../../test/case-builders.js';
import { orgId } from '../../../test/builders.js';
import type { DbHandle } from '../../db/client.js';
import { visibleCaseId } from '../../db/repositories/case-scope.js';
import type { Actor } from '../../domain/access/roles.js';
import { anActor, CITY, POLICE } from '../report/test-support.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from './errors.js';
import { revokeShare } from './revoke-share.js';
import { shareCase } from './share-case.js';

const REASON = 'Joint problem-solving: s.115 Crime and Disorder Act 1998';

describe('sharing a case and revoking the share', () => {
  let h: DbHandle;
  let officer: Actor;
  let analyst: Actor;
  let cityOfficer: Actor;
  let cityId: string;
  let charnwoodId: string;
  let caseId: string;

  beforeAll(async () => {
    h = await createTestDb();
    officer = (await anActor(h.db, POLICE, ['officer'])).actor;
    analyst = (await anActor(h.db, POLICE, ['analyst'])).actor;
    cityOfficer = (await anActor(h.db, CITY, ['partner_case_officer'])).actor;
    cityId = await orgId(h.db, CITY);
    charnwoodId = await orgId(h.db, 'Charnwood Borough Council');
    caseId = (await aCaseWith(h.db, { org: POLICE })).id;
  });
  afterAll(() => h.close());

  const ruleError = async (p: Promise<unknown>) => {
    const err = await p.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CaseRuleError);
    return { field: (err as CaseRuleError).field, message: (err as CaseRuleError).message };
  };

  it('shares with another organisation, which can then see the case; a case event and audit record are written', async () => {
    expect(await visibleCaseId(h.db, cityOfficer, caseId)).toBeUndefined();
    const { id } = await shareCase(h.db, officer, caseId, { organisationId: cityId, reason: REASON }, { ip: '10.0.0.5' });
    expect(await visibleCaseId(h.db, cityOfficer, caseId)).toBe(caseId);
    const share = await h.db.selectFrom('case_shares').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(share).toMatchObject({ organisation_id: cityId, reason: REASON, shared_by: officer.userId, revoked_at: null });
    const event = await h.db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('kind', '=', 'shared')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ summary: 'Case shared with Leicester City Council', body: REASON });
    const audit = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'case.share').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity_id: caseId, ip: '10.0.0.5' });
    expect(audit.detail).toEqual({ organisationId: cityId, shareId: id });
  });

  it('refuses to share again with an organisation already holding a share, with the lead, or with an inactive one', async () => {
    expect(await ruleError(shareCase(h.db, officer, caseId, { organisationId: cityId, reason: REASON }))).toEqual({
      field: 'organisation',
      message: 'The case is already shared with Leicester City Council',
    });
    expect((await ruleError(shareCase(h.db, officer, caseId, { organisationId: officer.organisationId, reason: REASON }))).message).toBe(
      'Leicestershire Police leads this case: select another organisation',
    );
    await h.db.updateTable('organisations').set({ active: false }).where('id', '=', charnwoodId).execute();
    expect((await ruleError(shareCase(h.db, officer, caseId, { organisationId: charnwoodId, reason: REASON }))).field).toBe('organisation');
    await h.db.updateTable('organisations').set({ active: true }).where('id', '=', charnwoodId).execute();
    expect((await ruleError(shareCase(h.db, officer, caseId, { organisationId: 'x', reason: REASON }))).field).toBe('organisation');
  });

  it('needs a reason', async () => {
    expect(await ruleError(shareCase(h.db, officer, caseId, { organisationId: charnwoodId, reason: '  ' }))).toEqual({
      field: 'reason',
      message: 'Enter the reason for sharing and the legal gateway',
    });
  });

  it('lets only the lead organisation’s case officers share or revoke, never the organisation shared with', async () => {
    await expect(shareCase(h.db, cityOfficer, caseId, { organisationId: charnwoodId, reason: REASON })).rejects.toThrow(CaseForbiddenError);
    await expect(shareCase(h.db, analyst, caseId, { organisationId: charnwoodId, reason: REASON })).rejects.toThrow(CaseForbiddenError);
    const share = await h.db
      .selectFrom('case_shares')
      .select('id')
      .where('case_id', '=', caseId)
      .where('revoked_at', 'is', null)
      .executeTakeFirstOrThrow();
    await expect(revokeShare(h.db, cityOfficer, caseId, share.id, 'No longer needed')).rejects.toThrow(CaseForbiddenError);
    const charnwood = (await anActor(h.db, 'Charnwood Borough Council', ['partner_case_officer'])).actor;
    await expect(shareCase(h.db, charnwood, caseId, { organisationId: charnwoodId, reason: REASON })).rejects.toThrow(CaseNotFoundError);
  });

  it('revokes with a reason, keeping the history; the organisation no longer sees the case and can be shared with again', async () => {
    const share = await h.db
      .selectFrom('case_shares')
      .select('id')
      .where('case_id', '=', caseId)
      .where('revoked_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(await ruleError(revokeShare(h.db, officer, caseId, share.id, ' '))).toEqual({
      field: 'reason',
      message: 'Enter the reason for stopping sharing',
    });
    await revokeShare(h.db, officer, caseId, share.id, 'Joint visit done', { ip: '10.0.0.6' });
    expect(await visibleCaseId(h.db, cityOfficer, caseId)).toBeUndefined();
    const row = await h.db.selectFrom('case_shares').selectAll().where('id', '=', share.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ revoked_by: officer.userId, revoke_reason: 'Joint visit done' });
    expect(row.revoked_at).not.toBeNull();
    const event = await h.db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('kind', '=', 'share_revoked')
      .executeTakeFirstOrThrow();
    expect(event.summary).toBe('Sharing with Leicester City Council stopped');
    const audit = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'case.share.revoke').executeTakeFirstOrThrow();
    expect(audit.detail).toEqual({ organisationId: cityId, shareId: share.id });
    await expect(revokeShare(h.db, officer, caseId, share.id, 'Again')).rejects.toThrow(CaseNotFoundError);
    await expect(shareCase(h.db, officer, caseId, { organisationId: cityId, reason: REASON })).resolves.toHaveProperty('id');
  });
});
