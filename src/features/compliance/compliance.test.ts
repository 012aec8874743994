import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type TestApp } from '../../../test/app.js';
import { aUser, orgId, type TestUser } from '../../../test/builders.js';
import { aCaseWith } from '../../../test/case-builders.js';
import { aPerson } from '../../services/report/test-support.js';

const ago = (days: number) => new Date(Date.now() - days * 86_400_000);

describe('the compliance page (GET /compliance, /compliance.csv, POST /compliance/send-weekly)', () => {
  let t: TestApp;
  let supervisor: TestUser;
  let coordinator: TestUser;
  let analyst: TestUser;
  let late: { id: string; reference: string };
  let fresh: { id: string; reference: string };
  let cityId: string;
  beforeAll(async () => {
    t = await createTestApp();
    supervisor = await aUser(t.db, { roles: ['supervisor'] });
    coordinator = await aUser(t.db, { roles: ['asb_coordinator'] });
    analyst = await aUser(t.db, { roles: ['analyst'], org: 'Leicester City Council' });
    cityId = await orgId(t.db, 'Leicester City Council');
    const victim = await aPerson(t.db, { surname: 'Abberley' });
    const officer = await aUser(t.db, { roles: ['officer'], name: 'Olwen Officer' });
    late = await aCaseWith(t.db, {
      openedAt: ago(40),
      officerId: officer.id,
      npaCode: 'charnwood',
      parties: [{ personId: victim, role: 'victim' }],
    });
    fresh = await aCaseWith(t.db, { openedAt: ago(1) });
  });
  afterAll(() => t.close());

  it('shows a supervisor their organisation’s three figures with the cases behind them, linked', async () => {
    const res = await (await signedIn(t.app, supervisor)).get('/compliance');
    expect(res.statusCode).toBe(200);
    for (const text of [
      'Case compliance',
      'Risk assessments done and in date',
      '1 of 2 open cases',
      'Supervisory reviews in date',
      'Victim contact on time',
      '0 of 1 victims',
      `href="/cases/${late.id}"`,
      'Olwen Officer',
      'Victim 1',
      'Overdue',
      'Missing',
    ]) {
      expect(res.body).toContain(text);
    }
    expect(res.body).toMatch(/id="figure-reviews">50%</);
    expect(res.body).not.toContain(fresh.reference);
    expect(res.body).not.toContain('id="organisationId"');
    expect(res.body).not.toContain('Send the weekly lists now');
  });

  it('refuses a supervisor another organisation’s figures, and a role without compliance access', async () => {
    expect((await (await signedIn(t.app, supervisor)).get(`/compliance?organisationId=${cityId}`)).statusCode).toBe(403);
    expect((await (await signedIn(t.app, supervisor)).get(`/compliance.csv?organisationId=${cityId}`)).statusCode).toBe(403);
    const officer = await aUser(t.db, { roles: ['officer'] });
    expect((await (await signedIn(t.app, officer)).get('/compliance')).statusCode).toBe(403);
    expect((await (await signedIn(t.app, officer)).get('/compliance.csv')).statusCode).toBe(403);
  });

  it('shows an analyst of another organisation the figures with references and lead organisation only', async () => {
    const police = await orgId(t.db, 'Leicestershire Police');
    const res = await (await signedIn(t.app, analyst)).get(`/compliance?organisationId=${police}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(late.reference);
    expect(res.body).not.toContain(`href="/cases/${late.id}"`);
    expect(res.body).not.toContain('Olwen Officer');
    expect(res.body).toContain('id="organisationId"');
  });

  it('shows "No cases" where there is nothing to count', async () => {
    const res = await (await signedIn(t.app, supervisor)).get('/compliance?npaCode=melton-rutland');
    expect(res.body).toMatch(/id="figure-risk-assessments">No cases</);
    expect(res.body).toMatch(/id="figure-contacts">No victims</);
  });

  it('downloads every item as CSV, audited', async () => {
    const res = await (await signedIn(t.app, supervisor)).get('/compliance.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="compliance-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = parse(res.body, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([
      'NPA',
      'District',
      'Organisation',
      'Case reference',
      'Measure',
      'Subject',
      'State',
      'Due date',
      'Met',
      'Detail',
    ]);
    expect(rows).toHaveLength(5);
    expect(rows).toContainEqual(
      expect.objectContaining({
        NPA: 'Charnwood',
        Organisation: 'Leicestershire Police',
        'Case reference': late.reference,
        Measure: 'Victim contact',
        Subject: 'Victim 1',
        State: 'Missing',
        Met: 'No',
      }),
    );
    expect(
      rows
        .filter((r) => r.Measure === 'Risk assessments')
        .map((r) => r.Met)
        .sort(),
    ).toEqual(['No', 'Yes']);
    expect(res.body).not.toContain('Abberley');
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'compliance.export')
      .where('user_id', '=', supervisor.id)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('lets an ASB coordinator send the weekly lists now, into the outbox, with a banner', async () => {
    const lead = await aUser(t.db, { roles: ['supervisor'] });
    const b = await signedIn(t.app, coordinator);
    expect((await b.get('/compliance')).body).toContain('Send the weekly lists now');
    const res = await b.post('/compliance/send-weekly', { returnTo: '/compliance' }, '/compliance');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/compliance?sent=2');
    expect((await b.get(res.headers.location as string)).body).toContain('Weekly lists sent: 2 emails');
    const email = await t.db.selectFrom('emails').selectAll().where('to_address', '=', lead.email).executeTakeFirstOrThrow();
    expect(email.status).toBe('outbox');
    expect(email.body_text).toContain(`${late.reference}: Victim 1 contact`);
  });

  it('refuses the send to a supervisor', async () => {
    const b = await signedIn(t.app, supervisor);
    expect((await b.post('/compliance/send-weekly', {}, '/compliance')).statusCode).toBe(403);
  });
});
