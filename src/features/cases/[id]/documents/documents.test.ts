import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../../test/app.js';
import { aUser } from '../../../../../test/builders.js';
import { aCaseWith } from '../../../../../test/case-builders.js';
import { CITY, POLICE } from '../../../../services/report/test-support.js';

const BOUNDARY = '----concordCaseDocument7MA4YWxkTrZu0gW';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** A multipart/form-data body as a browser sends the upload form: the type, then the file. */
function multipart(fields: Record<string, string>, file?: { filename: string; content: Buffer; type?: string }) {
  const parts = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  if (file) {
    parts.push(
      Buffer.concat([
        Buffer.from(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
        ),
        file.content,
        Buffer.from('\r\n'),
      ]),
    );
  }
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${BOUNDARY}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
  };
}

describe('the Documents tab: notes, uploads and downloads', () => {
  let t: TestApp;
  let officer: Browser;
  let caseId: string;

  const upload = async (b: Browser, fields: Record<string, string>, file?: Parameters<typeof multipart>[1], withToken = true) => {
    const page = await b.get(`/cases/${caseId}/documents`);
    const action = /action="(\/cases\/[^"]+\/documents\?_csrf=[^"]+)"/.exec(page.body)?.[1]?.replace(/&amp;/g, '&');
    if (!action) throw new Error('No upload form on the page');
    const body = multipart(fields, file);
    return t.app.inject({
      method: 'POST',
      url: withToken ? action : `/cases/${caseId}/documents`,
      payload: body.payload,
      headers: { cookie: b.cookie, 'content-type': body.contentType },
    });
  };

  beforeAll(async () => {
    t = await createTestApp({ DOCUMENT_MAX_BYTES: '2048' });
    officer = await signedIn(t.app, await aUser(t.db, { org: POLICE, roles: ['officer'], name: 'Olu Officer' }));
    caseId = (await aCaseWith(t.db, { org: POLICE })).id;
  });
  afterAll(() => t.close());

  it('shows the note form and the upload form, posting multipart with the CSRF token in the address', async () => {
    const res = await officer.get(`/cases/${caseId}/documents`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('No notes have been added.');
    expect(res.body).toContain('No documents have been uploaded.');
    expect(res.body).toContain('enctype="multipart/form-data"');
    expect(res.body).toContain('PDF, DOCX, DOC, ODT, TXT, JPG or PNG, smaller than 2 KB');
    expect(res.body).toContain('accept=".pdf,.docx,.doc,.odt,.txt,.jpg,.jpeg,.png"');
  });

  it('adds a note, and asks for the note when it is blank', async () => {
    const blank = await officer.post(`/cases/${caseId}/documents/notes`, { text: '   ' }, `/cases/${caseId}/documents`);
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('<title>Error: Notes and documents');
    expect(blank.body).toContain('href="#text"');
    const res = await officer.post(
      `/cases/${caseId}/documents/notes`,
      { text: 'Met the <b>housing</b> officer.\nJoint visit agreed.' },
      `/cases/${caseId}/documents`,
    );
    expect(res.statusCode).toBe(303);
    const page = await officer.get(res.headers.location as string);
    expect(page.body).toContain('Note added');
    expect(page.body).toContain('Met the &lt;b&gt;housing&lt;/b&gt; officer.<br>Joint visit agreed.');
    expect(page.body).toContain('Olu Officer (Leicestershire Police)');
  });

  it('refuses an upload without the CSRF token', async () => {
    const res = await upload(officer, { documentType: 'photo' }, { filename: 'door.png', content: PNG }, false);
    expect(res.statusCode).toBe(403);
  });

  it('asks for a type and a file, keeping the type chosen', async () => {
    const noFile = await upload(officer, { documentType: 'letter' });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.body).toContain('<title>Error: Notes and documents');
    expect(noFile.body).toContain('Select a file');
    expect(noFile.body).toMatch(/<option value="letter" selected>/);
    const noType = await upload(officer, { documentType: '' }, { filename: 'door.png', content: PNG });
    expect(noType.statusCode).toBe(400);
    expect(noType.body).toContain('Select the type of document');
  });

  it('refuses a file too big, a type not allowed and a file disguised by its name', async () => {
    const big = await upload(officer, { documentType: 'report' }, { filename: 'big.txt', content: Buffer.alloc(4096, 0x41) });
    expect(big.statusCode).toBe(400);
    expect(big.body).toContain('The selected file must be smaller than 2 KB');
    const exe = await upload(officer, { documentType: 'other' }, { filename: 'tool.exe', content: Buffer.from('MZ') });
    expect(exe.statusCode).toBe(400);
    expect(exe.body).toContain('The selected file must be a PDF, DOCX, DOC, ODT, TXT, JPG or PNG');
    const fake = await upload(
      officer,
      { documentType: 'other' },
      { filename: 'page.pdf', content: Buffer.from('<html>'), type: 'application/pdf' },
    );
    expect(fake.statusCode).toBe(400);
    expect(fake.body).toContain('The selected file is not a real PDF file');
    expect(await t.db.selectFrom('case_documents').select('id').execute()).toHaveLength(0);
  });

  it('uploads a document, lists it with its checksum, and downloads it as an attachment, audited', async () => {
    const res = await upload(officer, { documentType: 'photo' }, { filename: 'front door.png', content: PNG, type: 'text/html' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/cases/${caseId}/documents?done=uploaded`);
    const sha = crypto.createHash('sha256').update(PNG).digest('hex');
    const page = await officer.get(res.headers.location as string);
    expect(page.body).toContain('Document uploaded');
    expect(page.body).toContain('Photograph');
    expect(page.body).toContain('front door.png');
    expect(page.body).toContain('12 bytes');
    expect(page.body).toContain(`${sha.slice(0, 12)}…`);
    const doc = await t.db.selectFrom('case_documents').select('id').executeTakeFirstOrThrow();
    const download = await officer.get(`/cases/${caseId}/documents/${doc.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="front door.png"; filename*=UTF-8''front%20door.png`);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(PNG)).toBe(true);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'case.document.download').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity_id: caseId });
    expect(audit.detail).toEqual({ documentId: doc.id });
  });

  it('answers not found for a document on a case another organisation cannot see', async () => {
    const doc = await t.db.selectFrom('case_documents').select('id').executeTakeFirstOrThrow();
    const council = await signedIn(t.app, await aUser(t.db, { org: CITY, roles: ['partner_case_officer'] }));
    expect((await council.get(`/cases/${caseId}/documents/${doc.id}`)).statusCode).toBe(404);
    expect((await council.get(`/cases/${caseId}/documents`)).statusCode).toBe(404);
    expect((await officer.get(`/cases/${caseId}/documents/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
  });
});
