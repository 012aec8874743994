import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { CASE_QUESTIONNAIRE_V1 as CASE_V1, VICTIM_QUESTIONNAIRE_V1 } from '../../domain/risk/default-questionnaires.js';
import { anActor, CITY, POLICE } from '../report/test-support.js';
import { completeAssessment } from './complete-assessment.js';
import { ensureRiskQuestionnaires } from './ensure-risk-questionnaires.js';
import { RiskAnswersError, RiskForbiddenError, RiskNotFoundError, RiskRuleError } from './errors.js';
import { saveSection } from './save-section.js';
import { startAssessment } from './start-assessment.js';
import { answersFor, aRiskCase } from './test-support.js';

describe('risk assessments: start, save and complete', () => {
  let h: DbHandle;
  let officer: Actor;
  beforeAll(async () => {
    h = await createTestDb();
    officer = (await anActor(h.db, POLICE, ['officer'])).actor;
  });
  afterAll(() => h.close());

  const events = (caseId: string) =>
    h.db.selectFrom('case_events').select(['kind', 'summary', 'body', 'detail']).where('case_id', '=', caseId).orderBy('id').execute();
  const audits = (caseId: string, action: string) =>
    h.db
      .selectFrom('audit_log')
      .select(['action', 'detail', 'user_id'])
      .where('entity_id', '=', caseId)
      .where('action', '=', action)
      .orderBy('id')
      .execute();
  const row = (id: string) => h.db.selectFrom('risk_assessments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('ships version 1 of each kind once, however often it runs', async () => {
    expect(await ensureRiskQuestionnaires(h.db)).toEqual([]);
    const rows = await h.db.selectFrom('risk_questionnaires').select(['kind', 'version']).orderBy('kind').execute();
    expect(rows).toEqual([
      { kind: 'case', version: 1 },
      { kind: 'perpetrator', version: 1 },
      { kind: 'victim', version: 1 },
    ]);
  });

  it('starts a victim assessment with the newest questionnaire, and continues the one in progress rather than start another', async () => {
    const c = await aRiskCase(h.db);
    const first = await startAssessment(h.db, officer, c.id, { kind: 'victim', personId: c.victimId }, '203.0.113.9');
    expect(first.created).toBe(true);
    expect(await startAssessment(h.db, officer, c.id, { kind: 'victim', personId: c.victimId })).toEqual({ id: first.id, created: false });
    const r = await row(first.id);
    expect(r).toMatchObject({ case_id: c.id, kind: 'victim', person_id: c.victimId, status: 'in_progress', started_by: officer.userId });
    expect(await events(c.id)).toEqual([
      {
        kind: 'risk_assessment',
        summary: 'Victim risk assessment started',
        body: null,
        detail: { assessmentId: first.id, kind: 'victim', personId: c.victimId, questionnaireVersion: 1 },
      },
    ]);
    expect(await audits(c.id, 'risk_assessment.start')).toEqual([
      {
        action: 'risk_assessment.start',
        user_id: officer.userId,
        detail: { assessmentId: first.id, kind: 'victim', personId: c.victimId, questionnaireId: r.questionnaire_id },
      },
    ]);
  });

  it('starts a case assessment without a person and a perpetrator assessment only for a perpetrator on the case', async () => {
    const c = await aRiskCase(h.db);
    const caseOne = await startAssessment(h.db, officer, c.id, { kind: 'case', personId: c.victimId });
    expect((await row(caseOne.id)).person_id).toBeNull();
    await expect(startAssessment(h.db, officer, c.id, { kind: 'perpetrator', personId: c.victimId })).rejects.toThrow(RiskNotFoundError);
    await expect(startAssessment(h.db, officer, c.id, { kind: 'victim', personId: 'not-a-uuid' })).rejects.toThrow(RiskNotFoundError);
    await expect(startAssessment(h.db, officer, c.id, { kind: 'victim' })).rejects.toThrow(RiskNotFoundError);
    await expect(startAssessment(h.db, officer, c.id, { kind: 'landlord', personId: c.victimId })).rejects.toThrow(RiskNotFoundError);
    expect((await startAssessment(h.db, officer, c.id, { kind: 'perpetrator', personId: c.perpetratorId })).created).toBe(true);
  });

  it('treats another organisation’s case as not found, refuses roles without casework, and refuses a closed case', async () => {
    const c = await aRiskCase(h.db);
    const council = (await anActor(h.db, CITY, ['officer'])).actor;
    const analyst = (await anActor(h.db, POLICE, ['analyst'])).actor;
    await expect(startAssessment(h.db, council, c.id, { kind: 'case' })).rejects.toThrow(RiskNotFoundError);
    await expect(startAssessment(h.db, analyst, c.id, { kind: 'case' })).rejects.toThrow(RiskForbiddenError);
    const closed = await aRiskCase(h.db, { status: 'closed' });
    await expect(startAssessment(h.db, officer, closed.id, { kind: 'case' })).rejects.toThrow(
      'This case is closed: reopen it to change its risk assessments',
    );
    expect(await events(c.id)).toEqual([]);
  });

  it('lets a partner organisation the case is shared with work on its risk assessments', async () => {
    const c = await aRiskCase(h.db);
    const council = (await anActor(h.db, CITY, ['partner_case_officer'])).actor;
    await h.db.insertInto('case_shares').values({ case_id: c.id, organisation_id: council.organisationId, reason: 'Joint case' }).execute();
    expect((await startAssessment(h.db, council, c.id, { kind: 'case' })).created).toBe(true);
  });

  it('keeps a partly answered section ("save and come back") and asks for every answer only on "save and continue"', async () => {
    const c = await aRiskCase(h.db);
    const { id } = await startAssessment(h.db, officer, c.id, { kind: 'victim', personId: c.victimId });
    expect(await saveSection(h.db, officer, c.id, id, 'impact', { fear: 'very', health: '' }, { requireAll: false })).toEqual({
      status: 'incomplete',
      allComplete: false,
      changed: true,
    });
    expect((await row(id)).answers).toEqual({ fear: 'very' });
    const refused = await saveSection(h.db, officer, c.id, id, 'impact', { health: 'no' }, { requireAll: true }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RiskAnswersError);
    expect((refused as RiskAnswersError).issues).toEqual([
      { field: 'daily-life', message: 'Select an answer for “How much is the behaviour affecting the victim’s daily life?”' },
      { field: 'moving', message: 'Select an answer for “Has the victim considered moving home because of the behaviour?”' },
    ]);
    expect((await row(id)).answers).toEqual({ fear: 'very' });
    const done = await saveSection(
      h.db,
      officer,
      c.id,
      id,
      'impact',
      { 'daily-life': 'a-lot', health: 'no', moving: 'no', repeat: 'ongoing' },
      { requireAll: true },
    );
    expect(done.status).toBe('completed');
    expect((await row(id)).answers).toEqual({ fear: 'very', 'daily-life': 'a-lot', health: 'no', moving: 'no' });
    expect(await saveSection(h.db, officer, c.id, id, 'impact', { fear: 'very' }, { requireAll: true })).toMatchObject({ changed: false });
    const saved = (await events(c.id)).filter((e) => e.summary.includes('saved'));
    expect(saved.map((e) => e.summary)).toEqual([
      'Victim risk assessment: “Impact on the victim” saved',
      'Victim risk assessment: “Impact on the victim” saved',
    ]);
    expect(await audits(c.id, 'risk_assessment.save')).toHaveLength(2);
  });

  it('refuses an option the question does not have, an unknown section, and another organisation', async () => {
    const c = await aRiskCase(h.db);
    const { id } = await startAssessment(h.db, officer, c.id, { kind: 'victim', personId: c.victimId });
    await expect(saveSection(h.db, officer, c.id, id, 'impact', { fear: 'terrified' }, { requireAll: false })).rejects.toThrow(
      'Select an answer for “How afraid is the victim for their own safety or their family’s?”',
    );
    await expect(saveSection(h.db, officer, c.id, id, 'nowhere', {}, { requireAll: false })).rejects.toThrow(RiskNotFoundError);
    const council = (await anActor(h.db, CITY, ['officer'])).actor;
    await expect(saveSection(h.db, council, c.id, id, 'impact', { fear: 'very' }, { requireAll: false })).rejects.toThrow(
      RiskNotFoundError,
    );
    const other = await aRiskCase(h.db);
    await expect(saveSection(h.db, officer, other.id, id, 'impact', { fear: 'very' }, { requireAll: false })).rejects.toThrow(
      RiskNotFoundError,
    );
  });

  it('completes only when every question is answered, scores it and sets the case’s risk level', async () => {
    const c = await aRiskCase(h.db);
    const { id } = await startAssessment(h.db, officer, c.id, { kind: 'victim', personId: c.victimId });
    await expect(completeAssessment(h.db, officer, c.id, id, {})).rejects.toThrow(
      new RiskRuleError('form', 'Answer every question before you complete the risk assessment'),
    );
    const answers = answersFor(VICTIM_QUESTIONNAIRE_V1, 'lowest', { repeat: 'ongoing', 'daily-life': 'a-lot', fear: 'very' });
    for (const s of VICTIM_QUESTIONNAIRE_V1.sections) await saveSection(h.db, officer, c.id, id, s.id, answers, { requireAll: true });
    const result = await completeAssessment(h.db, officer, c.id, id, {});
    expect(result).toEqual({
      kind: 'victim',
      score: 13,
      scoredLevel: 'medium',
      level: 'medium',
      caseLevel: 'medium',
      supervisorsNotified: 0,
    });
    expect(await row(id)).toMatchObject({
      status: 'completed',
      score: 13,
      scored_level: 'medium',
      level: 'medium',
      override_level: null,
      completed_by: officer.userId,
    });
    expect((await h.db.selectFrom('cases').select('risk_level').where('id', '=', c.id).executeTakeFirstOrThrow()).risk_level).toBe(
      'medium',
    );
    const last = (await events(c.id)).at(-1)!;
    expect(last).toMatchObject({ kind: 'risk_assessment', summary: 'Victim risk assessment completed: medium (score 13)', body: null });
    expect(await audits(c.id, 'risk_assessment.complete')).toEqual([
      {
        action: 'risk_assessment.complete',
        user_id: officer.userId,
        detail: {
          assessmentId: id,
          kind: 'victim',
          score: 13,
          scoredLevel: 'medium',
          level: 'medium',
          overridden: false,
          supervisorsNotified: 0,
        },
      },
    ]);
    await expect(completeAssessment(h.db, officer, c.id, id, {})).rejects.toThrow('This risk assessment has already been completed');
    await expect(saveSection(h.db, officer, c.id, id, 'impact', answers, { requireAll: false })).rejects.toThrow(
      'This risk assessment has been completed: start a new one to reassess',
    );
  });

  it('changes the level on the officer’s judgement only with a reason, and keeps both levels', async () => {
    const c = await aRiskCase(h.db);
    const { id } = await startAssessment(h.db, officer, c.id, { kind: 'case' });
    const def = CASE_V1;
    for (const s of def.sections) await saveSection(h.db, officer, c.id, id, s.id, answersFor(def, 'lowest'), { requireAll: true });
    await expect(completeAssessment(h.db, officer, c.id, id, { override: { level: 'medium', reason: ' ' } })).rejects.toThrow(
      new RiskRuleError('overrideReason', 'Enter the reason for changing the risk level'),
    );
    expect((await row(id)).status).toBe('in_progress');
    const result = await completeAssessment(h.db, officer, c.id, id, {
      override: { level: 'medium', reason: 'Residents report intimidation not yet recorded' },
    });
    expect(result).toMatchObject({ score: 0, scoredLevel: 'standard', level: 'medium', caseLevel: 'medium' });
    expect(await row(id)).toMatchObject({
      scored_level: 'standard',
      override_level: 'medium',
      override_reason: 'Residents report intimidation not yet recorded',
      level: 'medium',
    });
    expect((await events(c.id)).at(-1)).toMatchObject({
      summary: 'Case risk assessment completed: medium (score 0, changed from standard)',
      body: 'Reason for changing the risk level: Residents report intimidation not yet recorded',
    });
  });
});
