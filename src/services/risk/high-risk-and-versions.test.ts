import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { CASE_QUESTIONNAIRE_V1, PERPETRATOR_QUESTIONNAIRE_V1, VICTIM_QUESTIONNAIRE_V1 } from '../../domain/risk/default-questionnaires.js';
import type { RiskQuestionnaire } from '../../domain/risk/questionnaire.js';
import { anActor, CITY, POLICE } from '../report/test-support.js';
import { completeAssessment } from './complete-assessment.js';
import { RiskForbiddenError, RiskNotFoundError } from './errors.js';
import { findQuestionnaireVersion, listQuestionnaireVersions } from './list-questionnaires.js';
import { publishQuestionnaire, QuestionnaireInvalidError } from './publish-questionnaire.js';
import { recordReferral } from './record-referral.js';
import { saveSection } from './save-section.js';
import { startAssessment } from './start-assessment.js';
import { answersFor, aRiskCase } from './test-support.js';

describe('high risk, the case’s level, referrals and questionnaire versions', () => {
  let h: DbHandle;
  let officer: Actor;
  let admin: Actor;
  beforeAll(async () => {
    h = await createTestDb();
    officer = (await anActor(h.db, POLICE, ['officer'])).actor;
    admin = (await anActor(h.db, POLICE, ['administrator'])).actor;
  });
  afterAll(() => h.close());

  /** Starts, answers every section and completes an assessment. */
  async function assess(
    caseId: string,
    kind: 'victim' | 'perpetrator' | 'case',
    personId: string | null,
    definition: RiskQuestionnaire,
    answers: Record<string, string>,
    override?: { level: string; reason: string },
  ) {
    const { id } = await startAssessment(h.db, officer, caseId, { kind, personId });
    for (const s of definition.sections) await saveSection(h.db, officer, caseId, id, s.id, answers, { requireAll: true });
    return { id, ...(await completeAssessment(h.db, officer, caseId, id, { override: override ?? null })) };
  }

  async function aSupervisor(org: string, area: string | null, active = true): Promise<string> {
    const { user } = await anActor(h.db, org, ['supervisor']);
    await h.db.updateTable('users').set({ area_code: area, active }).where('id', '=', user.id).execute();
    return user.email;
  }

  it('emails the case’s supervisors (whole organisation or the case’s area) when a victim is high risk, and no one else', async () => {
    const whole = await aSupervisor(POLICE, null);
    const npa = await aSupervisor(POLICE, 'leicester-central');
    const district = await aSupervisor(POLICE, 'E06000016');
    const otherArea = await aSupervisor(POLICE, 'charnwood');
    const otherOrg = await aSupervisor(CITY, null);
    const inactive = await aSupervisor(POLICE, null, false);
    const c = await aRiskCase(h.db);
    const result = await assess(
      c.id,
      'victim',
      c.victimId,
      VICTIM_QUESTIONNAIRE_V1,
      answersFor(VICTIM_QUESTIONNAIRE_V1, 'lowest', { threats: 'kill' }),
    );
    expect(result).toMatchObject({ score: 6, scoredLevel: 'high', level: 'high', caseLevel: 'high', supervisorsNotified: 3 });
    const emails = await h.db
      .selectFrom('emails')
      .select(['kind', 'to_address', 'subject', 'body_text', 'organisation_id'])
      .where('kind', '=', 'high_risk')
      .execute();
    expect(emails.map((e) => e.to_address).sort()).toEqual([whole, npa, district].sort());
    for (const e of emails) {
      expect(e.subject).toBe(`High risk: case ${c.reference}`);
      expect(e.body_text).toContain(`/cases/${c.id}`);
      expect(e.body_text).not.toContain('Vera');
      expect(e.organisation_id).toBe(officer.organisationId);
    }
    expect(emails.map((e) => e.to_address)).not.toContain(otherArea);
    expect(emails.map((e) => e.to_address)).not.toContain(otherOrg);
    expect(emails.map((e) => e.to_address)).not.toContain(inactive);
    const event = await h.db
      .selectFrom('case_events')
      .select(['summary', 'detail'])
      .where('case_id', '=', c.id)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(event.summary).toBe('Victim risk assessment completed: high (score 6)');
    expect(event.detail).toMatchObject({ level: 'high', supervisorsNotified: 3 });
  });

  it('emails no one for a medium result, and only whole-organisation supervisors for a case with no area', async () => {
    const before = await h.db.selectFrom('emails').select('id').execute();
    const c = await aRiskCase(h.db, { npaCode: null, districtCode: null });
    await assess(c.id, 'case', null, CASE_QUESTIONNAIRE_V1, answersFor(CASE_QUESTIONNAIRE_V1, 'lowest'));
    expect(await h.db.selectFrom('emails').select('id').execute()).toHaveLength(before.length);
    const p = await assess(
      c.id,
      'perpetrator',
      c.perpetratorId,
      PERPETRATOR_QUESTIONNAIRE_V1,
      answersFor(PERPETRATOR_QUESTIONNAIRE_V1, 'highest'),
    );
    expect(p).toMatchObject({ score: 32, level: 'high', supervisorsNotified: 1 });
  });

  it('sets the case’s level to the highest among each subject’s latest assessment', async () => {
    const c = await aRiskCase(h.db);
    const level = async () =>
      (await h.db.selectFrom('cases').select('risk_level').where('id', '=', c.id).executeTakeFirstOrThrow()).risk_level;
    await assess(c.id, 'victim', c.victimId, VICTIM_QUESTIONNAIRE_V1, answersFor(VICTIM_QUESTIONNAIRE_V1, 'lowest'), {
      level: 'high',
      reason: 'Disclosed threats since',
    });
    expect(await level()).toBe('high');
    await assess(
      c.id,
      'perpetrator',
      c.perpetratorId,
      PERPETRATOR_QUESTIONNAIRE_V1,
      answersFor(PERPETRATOR_QUESTIONNAIRE_V1, 'lowest', { escalation: 'more-serious', violence: 'threatened', offending: 'some' }),
    );
    expect(await level()).toBe('high');
    const again = await assess(c.id, 'victim', c.victimId, VICTIM_QUESTIONNAIRE_V1, answersFor(VICTIM_QUESTIONNAIRE_V1, 'lowest'));
    expect(again).toMatchObject({ level: 'standard', caseLevel: 'medium' });
    expect(await level()).toBe('medium');
  });

  it('records a referral to Victim First with the victim’s consent, as data with an event and audit', async () => {
    const c = await aRiskCase(h.db);
    const a = await assess(
      c.id,
      'victim',
      c.victimId,
      VICTIM_QUESTIONNAIRE_V1,
      answersFor(VICTIM_QUESTIONNAIRE_V1, 'lowest', { fear: 'immediate-danger' }),
    );
    await expect(recordReferral(h.db, officer, c.id, a.id, { consent: '' })).rejects.toThrow(
      'Select whether the victim agreed to a referral to Victim First',
    );
    await expect(recordReferral(h.db, officer, c.id, a.id, { consent: 'given', notes: 'x'.repeat(1001) })).rejects.toThrow(
      'Notes must be 1,000 characters or fewer',
    );
    const r = await recordReferral(h.db, officer, c.id, a.id, { consent: 'given', notes: '  Prefers a call after 6pm  ' }, '203.0.113.9');
    expect(r.service).toBe('Victim First');
    expect(await h.db.selectFrom('referrals').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow()).toMatchObject({
      case_id: c.id,
      person_id: c.victimId,
      service: 'Victim First',
      consent: 'given',
      consent_notes: 'Prefers a call after 6pm',
      risk_assessment_id: a.id,
      referred_by: officer.userId,
    });
    const event = await h.db
      .selectFrom('case_events')
      .select(['kind', 'summary'])
      .where('case_id', '=', c.id)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ kind: 'referral', summary: 'Referral to Victim First for Vera Victim: victim consented' });
    const audit = await h.db
      .selectFrom('audit_log')
      .select(['detail', 'ip'])
      .where('action', '=', 'referral.record')
      .where('entity_id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(audit.detail).toEqual({ referralId: r.id, personId: c.victimId, assessmentId: a.id, consent: 'given' });
  });

  it('refers only from a completed victim assessment on a case the actor may see', async () => {
    const c = await aRiskCase(h.db);
    const p = await assess(
      c.id,
      'perpetrator',
      c.perpetratorId,
      PERPETRATOR_QUESTIONNAIRE_V1,
      answersFor(PERPETRATOR_QUESTIONNAIRE_V1, 'lowest'),
    );
    await expect(recordReferral(h.db, officer, c.id, p.id, { consent: 'given' })).rejects.toThrow(RiskNotFoundError);
    const open = await startAssessment(h.db, officer, c.id, { kind: 'victim', personId: c.victimId });
    await expect(recordReferral(h.db, officer, c.id, open.id, { consent: 'given' })).rejects.toThrow(RiskNotFoundError);
    const v = await assess(c.id, 'case', null, CASE_QUESTIONNAIRE_V1, answersFor(CASE_QUESTIONNAIRE_V1, 'lowest'));
    await expect(recordReferral(h.db, officer, c.id, v.id, { consent: 'given' })).rejects.toThrow(RiskNotFoundError);
    const council = (await anActor(h.db, CITY, ['officer'])).actor;
    await expect(recordReferral(h.db, council, c.id, open.id, { consent: 'given' })).rejects.toThrow(RiskNotFoundError);
  });

  it('publishes a new version that new assessments use, while older ones keep theirs', async () => {
    const c = await aRiskCase(h.db);
    const old = await startAssessment(h.db, officer, c.id, { kind: 'victim', personId: c.victimId });
    const v1 = (await h.db.selectFrom('risk_assessments').select('questionnaire_id').where('id', '=', old.id).executeTakeFirstOrThrow())
      .questionnaire_id;
    const v2 = { ...VICTIM_QUESTIONNAIRE_V1, title: 'Victim risk assessment (2026)', bands: { medium: 10, high: 20 } };
    const published = await publishQuestionnaire(h.db, admin, 'victim', JSON.stringify(v2), '203.0.113.9');
    expect(published.version).toBe(2);
    expect((await findQuestionnaireVersion(h.db, 'victim'))!.definition.bands).toEqual({ medium: 10, high: 20 });
    expect((await findQuestionnaireVersion(h.db, 'victim', 1))!.id).toBe(v1);
    expect(await h.db.selectFrom('risk_assessments').select('questionnaire_id').where('id', '=', old.id).executeTakeFirstOrThrow()).toEqual(
      { questionnaire_id: v1 },
    );
    const answers = answersFor(VICTIM_QUESTIONNAIRE_V1, 'lowest', { repeat: 'ongoing', 'daily-life': 'a-lot', fear: 'very' });
    for (const s of VICTIM_QUESTIONNAIRE_V1.sections) await saveSection(h.db, officer, c.id, old.id, s.id, answers, { requireAll: true });
    expect((await completeAssessment(h.db, officer, c.id, old.id, {})).level).toBe('medium');
    const other = await aRiskCase(h.db);
    const fresh = await startAssessment(h.db, officer, other.id, { kind: 'victim', personId: other.victimId });
    expect(
      (await h.db.selectFrom('risk_assessments').select('questionnaire_id').where('id', '=', fresh.id).executeTakeFirstOrThrow())
        .questionnaire_id,
    ).toBe(published.id);
    const audit = await h.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'risk_questionnaire.publish')
      .executeTakeFirstOrThrow();
    expect(audit.detail).toEqual({ kind: 'victim', version: 2 });
    const versions = await listQuestionnaireVersions(h.db);
    expect(versions.filter((r) => r.kind === 'victim').map((r) => [r.version, r.title, r.assessments])).toEqual([
      [2, 'Victim risk assessment (2026)', 1],
      [1, 'Victim risk assessment', expect.any(Number)],
    ]);
  });

  it('refuses a definition that is not valid JSON or breaks a rule, and anyone but an administrator', async () => {
    const err = await publishQuestionnaire(h.db, admin, 'case', '{ "title": ').catch((e: unknown) => e);
    expect((err as QuestionnaireInvalidError).problems).toEqual([
      'Enter the questionnaire as valid JSON (check for missing commas, quotes or brackets)',
    ]);
    const bad = await publishQuestionnaire(
      h.db,
      admin,
      'case',
      JSON.stringify({ title: 'x', sections: [], bands: { medium: 5, high: 2 } }),
    ).catch((e: unknown) => e);
    expect((bad as QuestionnaireInvalidError).problems).toEqual(['Add at least one section']);
    await expect(publishQuestionnaire(h.db, officer, 'case', '{}')).rejects.toThrow(RiskForbiddenError);
    await expect(publishQuestionnaire(h.db, admin, 'landlord', '{}')).rejects.toThrow(RiskNotFoundError);
    expect(await findQuestionnaireVersion(h.db, 'case', 2)).toBeUndefined();
  });
});
