import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../../../test/app.js';
import { aUser } from '../../../../../../test/builders.js';
import { VICTIM_QUESTIONNAIRE_V1 as V1 } from '../../../../../domain/risk/default-questionnaires.js';
import { CITY, POLICE } from '../../../../../services/report/test-support.js';
import { answersFor, aRiskCase } from '../../../../../services/risk/test-support.js';

/** The section's answers as form fields. */
const fields = (answers: Record<string, string>, sectionId: string) =>
  Object.fromEntries(V1.sections.find((s) => s.id === sectionId)!.questions.map((q) => [`q-${q.id}`, answers[q.id]!]));

describe('a risk assessment’s pages: task list, sections, check and complete, referral', () => {
  let t: TestApp;
  let officer: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    officer = await signedIn(t.app, await aUser(t.db, { org: POLICE, roles: ['officer'] }));
    const supervisor = await aUser(t.db, { org: POLICE, roles: ['supervisor'] });
    await t.db.updateTable('users').set({ area_code: 'leicester-central' }).where('id', '=', supervisor.id).execute();
  });
  afterAll(() => t.close());

  async function started() {
    const c = await aRiskCase(t.db);
    const res = await officer.post(`/cases/${c.id}/risk`, { kind: 'victim', personId: c.victimId });
    return { c, base: res.headers.location as string };
  }

  async function answerAll(base: string, answers: Record<string, string>) {
    for (const s of V1.sections)
      expect((await officer.post(`${base}/${s.id}`, { ...fields(answers, s.id), action: 'continue' })).statusCode).toBe(303);
  }

  it('shows the GOV.UK task list with each section not yet started, and no way to complete yet', async () => {
    const { base } = await started();
    const res = await officer.get(base);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Victim risk assessment for Vera Victim</h1>');
    expect(res.body).toContain('govuk-task-list');
    for (const s of V1.sections) expect(res.body).toContain(`href="${base}/${s.id}"`);
    expect(res.body.match(/Not yet started/g)).toHaveLength(4);
    expect(res.body).toContain('You have completed 0 of 4 sections.');
    expect(res.body).not.toContain('Check and complete');
  });

  it('shows a section as radios in fieldsets with legends', async () => {
    const { base } = await started();
    const res = await officer.get(`${base}/impact`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">');
    expect(res.body).toContain('How afraid is the victim for their own safety or their family’s?');
    expect(res.body).toContain('name="q-fear" type="radio" value="immediate-danger"');
    expect(res.body).toContain('Save and come back later');
    expect((await officer.get(`${base}/nowhere`)).statusCode).toBe(404);
  });

  it('saves a partial section with "Save and come back later" and shows it as incomplete', async () => {
    const { c, base } = await started();
    const res = await officer.post(`${base}/impact`, { 'q-fear': 'very', action: 'later' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/cases/${c.id}/risk?saved=1`);
    expect((await officer.get(res.headers.location as string)).body).toContain('Your answers have been saved.');
    expect((await officer.get(base)).body).toContain('Incomplete');
    expect((await officer.get(`${base}/impact`)).body).toMatch(/name="q-fear" type="radio" value="very" checked/);
  });

  it('asks for every answer on "Save and continue", with the GOV.UK error summary, and keeps what was chosen', async () => {
    const { base } = await started();
    const res = await officer.post(`${base}/impact`, { 'q-fear': 'very', 'q-moving': 'no', action: 'continue' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Impact on the victim: Victim risk assessment – Concord</title>');
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('href="#q-daily-life"');
    expect(res.body).toContain('Select an answer for “How much is the behaviour affecting the victim’s daily life?”');
    expect(res.body).toContain('Select an answer for “Has the behaviour affected the victim’s physical or mental health, or their sleep?”');
    expect(res.body).toMatch(/name="q-fear" type="radio" value="very" checked/);
    expect(res.body).toMatch(/name="q-moving" type="radio" value="no" checked/);
  });

  it('offers "Check and complete" when every section is done, and completes with the scored level', async () => {
    const { c, base } = await started();
    await answerAll(base, answersFor(V1, 'lowest', { repeat: 'ongoing', 'daily-life': 'a-lot', fear: 'very' }));
    const list = await officer.get(base);
    expect(list.body.match(/>\s*Completed\s*</g)?.length).toBe(4);
    expect(list.body).toContain(`href="${base}/complete"`);
    const check = await officer.get(`${base}/complete`);
    expect(check.statusCode).toBe(200);
    expect(check.body).toContain('A score of 13 is in the medium band (12 to 23)');
    expect(check.body).toContain('Is medium risk the right level?');
    const done = await officer.post(`${base}/complete`, { agree: 'yes' });
    expect(done.statusCode).toBe(303);
    const id = base.split('/').pop();
    expect(done.headers.location).toBe(`/cases/${c.id}/risk?completed=${id}`);
    const tab = await officer.get(done.headers.location as string);
    expect(tab.body).toContain('Victim risk assessment completed: medium risk');
    expect(tab.body).toContain('Medium');
    const result = await officer.get(base);
    expect(result.body).toContain('Record a referral to victim support');
    expect(result.body).toContain('It happens most days or weeks');
    expect((await officer.get(`${base}/impact`)).statusCode).toBe(303);
  });

  it('needs an answer, a level and a reason to change the scored level, keeping what was typed', async () => {
    const { base } = await started();
    await answerAll(base, answersFor(V1, 'lowest'));
    const none = await officer.post(`${base}/complete`, {});
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Select yes if the scored risk level is right');
    const noReason = await officer.post(`${base}/complete`, { agree: 'no', overrideLevel: 'medium', overrideReason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('<title>Error: Check and complete');
    expect(noReason.body).toContain('Enter the reason for changing the risk level');
    expect(noReason.body).toContain('href="#overrideReason"');
    expect(noReason.body).toMatch(/name="overrideLevel" type="radio" value="medium" checked/);
    expect(noReason.body).toMatch(/name="agree" type="radio" value="no" checked/);
    const noLevel = await officer.post(`${base}/complete`, { agree: 'no', overrideReason: 'Known weapon' });
    expect(noLevel.body).toContain('Select the risk level');
    expect(noLevel.body).toContain('Known weapon</textarea>');
    const changed = await officer.post(`${base}/complete`, { agree: 'no', overrideLevel: 'medium', overrideReason: 'Known weapon' });
    expect(changed.statusCode).toBe(303);
    const row = await t.db
      .selectFrom('risk_assessments')
      .select(['level', 'scored_level', 'override_reason'])
      .where('id', '=', base.split('/').pop()!)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ level: 'medium', scored_level: 'standard', override_reason: 'Known weapon' });
  });

  it('after a high victim result, shows the referral prompt, says the supervisor was emailed, and records consent', async () => {
    const { c, base } = await started();
    await answerAll(base, answersFor(V1, 'lowest', { threats: 'kill' }));
    const done = await officer.post(`${base}/complete`, { agree: 'yes' });
    expect(done.headers.location).toBe(`${base}/referral?notified=1`);
    const prompt = await officer.get(done.headers.location as string);
    expect(prompt.statusCode).toBe(200);
    expect(prompt.body).toContain('This victim is high risk: offer a referral to Victim First');
    expect(prompt.body).toContain('Concord has emailed the case’s supervisor about the high risk result.');
    const refused = await officer.post(`${base}/referral`, { notes: 'Call after 6pm' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Select whether the victim agreed to a referral to Victim First');
    expect(refused.body).toContain('Call after 6pm</textarea>');
    const ok = await officer.post(`${base}/referral`, { consent: 'given', notes: 'Call after 6pm' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`/cases/${c.id}/risk?referred=1`);
    const tab = await officer.get(ok.headers.location as string);
    expect(tab.body).toContain('Referral recorded');
    expect(tab.body).toContain('Consent given');
    expect(tab.body).toContain('Call after 6pm');
    const emails = await t.db.selectFrom('emails').select('subject').where('kind', '=', 'high_risk').execute();
    expect(emails.map((e) => e.subject)).toContain(`High risk: case ${c.reference}`);
  });

  it('treats another organisation’s assessment pages as not found', async () => {
    const { base } = await started();
    const council = await signedIn(t.app, await aUser(t.db, { org: CITY, roles: ['officer'] }));
    for (const url of [base, `${base}/impact`, `${base}/complete`, `${base}/referral`])
      expect((await council.get(url)).statusCode).toBe(404);
    expect((await council.post(`${base}/impact`, { 'q-fear': 'very' }, '/')).statusCode).toBe(404);
    expect((await council.post(`${base}/complete`, { agree: 'yes' }, '/')).statusCode).toBe(404);
    expect((await officer.get(`${base}/referral`)).statusCode).toBe(404);
  });
});
