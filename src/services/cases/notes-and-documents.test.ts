import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith } from '../../../test/case-builders.js';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { anActor, CITY, POLICE } from '../report/test-support.js';
import { addNote } from './add-note.js';
import { downloadDocument } from './download-document.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from './errors.js';
import { uploadDocument } from './upload-document.js';

const MAX = 64 * 1024;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

describe('notes and documents on a case', () => {
  let h: DbHandle;
  let officer: Actor;
  let analyst: Actor;
  let cityOfficer: Actor;
  let caseId: string;

  beforeAll(async () => {
    h = await createTestDb();
    officer = (await anActor(h.db, POLICE, ['officer'])).actor;
    analyst = (await anActor(h.db, POLICE, ['analyst'])).actor;
    cityOfficer = (await anActor(h.db, CITY, ['partner_case_officer'])).actor;
    caseId = (await aCaseWith(h.db, { org: POLICE })).id;
  });
  afterAll(() => h.close());

  const upload = (over: Partial<{ documentType: string; fileName: string; content: Uint8Array }> = {}, actor = officer) =>
    uploadDocument(
      h.db,
      actor,
      caseId,
      { documentType: 'statement', fileName: 'statement.pdf', content: PDF, ...over },
      { maxBytes: MAX, ip: '10.0.0.3' },
    );
  const uploadError = async (over: Parameters<typeof upload>[0]) => {
    const err = await upload(over).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CaseRuleError);
    return { field: (err as CaseRuleError).field, message: (err as CaseRuleError).message };
  };

  it('adds a note as a case event with its text, audited without the text', async () => {
    await addNote(h.db, officer, caseId, '  Spoke to the housing officer.\nAgreed a joint visit.  ', { ip: '10.0.0.3' });
    const event = await h.db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('kind', '=', 'note')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      summary: 'Note added',
      body: 'Spoke to the housing officer.\nAgreed a joint visit.',
      user_id: officer.userId,
    });
    const audit = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'case.note').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity_id: caseId, ip: '10.0.0.3' });
    expect(JSON.stringify(audit.detail)).not.toContain('housing');
  });

  it('needs a note of 1 to 5,000 characters', async () => {
    await expect(addNote(h.db, officer, caseId, '   ')).rejects.toMatchObject({ field: 'text', message: 'Enter the note' });
    await expect(addNote(h.db, officer, caseId, 'x'.repeat(5001))).rejects.toMatchObject({
      field: 'text',
      message: 'Note must be 5,000 characters or fewer',
    });
    await expect(addNote(h.db, officer, caseId, 'x'.repeat(5000))).resolves.toBeUndefined();
  });

  it('stores an upload in the database with its type, size, content type from the allow-list and SHA-256', async () => {
    const { id, sha256 } = await upload({ fileName: 'C:\\fakepath\\Statement of J.pdf' });
    expect(sha256).toBe(crypto.createHash('sha256').update(PDF).digest('hex'));
    const doc = await h.db.selectFrom('case_documents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(doc).toMatchObject({
      case_id: caseId,
      document_type: 'statement',
      file_name: 'Statement of J.pdf',
      content_type: 'application/pdf',
      size_bytes: PDF.length,
      sha256,
      storage_key: null,
      uploaded_by: officer.userId,
    });
    expect(Buffer.from(doc.content!).equals(PDF)).toBe(true);
    const event = await h.db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('kind', '=', 'document')
      .executeTakeFirstOrThrow();
    expect(event.summary).toBe('Document added: Statement, Statement of J.pdf');
    expect(event.detail).toMatchObject({ documentId: id, sha256 });
    const audit = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'case.document.upload').executeTakeFirstOrThrow();
    expect(audit.detail).toEqual({ documentId: id });
  });

  it('refuses a file over the configured size, a type not allowed, a disguised file, an empty file and no type', async () => {
    expect(await uploadError({ content: Buffer.concat([PDF, Buffer.alloc(MAX)]) })).toEqual({
      field: 'file',
      message: 'The selected file must be smaller than 64 KB',
    });
    expect(await uploadError({ fileName: 'script.html', content: Buffer.from('<script>') })).toEqual({
      field: 'file',
      message: 'The selected file must be a PDF, DOCX, DOC, ODT, TXT, JPG or PNG',
    });
    expect(await uploadError({ fileName: 'photo.jpg', content: PDF })).toEqual({
      field: 'file',
      message: 'The selected file is not a real JPG file: its contents do not match its name',
    });
    expect(await uploadError({ content: Buffer.alloc(0) })).toEqual({ field: 'file', message: 'The selected file is empty' });
    expect(await uploadError({ documentType: 'invoice' })).toEqual({ field: 'documentType', message: 'Select the type of document' });
  });

  it('hands a document to anyone who may see the case, auditing every download', async () => {
    const { id, sha256 } = await upload({
      documentType: 'photo',
      fileName: 'door.png',
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
    });
    const before = await h.db.selectFrom('audit_log').select('id').where('action', '=', 'case.document.download').execute();
    const doc = await downloadDocument(h.db, officer, caseId, id, { ip: '10.0.0.4' });
    expect(doc).toMatchObject({ fileName: 'door.png', contentType: 'image/png', sha256 });
    expect(doc!.content.length).toBe(11);
    await downloadDocument(h.db, officer, caseId, id);
    const audits = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'case.document.download').orderBy('id').execute();
    expect(audits.length - before.length).toBe(2);
    expect(audits.at(-2)).toMatchObject({ entity_id: caseId, user_id: officer.userId, ip: '10.0.0.4' });
    expect(audits.at(-2)!.detail).toEqual({ documentId: id });
  });

  it('finds nothing for another organisation, or for a document of another case, and audits nothing then', async () => {
    const { id } = await upload();
    const other = await aCaseWith(h.db, { org: POLICE });
    const before = (await h.db.selectFrom('audit_log').select('id').where('action', '=', 'case.document.download').execute()).length;
    expect(await downloadDocument(h.db, cityOfficer, caseId, id)).toBeUndefined();
    expect(await downloadDocument(h.db, officer, other.id, id)).toBeUndefined();
    expect(await downloadDocument(h.db, officer, caseId, 'nope')).toBeUndefined();
    expect(await downloadDocument(h.db, analyst, caseId, id)).toBeUndefined();
    const after = (await h.db.selectFrom('audit_log').select('id').where('action', '=', 'case.document.download').execute()).length;
    expect(after).toBe(before);
  });

  it('refuses notes and uploads from a role without case work or an organisation that cannot see the case', async () => {
    await expect(addNote(h.db, analyst, caseId, 'x')).rejects.toThrow(CaseForbiddenError);
    await expect(upload({}, analyst)).rejects.toThrow(CaseForbiddenError);
    await expect(addNote(h.db, cityOfficer, caseId, 'x')).rejects.toThrow(CaseNotFoundError);
    await expect(upload({}, cityOfficer)).rejects.toThrow(CaseNotFoundError);
  });
});
