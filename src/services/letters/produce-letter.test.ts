import crypto from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith } from '../../../test/case-builders.js';
import { anIntervention } from '../../../test/powers-builders.js';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { aPerson, anActor, CITY, POLICE } from '../report/test-support.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from '../cases/errors.js';
import { caseLetter, caseLetters, letterChoices } from './case-letters.js';
import { DOCX_TYPE, PDF_TYPE, produceLetter } from './produce-letter.js';

const NOW = new Date('2026-11-21T10:00:00Z');

describe('producing a letter on a case', () => {
  let h: DbHandle;
  let officer: Actor;
  let caseId: string;
  let perpetrator: string;
  let victim: string;
  let cpn: string;

  beforeAll(async () => {
    h = await createTestDb();
    officer = (await anActor(h.db, POLICE, ['officer'])).actor;
    perpetrator = await aPerson(h.db, { forename: 'Sam', surname: 'Ryder', dateOfBirth: '1990-01-01' });
    await h.db.updateTable('people').set({ address: '3 Elm Road, Leicester', postcode: 'LE1 1AA' }).where('id', '=', perpetrator).execute();
    victim = await aPerson(h.db, { forename: 'Vera', surname: 'Victim' });
    ({ id: caseId } = await aCaseWith(h.db, {
      org: POLICE,
      summary: 'Loud music',
      parties: [
        { personId: perpetrator, role: 'perpetrator' },
        { personId: victim, role: 'victim' },
      ],
    }));
    const cpw = await anIntervention(h.db, {
      caseId,
      typeCode: 'cpw',
      personId: perpetrator,
      issuedOn: '2026-10-01',
      complianceDueOn: '2026-10-15',
      conduct: 'Loud music after 11pm',
    });
    cpn = await anIntervention(h.db, {
      caseId,
      typeCode: 'cpn',
      personId: perpetrator,
      issuedOn: '2026-11-01',
      linkedInterventionId: cpw,
      conduct: 'Loud music after 11pm',
      terms: 'Stop playing amplified music after 11pm',
    });
  });
  afterAll(() => h.close());

  it('stores the letter as DOCX and PDF with checksums, an event on the timeline and an audit record', async () => {
    const done = await produceLetter(
      h.db,
      officer,
      caseId,
      { templateCode: 'cpn', personId: perpetrator, interventionId: cpn },
      { now: NOW },
    );
    const docs = await h.db.selectFrom('case_documents').selectAll().where('case_id', '=', caseId).orderBy('content_type').execute();
    expect(docs.map((d) => [d.document_type, d.content_type])).toEqual([
      ['letter', PDF_TYPE],
      ['letter', DOCX_TYPE],
    ]);
    for (const d of docs) {
      expect(d.sha256).toBe(crypto.createHash('sha256').update(d.content!).digest('hex'));
      expect(d.size_bytes).toBe(d.content!.length);
      expect(d.uploaded_by).toBe(officer.userId);
    }
    const docx = docs.find((d) => d.id === done.docxDocumentId)!;
    expect(docx.file_name).toMatch(/^cpn-TC-[0-9A-F]+-2026-11-21\.docx$/);
    const xml = strFromU8(unzipSync(new Uint8Array(docx.content!))['word/document.xml']!);
    expect(xml).toContain('Community Protection Notice');
    expect(xml).toContain('Dear Sam Ryder');
    expect(xml).toContain('Stop playing amplified music after 11pm');
    expect(xml).toContain('the last day to appeal is 21 November 2026');
    expect(xml).toContain('LE1 1AA');
    const pdfBytes = docs.find((d) => d.id === done.pdfDocumentId)!.content!;
    expect(Buffer.from(pdfBytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(new Uint8Array(pdfBytes));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getTitle()).toBe('Community Protection Notice');

    const event = await h.db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('kind', '=', 'letter')
      .executeTakeFirstOrThrow();
    expect(event.summary).toBe('Community Protection Notice produced for Sam Ryder (DOCX and PDF)');
    const audit = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'case.letter.produce').executeTakeFirstOrThrow();
    expect(audit.entity_id).toBe(caseId);
    expect(JSON.stringify(audit.detail)).not.toContain('Ryder');
    const letter = await caseLetter(h.db, officer, caseId, done.letterId);
    expect(letter).toMatchObject({
      templateName: 'Community Protection Notice',
      recipientName: 'Sam Ryder',
      methodText: 'Send by post',
      pdfHref: `/cases/${caseId}/documents/${done.pdfDocumentId}`,
    });
  });

  it('sends a letter to a victim by the method of their contact plan in force', async () => {
    await h.db
      .insertInto('victim_contact_plans')
      .values({
        case_id: caseId,
        person_id: victim,
        method: 'phone',
        frequency_days: 14,
        agreed_on: '2026-10-01',
        created_at: new Date('2026-10-01T09:00:00Z'),
      })
      .execute();
    await h.db
      .insertInto('victim_contact_plans')
      .values({
        case_id: caseId,
        person_id: victim,
        method: 'email',
        frequency_days: 7,
        agreed_on: '2026-11-01',
        created_at: new Date('2026-11-01T09:00:00Z'),
      })
      .execute();
    const done = await produceLetter(
      h.db,
      officer,
      caseId,
      { templateCode: 'case_closure_victim', personId: victim, interventionId: null },
      { now: NOW },
    );
    expect((await h.db.selectFrom('letters').select('method').where('id', '=', done.letterId).executeTakeFirstOrThrow()).method).toBe(
      'email',
    );
    expect((await caseLetter(h.db, officer, caseId, done.letterId))!.methodText).toBe('Send by email, as agreed in their contact plan');
    expect((await caseLetters(h.db, officer, caseId))!.length).toBe(2);
  });

  it('refuses a recipient who is not a party, the wrong kind of party, or a letter missing its intervention', async () => {
    const stranger = await aPerson(h.db, { surname: 'Stranger' });
    await expect(
      produceLetter(h.db, officer, caseId, { templateCode: 'warning_letter', personId: stranger, interventionId: null }),
    ).rejects.toMatchObject({ field: 'personId', message: 'Select who the letter is to' });
    await expect(
      produceLetter(h.db, officer, caseId, { templateCode: 'warning_letter', personId: victim, interventionId: null }),
    ).rejects.toMatchObject({ field: 'personId' });
    const err = await produceLetter(h.db, officer, caseId, { templateCode: 'cpw', personId: perpetrator, interventionId: null }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CaseRuleError);
    expect((err as CaseRuleError).field).toBe('interventionId');
    await expect(
      produceLetter(h.db, officer, caseId, { templateCode: 'no_such', personId: perpetrator, interventionId: null }),
    ).rejects.toMatchObject({ field: 'templateCode' });
  });

  it('treats another organisation’s case as not found, and needs cases:work', async () => {
    const council = (await anActor(h.db, CITY, ['officer'])).actor;
    await expect(
      produceLetter(h.db, council, caseId, { templateCode: 'warning_letter', personId: perpetrator, interventionId: null }),
    ).rejects.toBeInstanceOf(CaseNotFoundError);
    expect(await caseLetters(h.db, council, caseId)).toBeUndefined();
    expect(await letterChoices(h.db, council, caseId)).toBeUndefined();
    const analyst = (await anActor(h.db, POLICE, ['analyst'])).actor;
    await expect(
      produceLetter(h.db, analyst, caseId, { templateCode: 'warning_letter', personId: perpetrator, interventionId: null }),
    ).rejects.toBeInstanceOf(CaseForbiddenError);
  });

  it('offers the templates in use, the parties once each, and the case’s interventions', async () => {
    const choices = (await letterChoices(h.db, officer, caseId))!;
    expect(choices.templates.map((t) => t.code)).toEqual([
      'warning_letter',
      'cpw',
      'cpn',
      'abc',
      'interview_invitation',
      'case_closure_victim',
    ]);
    expect(choices.recipients.map((r) => r.name)).toEqual(['Sam Ryder', 'Vera Victim']);
    expect(choices.interventions.map((i) => i.text)).toEqual([
      'Community Protection Notice, 1 November 2026, Sam Ryder',
      'Community Protection Warning, 1 October 2026, Sam Ryder',
    ]);
  });
});
