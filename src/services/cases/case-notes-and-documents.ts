/**
 * What the Notes and documents tab reads: the case's notes (newest first) and its documents'
 * particulars (never their content: see download-document.ts), only when the actor may see the
 * case (case-scope.ts); none otherwise. Not audited here (the page's viewCase audits the view).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { documentsOnCase, notesOnCase, type DocumentRow, type NoteRow } from '../../db/repositories/case-documents.js';
import type { Actor } from '../../domain/access/roles.js';

export type { DocumentRow, NoteRow };

/** @returns the notes and documents, both [] when the case is not visible to the actor. */
export async function viewCaseNotesAndDocuments(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
): Promise<{ notes: NoteRow[]; documents: DocumentRow[] }> {
  const [notes, documents] = await Promise.all([notesOnCase(db, actor, caseId), documentsOnCase(db, actor, caseId)]);
  return { notes, documents };
}
