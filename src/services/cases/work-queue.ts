/**
 * The work queues (issue 4: '"My cases" for officers, "Team" for supervisors, with filters and
 * sort'): one tab of cases the actor may see, filtered, sorted and paged, each with what it owes
 * (domain/cases/due.ts) on London date `today`.
 *
 * Tabs: 'mine' (the actor is the lead officer), 'team' (holders of 'cases:review': cases led by
 * the actor's organisation, in their area (users.area_code: NPA or district) when they have one),
 * 'shared' (cases another organisation shares with the actor's). A tab the actor does not have
 * falls back to their first. Filters: status (default every status but closed), risk assessment
 * due or missing, review due or overdue, contact due or overdue ("due" = due soon, overdue or
 * missing: anything but in date), high risk only (the flag, or a high assessed level). Sorts:
 * 'risk' (high risk first, then level, oldest first), 'review' (next review due, soonest first;
 * closed cases last), 'reference'.
 *
 * Filters, sort, counts and paging are SQL over the stored due dates (case_due, kept by
 * refresh-case-due.ts), so a queue of tens of thousands of cases costs one page: only the page's
 * cases are judged with the full rule (caseDue) for their due columns. A case found without its
 * due dates (the writers keep them, so normally none) is refreshed and the page read again.
 * Each view is audited ('case.queue', with the tab and page only).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { caseDue, dueBounds, isLate, type CaseDue, type DueState } from '../../domain/cases/due.js';
import { loadCaseFacts } from '../../db/repositories/case-facts.js';
import {
  queueCases,
  queuePage,
  uncomputedQueueCases,
  userAreaCode,
  type QueueCase,
  type QueueDueFilter,
  type QueueScope,
  type QueueSort,
  type QueueStatus,
  type QueueTab,
} from '../../db/repositories/case-queues.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { refreshCaseDue } from './refresh-case-due.js';
import { loadCaseSettings } from './settings.js';

export type { QueueSort };
export type DueFilter = QueueDueFilter;

export interface WorkQueueQuery {
  tab?: QueueTab | undefined;
  status: QueueStatus;
  due: readonly DueFilter[];
  highRiskOnly: boolean;
  sort: QueueSort;
  page: number;
  pageSize: number;
}

export interface WorkQueueRow {
  case: QueueCase;
  due: CaseDue;
}

export interface WorkQueue {
  tab: QueueTab;
  tabs: QueueTab[];
  rows: WorkQueueRow[];
  total: number;
}

/** The tabs an actor has: team for those who review cases (supervisors, ASB coordinators). */
export function queueTabs(actor: Actor): QueueTab[] {
  return can(actor, 'cases:review') ? ['team', 'mine', 'shared'] : ['mine', 'shared'];
}

/** One page of a work queue. The caller (route) has checked 'cases:view'. */
export async function workQueue(
  db: Kysely<Database>,
  actor: Actor,
  query: WorkQueueQuery,
  today: string,
  ip: string | null,
): Promise<WorkQueue> {
  const tabs = queueTabs(actor);
  const tab = query.tab && tabs.includes(query.tab) ? query.tab : tabs[0]!;
  const [areaCode, settings] = await Promise.all([tab === 'team' ? userAreaCode(db, actor.userId) : null, loadCaseSettings(db)]);
  const scope: QueueScope = {
    tab,
    areaCode,
    status: query.status,
    highRiskOnly: query.highRiskOnly,
    due: query.due,
    bounds: dueBounds(today, settings),
  };
  let page = await queuePage(db, actor, scope, query.sort, query.page, query.pageSize);
  if (page.uncomputed) {
    const ids = await uncomputedQueueCases(db, actor, scope);
    await db.transaction().execute((trx) => refreshCaseDue(trx, ids, { settings }));
    page = await queuePage(db, actor, scope, query.sort, query.page, query.pageSize);
  }
  const [cases, facts] = await Promise.all([queueCases(db, actor, page.ids), loadCaseFacts(db, page.ids)]);
  await writeAudit(db, actor, { action: 'case.queue', detail: { tab, page: query.page }, ip });
  return {
    tab,
    tabs,
    total: page.total,
    rows: cases.flatMap((c) => {
      const f = facts.get(c.id);
      return f ? [{ case: c, due: caseDue(f, settings, today) }] : [];
    }),
  };
}

/** How many of the due items are late and due soon: the queue's "due" columns. */
export function dueCounts(states: readonly DueState[]): { late: number; soon: number; missing: number } {
  return {
    missing: states.filter((s) => s === 'missing').length,
    late: states.filter((s) => isLate(s)).length,
    soon: states.filter((s) => s === 'due_soon').length,
  };
}
