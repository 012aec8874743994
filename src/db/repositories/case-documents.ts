/**
 * Scoped reads of a case's notes and documents (issue 4 "Documents and notes"). Every read is
 * limited to cases the actor may see (visibleCase, case-oversight.ts): for a case they may not see
 * each returns nothing.
 */
import type { Actor } from '../../domain/access/roles.js';
import type { Executor } from './audit-log.js';
import { visibleCase } from './case-oversight.js';

export interface NoteRow {
  id: string;
  at: Date;
  body: string;
  userName: string | null;
  organisationName: string | null;
}

/** The case's notes (case events of kind 'note'), newest first. */
export async function notesOnCase(db: Executor, actor: Actor, caseId: string): Promise<NoteRow[]> {
  const rows = await db
    .selectFrom('case_events as e')
    .leftJoin('users as u', 'u.id', 'e.user_id')
    .leftJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(['e.id', 'e.at', 'e.body', 'u.name as userName', 'o.name as organisationName'])
    .where('e.case_id', 'in', visibleCase(db, actor, caseId))
    .where('e.kind', '=', 'note')
    .orderBy('e.at', 'desc')
    .orderBy('e.id', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, id: String(r.id), body: r.body ?? '' }));
}

export interface DocumentRow {
  id: string;
  documentType: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
  uploadedByName: string | null;
}

/** The case's documents (without their content), newest first. */
export async function documentsOnCase(db: Executor, actor: Actor, caseId: string): Promise<DocumentRow[]> {
  return db
    .selectFrom('case_documents as d')
    .leftJoin('users as u', 'u.id', 'd.uploaded_by')
    .select([
      'd.id',
      'd.document_type as documentType',
      'd.file_name as fileName',
      'd.content_type as contentType',
      'd.size_bytes as sizeBytes',
      'd.sha256',
      'd.uploaded_at as uploadedAt',
      'u.name as uploadedByName',
    ])
    .where('d.case_id', 'in', visibleCase(db, actor, caseId))
    .orderBy('d.uploaded_at', 'desc')
    .orderBy('d.id')
    .execute();
}

/** One document with its content, when it belongs to a case the actor may see. */
export async function documentWithContent(db: Executor, actor: Actor, caseId: string, documentId: string) {
  return db
    .selectFrom('case_documents as d')
    .select([
      'd.id',
      'd.case_id as caseId',
      'd.file_name as fileName',
      'd.content_type as contentType',
      'd.size_bytes as sizeBytes',
      'd.sha256',
      'd.content',
    ])
    .where('d.id', '=', documentId)
    .where('d.case_id', 'in', visibleCase(db, actor, caseId))
    .executeTakeFirst();
}
