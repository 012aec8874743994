import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../../test/app.js';
import { aUser } from '../../../../../test/builders.js';
import { aCaseWith } from '../../../../../test/case-builders.js';
import { addCalendarDays, formatDate, londonDate } from '../../../../domain/checks/calendar.js';
import { aPerson, POLICE } from '../../../../services/report/test-support.js';

describe('the Contact tab, the contact plan and the contact log', () => {
  let t: TestApp;
  let officer: Browser;
  let analystCaseId: string;
  let caseId: string;
  let victimId: string;
  let witnessId: string;
  const today = londonDate(new Date());
  const [ty, tm, td] = today.split('-');

  beforeAll(async () => {
    t = await createTestApp();
    officer = await signedIn(t.app, await aUser(t.db, { org: POLICE, roles: ['officer'], name: 'Olu Officer' }));
    victimId = await aPerson(t.db, { forename: 'Jo', surname: 'Victim' });
    witnessId = await aPerson(t.db, { forename: 'Wyn', surname: 'Witness' });
    caseId = (
      await aCaseWith(t.db, {
        org: POLICE,
        openedAt: new Date(Date.now() - 20 * 86_400_000),
        parties: [
          { personId: victimId, role: 'victim' },
          { personId: witnessId, role: 'witness' },
        ],
      })
    ).id;
    analystCaseId = (await aCaseWith(t.db, { org: POLICE })).id;
  });
  afterAll(() => t.close());

  it('warns that no contact plan is agreed and shows the contact overdue under the default interval', async () => {
    const res = await officer.get(`/cases/${caseId}/contact`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Jo Victim');
    expect(res.body).not.toContain('Wyn Witness');
    expect(res.body).toContain('No contact plan agreed');
    expect(res.body).toContain('Not done');
    expect(res.body).toContain(`href="/cases/${caseId}/contact/${victimId}/plan"`);
    expect(res.body).toContain(`href="/cases/${caseId}/contact/${victimId}/log"`);
  });

  it('needs the named person’s name for contact through a named person, keeping what was typed', async () => {
    const url = `/cases/${caseId}/contact/${victimId}/plan`;
    const res = await officer.post(url, {
      method: 'via_named_person',
      viaName: '',
      frequencyDays: '400',
      timesToAvoid: 'Evenings',
      'agreedOn-day': td!,
      'agreedOn-month': tm!,
      'agreedOn-year': ty!,
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Agree a contact plan');
    expect(res.body).toContain('Enter the name of the person to contact them through');
    expect(res.body).toContain('How often must be 365 days or fewer');
    expect(res.body).toContain('value="400"');
    expect(res.body).toContain('Evenings</textarea>');
    expect(res.body).toMatch(/value="via_named_person" checked/);
  });

  it('refuses a plan agreed in the future', async () => {
    const [y, m, d] = addCalendarDays(today, 1).split('-');
    const res = await officer.post(`/cases/${caseId}/contact/${victimId}/plan`, {
      method: 'phone',
      frequencyDays: '7',
      'agreedOn-day': d!,
      'agreedOn-month': m!,
      'agreedOn-year': y!,
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Date the plan was agreed must be today or in the past');
    expect(res.body).toContain('href="#agreedOn-day"');
  });

  it('saves a plan, shows it in force and the next contact due from it', async () => {
    const res = await officer.post(`/cases/${caseId}/contact/${victimId}/plan`, {
      method: 'via_named_person',
      viaName: 'Pat Carer',
      frequencyDays: '7',
      timesToAvoid: 'Not before 10am',
      'agreedOn-day': td!,
      'agreedOn-month': tm!,
      'agreedOn-year': ty!,
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/cases/${caseId}/contact?done=plan`);
    const page = await officer.get(res.headers.location as string);
    expect(page.body).toContain('Contact plan saved');
    expect(page.body).toContain('Through a named person: Pat Carer');
    expect(page.body).toContain('Every 7 days');
    expect(page.body).not.toContain('No contact plan agreed');
    expect(page.body).toContain(`Next contact due by <strong>${formatDate(addCalendarDays(today, 7))}</strong>`);
    const change = await officer.get(`/cases/${caseId}/contact/${victimId}/plan`);
    expect(change.body).toContain('Change the contact plan');
    expect(change.body).toContain('value="Pat Carer"');
  });

  it('shows every problem with a contact, keeping what was typed', async () => {
    const res = await officer.post(`/cases/${caseId}/contact/${victimId}/log`, {
      'contactedAt-day': td!,
      'contactedAt-month': tm!,
      'contactedAt-year': ty!,
      'contactedAt-time': '',
      method: 'phone',
      summary: 'x'.repeat(501),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Log a contact');
    expect(res.body).toContain('Enter the time of the contact');
    expect(res.body).toContain('Select whether contact was made');
    expect(res.body).toContain('Summary must be 500 characters or fewer');
    expect(res.body).toMatch(/value="phone" checked/);
  });

  it('logs a contact and lists it; the next contact is then due from it', async () => {
    const form = await officer.get(`/cases/${caseId}/contact/${victimId}/log`);
    expect(form.body).toMatch(/value="via_named_person" checked/); // the plan's method, to start with
    const yesterday = addCalendarDays(today, -1);
    const [yy, ym, yd] = yesterday.split('-');
    const res = await officer.post(`/cases/${caseId}/contact/${victimId}/log`, {
      'contactedAt-day': yd!,
      'contactedAt-month': ym!,
      'contactedAt-year': yy!,
      'contactedAt-time': '12:00',
      method: 'phone',
      outcome: 'made',
      summary: 'Told them about the warning letter',
    });
    expect(res.statusCode).toBe(303);
    const page = await officer.get(res.headers.location as string);
    expect(page.body).toContain('Contact logged');
    expect(page.body).toContain('Told them about the warning letter');
    expect(page.body).toContain('Contact made');
    expect(page.body).toContain('Olu Officer');
    expect(page.body).toContain(`Last contact made on ${formatDate(yesterday)}`);
  });

  it('answers not found for a person who is not a victim on the case', async () => {
    expect((await officer.get(`/cases/${caseId}/contact/${witnessId}/plan`)).statusCode).toBe(404);
    expect((await officer.get(`/cases/${analystCaseId}/contact/${victimId}/log`)).statusCode).toBe(404);
    expect((await officer.get(`/cases/${caseId}/contact/not-a-person/log`)).statusCode).toBe(404);
    const res = await officer.post(
      `/cases/${caseId}/contact/${witnessId}/log`,
      {
        'contactedAt-day': td!,
        'contactedAt-month': tm!,
        'contactedAt-year': ty!,
        'contactedAt-time': '',
        method: 'phone',
        outcome: 'made',
        summary: 's',
      },
      `/cases/${caseId}/contact`,
    );
    expect(res.statusCode).toBe(404);
  });
});
