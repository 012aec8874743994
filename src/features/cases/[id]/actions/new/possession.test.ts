/**
 * Recording an absolute ground for possession through the form: the date of the trigger event
 * beside the trigger event radios, its GOV.UK errors and the time limit refused with its source
 * (400, everything typed kept), then saved and shown on the intervention's page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../../../test/app.js';
import { aUser } from '../../../../../../test/builders.js';
import { aCaseWith } from '../../../../../../test/case-builders.js';
import { addCalendarDays, addCalendarMonths, formatDate, londonDate } from '../../../../../domain/checks/calendar.js';
import { lastDayOfMonthsBeginningWith } from '../../../../../domain/powers/rule-support.js';
import { aPerson, POLICE } from '../../../../../services/report/test-support.js';

const today = londonDate(new Date());
const dateParts = (prefix: string, ymd: string) => {
  const [y, m, d] = ymd.split('-');
  return { [`${prefix}-day`]: String(Number(d)), [`${prefix}-month`]: String(Number(m)), [`${prefix}-year`]: y! };
};

describe('recording an absolute ground for possession', () => {
  let t: TestApp;
  let officer: Browser;
  let caseId: string;
  let tenant: string;
  const url = () => `/cases/${caseId}/actions/new?type=absolute_possession`;
  const form = () => ({
    subject: tenant,
    conduct: 'Drug dealing from the flat',
    triggerEvent: 'closure_order',
    court: 'county',
    skipReason: 'A closure order has already been made',
    ...dateParts('issuedOn', today),
  });

  beforeAll(async () => {
    t = await createTestApp();
    officer = await signedIn(t.app, await aUser(t.db, { org: POLICE, roles: ['officer'], name: 'Olive Officer' }));
    tenant = await aPerson(t.db, { forename: 'Terry', surname: 'Tenant', dateOfBirth: '1975-05-05' });
    caseId = (await aCaseWith(t.db, { org: POLICE, parties: [{ personId: tenant, role: 'perpetrator' }] })).id;
  });
  afterAll(() => t.close());

  it('shows the date of the trigger event after the trigger event radios, with the time limits as its hint', async () => {
    const res = await officer.get(url());
    expect(res.statusCode).toBe(200);
    expect(res.body.indexOf('name="triggerEvent"')).toBeLessThan(res.body.indexOf('name="triggerEventOn-day"'));
    expect(res.body).toContain('Date of the trigger event');
    expect(res.body).toContain('within 3 months of a closure order, or 12 months of a conviction or finding');
    expect((await officer.get(`/cases/${caseId}/actions/new?type=cpw`)).body).not.toContain('triggerEventOn');
  });

  it('asks for the date of the trigger event: 400, the reason and its source, values kept', async () => {
    const res = await officer.post(url(), form());
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Record absolute ground for possession');
    expect(res.body).toContain('Enter the date of the trigger event');
    expect(res.body).toContain('Why: s.84A Housing Act 1985');
    expect(res.body).toContain('href="#triggerEventOn-day"');
    expect(res.body).toContain('Drug dealing from the flat</textarea>');
    expect(res.body).toMatch(/value="closure_order" checked/);
  });

  it('refuses a date that is not a real date beside the field, keeping what was typed', async () => {
    const res = await officer.post(url(), {
      ...form(),
      'triggerEventOn-day': '31',
      'triggerEventOn-month': '4',
      'triggerEventOn-year': '2026',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Date of the trigger event must be a real date');
    expect(res.body).toContain('govuk-input--error" id="triggerEventOn-day" name="triggerEventOn-day" type="text" value="31"');
  });

  it('refuses a notice given more than 3 months after the closure order, naming the last day and s.83ZA(7)', async () => {
    const orderOn = addCalendarMonths(today, -4);
    const res = await officer.post(url(), { ...form(), ...dateParts('triggerEventOn', orderOn) });
    expect(res.statusCode).toBe(400);
    const lastDay = lastDayOfMonthsBeginningWith(orderOn, 3);
    expect(res.body).toContain(`must be given within 3 months of the closure order: the last day to give it was ${formatDate(lastDay)}`);
    expect(res.body).toContain('Why: s.83ZA(7) Housing Act 1985');
    expect(res.body).toContain('href="#issuedOn-day"');
  });

  it('records it with the date of the trigger event and shows both on its page', async () => {
    const orderOn = addCalendarDays(today, -20);
    const ok = await officer.post(url(), { ...form(), ...dateParts('triggerEventOn', orderOn) });
    expect(ok.statusCode).toBe(303);
    const row = await t.db
      .selectFrom('interventions')
      .select(['id', 'trigger_event', 'trigger_event_on'])
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ trigger_event: 'closure_order', trigger_event_on: orderOn });
    const page = await officer.get(`/cases/${caseId}/actions/${row.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Closure order on the property for more than 48 hours');
    expect(page.body).toContain('Date of the trigger event');
    expect(page.body).toContain(formatDate(orderOn));
  });
});
