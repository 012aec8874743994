/** The work queue page's view model: tabs, filter form items, and one table row per case. */
import type { DueState } from '../../../domain/cases/due.js';
import { dueStateName, dueStateTag } from '../../../domain/cases/compliance.js';
import { riskTag, statusName, statusTag } from '../../../domain/cases/workflow.js';
import { formatDate } from '../../../domain/checks/calendar.js';
import { withQuery } from '../../../platform/pagination.js';
import { dueCounts, type WorkQueue, type WorkQueueRow } from '../../../services/cases/work-queue.js';
import type { QueueQuery } from './schema.js';

const TAB_NAMES = { mine: 'My cases', team: 'Team', shared: 'Shared with us' } as const;
const RISK_NAMES = { high: 'High', medium: 'Medium', standard: 'Standard' } as const;

/** The query string values of the current filters (tab and page aside). */
export function filterParams(q: QueueQuery): Record<string, string | undefined> {
  return { status: q.status === 'current' ? undefined : q.status, sort: q.sort === 'risk' ? undefined : q.sort };
}

/** The URL of this queue with its filters, for page `n` of `tab`. */
export function queueHref(q: QueueQuery, tab: string, n?: number): string {
  const base = withQuery('/cases', { tab, ...filterParams(q), page: n && n > 1 ? n : undefined });
  return q.show.reduce((href, s) => `${href}${href.includes('?') ? '&' : '?'}show=${s}`, base);
}

function tags(states: readonly DueState[]): { text: string; classes: string }[] {
  const c = dueCounts(states);
  const overdue = c.late - c.missing;
  return [
    ...(c.missing ? [{ text: `${c.missing} missing`, classes: dueStateTag('missing') }] : []),
    ...(overdue ? [{ text: `${overdue} overdue`, classes: dueStateTag('overdue') }] : []),
    ...(c.soon ? [{ text: `${c.soon} due soon`, classes: dueStateTag('due_soon') }] : []),
  ];
}

function row({ case: c, due }: WorkQueueRow) {
  return {
    href: `/cases/${c.id}`,
    reference: c.reference,
    summary: c.summary ?? '',
    status: { text: statusName(c.status), classes: statusTag(c.status) },
    risk: { text: c.riskLevel ? RISK_NAMES[c.riskLevel] : 'Not assessed', classes: riskTag(c.riskLevel) },
    highRiskFlag: c.highRisk,
    officer: c.leadOfficerName ?? 'Not assigned',
    organisation: c.leadOrganisationName,
    review: due.review
      ? { date: formatDate(due.review.dueOn), text: dueStateName(due.review.state), classes: dueStateTag(due.review.state) }
      : null,
    riskDue: tags(due.riskAssessments.map((r) => r.state)),
    contactsDue: tags(due.contacts.map((v) => v.state)),
  };
}

export function queuePageModel(q: QueueQuery, queue: WorkQueue) {
  const tabName = TAB_NAMES[queue.tab];
  return {
    title: `Cases: ${tabName}`,
    tabName,
    tab: queue.tab,
    tabs: queue.tabs.map((t) => ({ text: TAB_NAMES[t], href: queueHref({ ...q, page: 1 }, t), active: t === queue.tab })),
    total: queue.total,
    rows: queue.rows.map(row),
    statusItems: [
      { value: 'current', text: 'Any status but closed' },
      { value: 'open', text: 'Open' },
      { value: 'active', text: 'Active' },
      { value: 'under_review', text: 'Under review' },
      { value: 'closed', text: 'Closed' },
      { value: 'all', text: 'Any status' },
    ].map((i) => ({ ...i, selected: i.value === q.status })),
    showItems: [
      { value: 'risk', text: 'Risk assessment due or missing' },
      { value: 'review', text: 'Supervisory review due or overdue' },
      { value: 'contact', text: 'Victim contact due or overdue' },
      { value: 'high', text: 'High risk only' },
    ].map((i) => ({ ...i, checked: (q.show as readonly string[]).includes(i.value) })),
    sortItems: [
      { value: 'risk', text: 'High risk first' },
      { value: 'review', text: 'Next review due' },
      { value: 'reference', text: 'Reference' },
    ].map((i) => ({ ...i, selected: i.value === q.sort })),
  };
}
