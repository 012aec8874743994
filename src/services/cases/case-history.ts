/**
 * One page of a case's timeline (the History tab): how many events it holds and the events on
 * the page, newest first. The case is the one the page already found for the actor
 * (findCaseHeader / viewCase), which is what scopes this read; not audited here.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { caseEvents, type CaseEventRow } from '../../db/repositories/case-events.js';
import { countCaseEvents } from '../../db/repositories/case-records.js';
import type { CaseHeader } from './case-header.js';

export type { CaseEventRow };

/** @returns `total` events on the case and the `limit` events from `offset` (counts of events). */
export async function caseHistory(
  db: Kysely<Database>,
  caseHeader: Pick<CaseHeader, 'id'>,
  page: { limit: number; offset: number },
): Promise<{ total: number; events: CaseEventRow[] }> {
  const [total, events] = await Promise.all([countCaseEvents(db, caseHeader.id), caseEvents(db, caseHeader.id, page)]);
  return { total, events };
}
