import { unzipSync, strFromU8 } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../../test/app.js';
import { aUser } from '../../../../../test/builders.js';
import { aCaseWith } from '../../../../../test/case-builders.js';
import { anIntervention } from '../../../../../test/powers-builders.js';
import { aPerson, CITY, POLICE } from '../../../../services/report/test-support.js';

describe('producing letters on a case, and editing the templates', () => {
  let t: TestApp;
  let officer: Browser;
  let admin: Browser;
  let caseId: string;
  let perpetrator: string;
  let victim: string;
  let cpw: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await signedIn(t.app, await aUser(t.db, { org: POLICE, roles: ['officer'], name: 'Olu Officer' }));
    admin = await signedIn(t.app, await aUser(t.db, { org: POLICE, roles: ['administrator'] }));
    perpetrator = await aPerson(t.db, { forename: 'Sam', surname: 'Ryder' });
    victim = await aPerson(t.db, { forename: 'Vera', surname: 'Victim' });
    caseId = (
      await aCaseWith(t.db, {
        org: POLICE,
        parties: [
          { personId: perpetrator, role: 'perpetrator' },
          { personId: victim, role: 'victim' },
        ],
      })
    ).id;
    cpw = await anIntervention(t.db, {
      caseId,
      typeCode: 'cpw',
      personId: perpetrator,
      issuedOn: '2026-10-01',
      complianceDueOn: '2026-10-15',
      terms: 'Keep music below nuisance level',
    });
    await t.db
      .insertInto('victim_contact_plans')
      .values({ case_id: caseId, person_id: victim, method: 'email', frequency_days: 7, agreed_on: '2026-10-01' })
      .execute();
  });
  afterAll(() => t.close());

  it('shows the form with the pro formas, the parties and the case’s interventions', async () => {
    const res = await officer.get(`/cases/${caseId}/letters/new`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Community Protection Warning');
    expect(res.body).toContain('Sam Ryder');
    expect(res.body).toContain(`value="${cpw}"`);
  });

  it('asks for the letter and the recipient, keeping what was chosen', async () => {
    const res = await officer.post(`/cases/${caseId}/letters/new`, { personId: perpetrator }, `/cases/${caseId}/letters/new`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Produce a letter');
    expect(res.body).toContain('href="#templateCode"');
    expect(res.body).toMatch(new RegExp(`value="${perpetrator}" checked`));
  });

  it('says which intervention a CPW letter needs', async () => {
    const res = await officer.post(
      `/cases/${caseId}/letters/new`,
      { templateCode: 'cpw', personId: perpetrator },
      `/cases/${caseId}/letters/new`,
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Select the intervention this letter is about');
  });

  it('produces a CPW as DOCX and PDF, shows the confirmation and lists it', async () => {
    const res = await officer.post(
      `/cases/${caseId}/letters/new`,
      { templateCode: 'cpw', personId: perpetrator, interventionId: cpw },
      `/cases/${caseId}/letters/new`,
    );
    expect(res.statusCode).toBe(303);
    const page = await officer.get(res.headers.location as string);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Letter produced');
    expect(page.body).toContain('Send by post');
    const docxHref = /href="([^"]+)" download>Download DOCX/.exec(page.body)![1]!;
    const pdfHref = /href="([^"]+)" download>Download PDF/.exec(page.body)![1]!;
    const docx = await officer.get(docxHref);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml']!)).toContain(
      'You must stop this conduct by 15 October 2026',
    );
    const pdf = await officer.get(pdfHref);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((await PDFDocument.load(new Uint8Array(pdf.rawPayload))).getPageCount()).toBeGreaterThanOrEqual(1);
    const list = await officer.get(`/cases/${caseId}/letters`);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Community Protection Warning');
    const history = await officer.get(`/cases/${caseId}/history`);
    expect(history.body).toContain('Community Protection Warning produced for Sam Ryder (DOCX and PDF)');
  });

  it('sends a victim’s letter the way their contact plan says', async () => {
    const res = await officer.post(
      `/cases/${caseId}/letters/new`,
      { templateCode: 'case_closure_victim', personId: victim },
      `/cases/${caseId}/letters/new`,
    );
    const page = await officer.get(res.headers.location as string);
    expect(page.body).toContain('Send by email, as agreed in their contact plan');
  });

  it('is not found for another organisation, and unknown letters are not found', async () => {
    const council = await signedIn(t.app, await aUser(t.db, { org: CITY, roles: ['officer'] }));
    expect((await council.get(`/cases/${caseId}/letters`)).statusCode).toBe(404);
    expect((await council.get(`/cases/${caseId}/letters/new`)).statusCode).toBe(404);
    expect((await officer.get(`/cases/${caseId}/letters/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
  });

  it('lets an administrator publish a new version, refusing merge fields that do not exist', async () => {
    const form = await admin.get('/admin/letter-templates/warning_letter');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('{{ intervention.appeal_deadline }}');
    const bad = await admin.post('/admin/letter-templates/warning_letter', {
      name: 'Warning letter',
      subject: 'Warning',
      body: 'Dear {{ recipient.nmae }}',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('The template uses a merge field that does not exist: {{ recipient.nmae }}');
    expect(bad.body).toContain('Dear {{ recipient.nmae }}');
    const good = await admin.post('/admin/letter-templates/warning_letter', {
      name: 'Warning letter',
      subject: 'Warning ({{ case.reference }})',
      body: 'Dear {{ recipient.name }}\n\nPlease stop.',
    });
    expect(good.statusCode).toBe(303);
    const list = await admin.get(good.headers.location as string);
    expect(list.body).toContain('Warning letter version 2 published');
    expect((await officer.get('/admin/letter-templates')).statusCode).toBe(403);
    expect((await admin.get('/admin/letter-templates/nope')).statusCode).toBe(404);
  });
});
