import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../test/app.js';
import { aUser, type TestUser } from '../../../../test/builders.js';

describe('the rule settings pages', () => {
  let t: TestApp;
  let admin: TestUser;
  let b: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await aUser(t.db, { roles: ['administrator'], name: 'Ada Admin' });
    b = await signedIn(t.app, admin);
  });
  afterAll(() => t.close());

  const POWERS = {
    'cbo-adultMinYears': '2',
    'cbo-youthMinYears': '1',
    'cbo-youthMaxYears': '3',
    possessionNoticeMonths: '12',
    pspoMinAge: '',
  };

  it('are linked from the administration index', async () => {
    expect((await b.get('/admin')).body).toContain('href="/admin/rule-settings"');
  });

  it('list every group with its values in force and a link to change each', async () => {
    const res = await b.get('/admin/rule-settings');
    expect(res.statusCode).toBe(200);
    for (const title of ['Point-of-report checks', 'Case management', 'Tools and powers']) expect(res.body).toContain(title);
    for (const key of ['checks', 'case_management', 'powers']) expect(res.body).toContain(`href="/admin/rule-settings/${key}"`);
    expect(res.body).toContain('Supervisory review interval');
    expect(res.body).toContain('28 days');
    expect(res.body).toContain('Never changed');
  });

  it('fill the form with the values in force', async () => {
    const res = await b.get('/admin/rule-settings/powers');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Change the tools and powers settings');
    expect(res.body).toMatch(/id="cbo-adultMinYears" name="cbo-adultMinYears" type="text" spellcheck="false" value="2"/);
    expect(res.body).toContain('These settings have never been changed');
  });

  it('re-show the form with errors by the fields and everything typed kept', async () => {
    const res = await b.post('/admin/rule-settings/powers', {
      ...POWERS,
      'cbo-adultMinYears': 'two',
      possessionNoticeMonths: '30',
      pspoMinAge: '15',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Change the tools and powers settings');
    expect(res.body).toContain('There is a problem');
    expect(res.body).toContain('href="#cbo-adultMinYears"');
    expect(res.body).toContain('The minimum length of an adult Criminal Behaviour Order must be a whole number of years');
    expect(res.body).toContain('The time to give a possession notice after the trigger event must be at most 24 months');
    expect(res.body).toContain('value="two"');
    expect(res.body).toContain('value="30"');
    expect(res.body).toContain('value="15"');
    expect(await t.db.selectFrom('rule_settings').select('id').where('key', '=', 'powers').execute()).toHaveLength(0);
  });

  it('store a valid change and go back to the list with a success banner, the value, the default and who changed it', async () => {
    const res = await b.post('/admin/rule-settings/powers', { ...POWERS, pspoMinAge: '16' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/rule-settings?saved=powers');
    const page = await b.get(res.headers.location as string);
    expect(page.body).toContain('Tools and powers settings saved');
    expect(page.body).toContain('16 years');
    expect(page.body).toContain('Default: No minimum age');
    expect(page.body).toContain('by Ada Admin');
    const stored = await t.db.selectFrom('rule_settings').selectAll().where('key', '=', 'powers').execute();
    expect(stored.map((r) => [r.value, r.changed_by])).toEqual([[{ pspoMinAge: 16 }, admin.id]]);
    const history = await b.get('/admin/rule-settings/powers');
    expect(history.body).toContain('Minimum age for a Public Spaces Protection Order fixed penalty: No minimum age to 16 years');
  });

  it('say when nothing changed', async () => {
    const res = await b.post('/admin/rule-settings/powers', { ...POWERS, pspoMinAge: '16' });
    expect((await b.get(res.headers.location as string)).body).toContain('No changes were made');
  });

  it('keep ticked checkboxes and radios on an error', async () => {
    const res = await b.post('/admin/rule-settings/checks', {
      'repeatVictim-windowMonths': '',
      'repeatVictim-minIncidents': '2',
      'repeatVictim-roles': 'witness',
      'repeatLocation-minIncidents': '3',
      'repeatLocation-radiusMetres': '100',
      'repeatLocation-windowDays': '90',
      'repeatLocation-sameLsoa': 'no',
      'caseReview-windowMonths': '6',
      'caseReview-minIncidents': '3',
      'caseReview-reportedWithinMonths': '1',
      'caseReview-hateIncidentAlone': 'yes',
      'caseReview-duplicateWithinHours': '24',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter the repeat victim look-back');
    expect(res.body).toMatch(/name="repeatVictim-roles" type="checkbox" value="witness" checked/);
    expect(res.body).toMatch(/name="repeatLocation-sameLsoa" type="radio" value="no" checked/);
  });

  it('show the not-found page for an unknown group', async () => {
    expect((await b.get('/admin/rule-settings/nonsense')).statusCode).toBe(404);
  });

  it('refuse a user who is not an administrator, on both pages and the form', async () => {
    const other = await signedIn(t.app, await aUser(t.db, { roles: ['supervisor', 'asb_coordinator', 'analyst'] }));
    for (const url of ['/admin/rule-settings', '/admin/rule-settings/powers']) {
      const res = await other.get(url);
      expect([url, res.statusCode]).toEqual([url, 403]);
      expect(res.body).toContain('You do not have permission to see this page');
    }
    const post = await other.post('/admin/rule-settings/powers', { ...POWERS, pspoMinAge: '10' }, '/');
    expect(post.statusCode).toBe(403);
    expect(await t.db.selectFrom('rule_settings').select('id').where('key', '=', 'powers').execute()).toHaveLength(1);
  });
});
