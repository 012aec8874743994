import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../../test/app.js';
import { aUser } from '../../../../../test/builders.js';
import { aCaseWith } from '../../../../../test/case-builders.js';
import { addCalendarDays, formatDate, londonDate } from '../../../../domain/checks/calendar.js';
import { aPerson, CITY, POLICE } from '../../../../services/report/test-support.js';

const today = londonDate(new Date());
const dateParts = (prefix: string, ymd: string) => {
  const [y, m, d] = ymd.split('-');
  return { [`${prefix}-day`]: String(Number(d)), [`${prefix}-month`]: String(Number(m)), [`${prefix}-year`]: y! };
};

describe('the Actions tab and recording an action', () => {
  let t: TestApp;
  let officer: Browser;
  let caseId: string;
  let adult: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await signedIn(t.app, await aUser(t.db, { org: POLICE, roles: ['officer'], name: 'Olive Officer' }));
    adult = await aPerson(t.db, { forename: 'Gary', surname: 'Loudley', dateOfBirth: '1980-04-02' });
    const child = await aPerson(t.db, { forename: 'Kyle', surname: 'Younger', dateOfBirth: addCalendarDays(today, -15 * 366) });
    caseId = (
      await aCaseWith(t.db, {
        org: POLICE,
        parties: [
          { personId: adult, role: 'perpetrator' },
          { personId: child, role: 'perpetrator' },
        ],
      })
    ).id;
  });
  afterAll(() => t.close());

  it('shows the ladder per perpetrator with the suggested next step, child-centred prompts, and audits the view', async () => {
    const res = await officer.get(`/cases/${caseId}/actions`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Ladder for Gary Loudley');
    expect(res.body).toContain('Suggested next step:</strong> Step 1');
    expect(res.body).toContain(`href="/cases/${caseId}/actions/new?type=advice&amp;person=${adult}"`);
    expect(res.body).toContain('Under 18: children first');
    expect(res.body).toContain('Add a parent or guardian to the case');
    expect(res.body).toContain('No actions have been recorded against people on this case.');
    const audit = await t.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'case.view')
      .where('entity_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(audit.detail).toEqual({ page: 'actions' });
  });

  it('offers the types grouped by step, then the form with only the fields the type needs', async () => {
    const choose = await officer.get(`/cases/${caseId}/actions/new`);
    expect(choose.statusCode).toBe(200);
    expect(choose.body).toContain('Community Protection Warning');
    expect(choose.body).toContain('Premises and area measures');
    const cpn = await officer.get(`/cases/${caseId}/actions/new?type=cpn`);
    expect(cpn.statusCode).toBe(200);
    expect(cpn.body).toContain('name="linkedInterventionId"');
    expect(cpn.body).not.toContain('name="hearingAt-day"');
    const closure = await officer.get(`/cases/${caseId}/actions/new?type=closure_notice`);
    expect(closure.body).toContain('name="hearingAt-time"');
    expect(closure.body).toContain('Address of the premises');
    expect((await officer.get(`/cases/${caseId}/actions/new?type=nonsense`)).statusCode).toBe(400);
    const none = await officer.get(`/cases/${caseId}/actions/new?choose=1`);
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Select the type of action');
    expect(none.body).toContain('href="#type-1"');
  });

  it('refuses a Community Protection Notice without a Warning: 400, the reason and its source, values kept', async () => {
    const res = await officer.post(`/cases/${caseId}/actions/new?type=cpn`, {
      subject: adult,
      conduct: 'Music at 3am nightly',
      ...dateParts('issuedOn', today),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Record Community Protection Notice');
    expect(res.body).toContain('needs an earlier written Community Protection Warning');
    expect(res.body).toContain('Why: s.43(5)');
    expect(res.body).toContain('href="#linkedInterventionId"');
    expect(res.body).toContain('Music at 3am nightly</textarea>');
    expect(res.body).toMatch(new RegExp(`value="${adult}" checked`));
  });

  it('shows the form’s own errors beside the fields', async () => {
    const res = await officer.post(`/cases/${caseId}/actions/new?type=cpw`, {
      conduct: '',
      'issuedOn-day': '31',
      'issuedOn-month': '2',
      'issuedOn-year': '2026',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Select who it is against');
    expect(res.body).toContain('Enter the conduct it addresses');
    expect(res.body).toContain('must be a real date');
  });

  it('records a Warning with the skip reason, then the Notice, and shows its appeal deadline', async () => {
    const warning = {
      subject: adult,
      conduct: 'Music at 3am nightly',
      authorisedInWriting: 'yes',
      ...dateParts('issuedOn', addCalendarDays(today, -30)),
      ...dateParts('complianceDueOn', addCalendarDays(today, -10)),
    };
    const refused = await officer.post(`/cases/${caseId}/actions/new?type=cpw`, warning);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('href="#skipReason"');
    const ok = await officer.post(`/cases/${caseId}/actions/new?type=cpw`, { ...warning, skipReason: 'Threats: letters would not work' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`/cases/${caseId}/actions?done=recorded`);
    const cpw = await t.db
      .selectFrom('interventions')
      .select('id')
      .where('case_id', '=', caseId)
      .where('type_code', '=', 'cpw')
      .executeTakeFirstOrThrow();
    const form = await officer.get(`/cases/${caseId}/actions/new?type=cpn`);
    expect(form.body).toContain(`<option value="${cpw.id}">Community Protection Warning: Gary Loudley`);
    const notice = await officer.post(`/cases/${caseId}/actions/new?type=cpn`, {
      subject: adult,
      conduct: 'Music at 3am nightly',
      linkedInterventionId: cpw.id,
      ...dateParts('issuedOn', today),
    });
    expect(notice.statusCode).toBe(303);
    const tab = await officer.get(notice.headers.location as string);
    expect(tab.body).toContain('Action recorded');
    expect(tab.body).toContain(`Last day to appeal to the magistrates&#39; court: ${formatDate(addCalendarDays(today, 20))}`);
    const cpn = await t.db
      .selectFrom('interventions')
      .select('id')
      .where('case_id', '=', caseId)
      .where('type_code', '=', 'cpn')
      .executeTakeFirstOrThrow();
    const details = await officer.get(`/cases/${caseId}/actions/${cpn.id}`);
    expect(details.statusCode).toBe(200);
    expect(details.body).toContain('Last day to appeal to the magistrates&#39; court');
    expect(details.body).toContain(formatDate(addCalendarDays(today, 20)));
  });

  it('records a breach and the outcome on the intervention’s page', async () => {
    const cpn = await t.db
      .selectFrom('interventions')
      .select('id')
      .where('case_id', '=', caseId)
      .where('type_code', '=', 'cpn')
      .executeTakeFirstOrThrow();
    const page = `/cases/${caseId}/actions/${cpn.id}`;
    const bad = await officer.post(`${page}/breach`, { details: 'Music again', 'breachedOn-day': '' }, page);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter the date of the breach');
    expect(bad.body).toContain('Music again</textarea>');
    expect(
      (
        await officer.post(
          `${page}/breach`,
          { details: 'Music again at 2am', actionTaken: 'Fixed penalty', ...dateParts('breachedOn', today) },
          page,
        )
      ).statusCode,
    ).toBe(303);
    expect(
      (await officer.post(`${page}/outcome`, { outcome: 'breached', outcomeNotes: 'Breached', ...dateParts('outcomeOn', today) }, page))
        .statusCode,
    ).toBe(303);
    const after = await officer.get(`${page}?done=outcome`);
    expect(after.body).toContain('Music again at 2am');
    expect(after.body).toContain('Outcome recorded');
    expect(after.body).toContain('govuk-tag--red');
  });

  it('shows every refusal of an under-18 injunction with its source beside the field it concerns', async () => {
    const child = (await t.db.selectFrom('people').select('id').where('surname', '=', 'Younger').executeTakeFirstOrThrow()).id;
    const res = await officer.post(`/cases/${caseId}/actions/new?type=civil_injunction`, {
      subject: child,
      conduct: 'Threats to neighbours',
      skipReason: 'Serious threats',
      ...dateParts('issuedOn', today),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter the date the youth justice service was consulted');
    expect(res.body).toContain('must be made in the youth court');
    expect(res.body).toContain('must have a fixed end date');
    expect(res.body).toContain('Why: s.14');
    expect(res.body).toContain('href="#youthJusticeConsultedOn-day"');
    expect(res.body).toContain('href="#court"');
  });

  it('reads times where hours count: a closure notice by a sergeant with a late hearing is refused, by an inspector recorded', async () => {
    const at = (hours: number) => {
      const d = new Date(Date.now() + hours * 3_600_000);
      const parts = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/London',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).formatToParts(d);
      const get = (k: string) => parts.find((p) => p.type === k)!.value;
      return { day: get('day'), month: get('month'), year: get('year'), time: `${get('hour')}:${get('minute')}` };
    };
    const dt = (prefix: string, hours: number) => {
      const v = at(hours);
      return { [`${prefix}-day`]: v.day, [`${prefix}-month`]: v.month, [`${prefix}-year`]: v.year, [`${prefix}-time`]: v.time };
    };
    const form = {
      subjectText: '12 Mill Lane, Leicester',
      conduct: 'Drug dealing and disorder',
      grounds: 'Repeated disorder',
      authorisedInWriting: 'yes',
      ...dateParts('issuedOn', londonDate(new Date(Date.now() - 2 * 3_600_000))),
      ...dt('servedAt', -2),
      ...dt('endsAt', 20),
    };
    const refused = await officer.post(`/cases/${caseId}/actions/new?type=closure_notice`, {
      ...form,
      authorisedByRank: 'sergeant',
      ...dt('hearingAt', 60),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('A closure notice can only be issued by a police officer of at least the rank of inspector');
    expect(refused.body).toContain('The closure order hearing must be within 48 hours of the closure notice being served');
    expect(refused.body).toContain('href="#hearingAt-day"');
    expect(refused.body).toContain('value="12 Mill Lane, Leicester"');
    const ok = await officer.post(`/cases/${caseId}/actions/new?type=closure_notice`, {
      ...form,
      authorisedByRank: 'inspector',
      ...dt('hearingAt', 30),
    });
    expect(ok.statusCode).toBe(303);
    const tab = await officer.get(`/cases/${caseId}/actions`);
    expect(tab.body).toContain('Premises, areas and organisations');
    expect(tab.body).toContain('Latest time the closure notice can end');
  });

  it('answers not found for another organisation’s case, on every page', async () => {
    const council = await signedIn(t.app, await aUser(t.db, { org: CITY, roles: ['officer'] }));
    const cpn = await t.db
      .selectFrom('interventions')
      .select('id')
      .where('case_id', '=', caseId)
      .where('type_code', '=', 'cpn')
      .executeTakeFirstOrThrow();
    expect((await council.get(`/cases/${caseId}/actions`)).statusCode).toBe(404);
    expect((await council.get(`/cases/${caseId}/actions/new?type=cpn`)).statusCode).toBe(404);
    expect((await council.get(`/cases/${caseId}/actions/${cpn.id}`)).statusCode).toBe(404);
    const own = (await aCaseWith(t.db, { org: CITY })).id;
    expect((await council.get(`/cases/${own}/actions/${cpn.id}`)).statusCode).toBe(404);
  });
});
