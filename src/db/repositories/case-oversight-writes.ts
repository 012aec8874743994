/**
 * Inserts of the records kept on a case (services/cases): supervisory reviews, victim contact
 * plans and contacts, and documents. Each runs in the caller's transaction after the service has
 * found the case (or the victim on it) through the actor's scope (lockVisibleCase, visibleCaseId,
 * visibleVictim), so nothing here scopes again. The pages' reads of these records are in
 * case-oversight.ts.
 */
import type { Insertable } from 'kysely';
import type { CaseDocumentsTable, SupervisoryReviewsTable, VictimContactPlansTable, VictimContactsTable } from '../schema.js';
import type { Executor } from './audit-log.js';

/** Inserts a supervisory review. @returns its id. */
export async function insertSupervisoryReview(db: Executor, review: Insertable<SupervisoryReviewsTable>): Promise<string> {
  const row = await db.insertInto('supervisory_reviews').values(review).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts a victim contact plan (the newest is in force). @returns its id. */
export async function insertContactPlan(db: Executor, plan: Insertable<VictimContactPlansTable>): Promise<string> {
  const row = await db.insertInto('victim_contact_plans').values(plan).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts a contact made or attempted with a victim. @returns its id. */
export async function insertVictimContact(db: Executor, contact: Insertable<VictimContactsTable>): Promise<string> {
  const row = await db.insertInto('victim_contacts').values(contact).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts a document with its content (bytes kept in the database). @returns its id. */
export async function insertCaseDocument(db: Executor, document: Insertable<CaseDocumentsTable>): Promise<string> {
  const row = await db.insertInto('case_documents').values(document).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
