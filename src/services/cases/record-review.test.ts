import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith } from '../../../test/case-builders.js';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { anActor, CITY, POLICE } from '../report/test-support.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from './errors.js';
import { recordSupervisoryReview, type SupervisoryReviewInput } from './record-review.js';

const NOW = new Date('2026-11-21T10:00:00Z'); // London date 21 November 2026
const GOOD: SupervisoryReviewInput = {
  progress: 'Warning letter served; no incidents since.',
  riskStillRight: true,
  actionsAgreed: 'Visit the victim weekly.',
  nextReviewOn: '2026-12-19',
};

describe('recording a supervisory review', () => {
  let h: DbHandle;
  let supervisor: Actor;
  let coordinator: Actor;
  let officer: Actor;
  let citySupervisor: Actor;
  let caseId: string;

  beforeAll(async () => {
    h = await createTestDb();
    supervisor = (await anActor(h.db, POLICE, ['supervisor'])).actor;
    coordinator = (await anActor(h.db, POLICE, ['asb_coordinator'])).actor;
    officer = (await anActor(h.db, POLICE, ['officer'])).actor;
    citySupervisor = (await anActor(h.db, CITY, ['supervisor'])).actor;
    caseId = (await aCaseWith(h.db, { org: POLICE, openedAt: new Date('2026-10-01T09:00:00Z') })).id;
  });
  afterAll(() => h.close());

  const rule = async (input: Partial<SupervisoryReviewInput>, actor = supervisor) => {
    const err = await recordSupervisoryReview(h.db, actor, caseId, { ...GOOD, ...input }, { now: NOW }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CaseRuleError);
    return { field: (err as CaseRuleError).field, message: (err as CaseRuleError).message };
  };

  it('records the review with a case event and an audit record carrying ids only', async () => {
    const { id } = await recordSupervisoryReview(
      h.db,
      supervisor,
      caseId,
      { ...GOOD, comments: '  Good work. ' },
      { now: NOW, ip: '10.1.1.1' },
    );
    const review = await h.db.selectFrom('supervisory_reviews').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(review).toMatchObject({
      case_id: caseId,
      reviewed_by: supervisor.userId,
      risk_still_right: true,
      risk_comment: null,
      comments: 'Good work.',
    });
    expect(String(review.next_review_on).slice(0, 10)).toBe('2026-12-19');
    const event = await h.db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('kind', '=', 'review')
      .executeTakeFirstOrThrow();
    expect(event.summary).toBe('Supervisory review recorded: next review by 19 December 2026');
    expect(event.detail).toMatchObject({ reviewId: id, nextReviewOn: '2026-12-19' });
    const audit = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'case.review').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity_id: caseId, user_id: supervisor.userId, ip: '10.1.1.1' });
    expect(audit.detail).toEqual({ reviewId: id });
  });

  it('lets an ASB coordinator review too', async () => {
    await expect(recordSupervisoryReview(h.db, coordinator, caseId, GOOD, { now: NOW })).resolves.toHaveProperty('id');
  });

  it('refuses an officer, who may work on the case but not review it', async () => {
    await expect(recordSupervisoryReview(h.db, officer, caseId, GOOD, { now: NOW })).rejects.toThrow(CaseForbiddenError);
  });

  it('refuses a supervisor of another organisation, even when the case is shared with it', async () => {
    await expect(recordSupervisoryReview(h.db, citySupervisor, caseId, GOOD, { now: NOW })).rejects.toThrow(CaseNotFoundError);
    await h.db
      .insertInto('case_shares')
      .values({ case_id: caseId, organisation_id: citySupervisor.organisationId, reason: 'Joint work (s.115 CDA 1998)' })
      .execute();
    await expect(recordSupervisoryReview(h.db, citySupervisor, caseId, GOOD, { now: NOW })).rejects.toThrow(CaseForbiddenError);
    await h.db.updateTable('case_shares').set({ revoked_at: new Date(), revoke_reason: 'Done' }).where('case_id', '=', caseId).execute();
  });

  it('sets the next review after today and no later than the review interval from today', async () => {
    expect(await rule({ nextReviewOn: '2026-11-21' })).toEqual({
      field: 'nextReviewOn',
      message: 'Next review date must be in the future',
    });
    expect(await rule({ nextReviewOn: '2026-12-20' })).toEqual({
      field: 'nextReviewOn',
      message: 'Next review date must be on or before 19 December 2026, within 28 days of this review',
    });
    await expect(
      recordSupervisoryReview(h.db, supervisor, caseId, { ...GOOD, nextReviewOn: '2026-11-22' }, { now: NOW }),
    ).resolves.toHaveProperty('id');
  });

  it('follows a shorter review interval set for the partnership', async () => {
    await h.db
      .insertInto('rule_settings')
      .values({ scope: 'partnership', key: 'case_management', value: JSON.stringify({ supervisoryReviewDays: 14 }) })
      .execute();
    expect((await rule({ nextReviewOn: '2026-12-06' })).message).toBe(
      'Next review date must be on or before 5 December 2026, within 14 days of this review',
    );
    await h.db.deleteFrom('rule_settings').where('key', '=', 'case_management').execute();
  });

  it('needs a comment when the risk level is not right', async () => {
    expect(await rule({ riskStillRight: false, riskComment: '  ' })).toEqual({
      field: 'riskComment',
      message: 'Enter why the risk is not right and what should change',
    });
    const { id } = await recordSupervisoryReview(
      h.db,
      supervisor,
      caseId,
      { ...GOOD, riskStillRight: false, riskComment: 'Should be high' },
      { now: NOW },
    );
    const review = await h.db
      .selectFrom('supervisory_reviews')
      .select(['risk_still_right', 'risk_comment'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(review).toEqual({ risk_still_right: false, risk_comment: 'Should be high' });
  });

  it('needs progress and actions agreed', async () => {
    expect((await rule({ progress: '' })).field).toBe('progress');
    expect((await rule({ actionsAgreed: ' ' })).field).toBe('actionsAgreed');
    expect((await rule({ progress: 'x'.repeat(2001) })).message).toBe('Progress must be 2,000 characters or fewer');
  });

  it('refuses to review a closed case, and treats an unknown case as not found', async () => {
    const closed = await aCaseWith(h.db, { org: POLICE, status: 'closed' });
    await expect(recordSupervisoryReview(h.db, supervisor, closed.id, GOOD, { now: NOW })).rejects.toMatchObject({
      field: 'form',
      message: 'This case is closed. Reopen it before changing it',
    });
    await expect(recordSupervisoryReview(h.db, supervisor, '00000000-0000-4000-8000-000000000000', GOOD, { now: NOW })).rejects.toThrow(
      CaseNotFoundError,
    );
    await expect(recordSupervisoryReview(h.db, supervisor, 'not-a-case', GOOD, { now: NOW })).rejects.toThrow(CaseNotFoundError);
  });
});
