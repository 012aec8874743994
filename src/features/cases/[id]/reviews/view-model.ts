/**
 * The Reviews tab's view model: when the next supervisory review is due and its state
 * (domain/cases/due.ts, LLR action plan action 2c), the reviews done as summary cards, and
 * whether the actor may record one (a supervisor of the lead organisation, case not closed).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.js';
import { can, type Actor } from '../../../../domain/access/roles.js';
import { caseDue } from '../../../../domain/cases/due.js';
import { formatDate, londonDate } from '../../../../domain/checks/calendar.js';
import type { CaseHeader } from '../../../../services/cases/case-header.js';
import { viewCaseReviews } from '../../../../services/cases/case-reviews.js';
import { dateTimeText, dueTag, multilineHtml } from './presenters.js';

/** True when the actor may record a supervisory review of this case now. */
export function mayReview(actor: Actor, header: CaseHeader): boolean {
  return can(actor, 'cases:review') && header.isLeadOrganisation && header.status !== 'closed';
}

export async function reviewsPage(db: Kysely<Database>, actor: Actor, header: CaseHeader, now: Date) {
  const { reviews, facts, settings } = await viewCaseReviews(db, actor, header);
  const due = caseDue(facts, settings, londonDate(now)).review;
  const text = (s: string) => ({ html: multilineHtml(s) });
  return {
    due: due && {
      dueOn: formatDate(due.dueOn),
      tag: dueTag(due.state),
      lastReviewedOn: due.lastReviewedOn ? formatDate(due.lastReviewedOn) : null,
    },
    intervalDays: settings.supervisoryReviewDays,
    canReview: mayReview(actor, header),
    newHref: `/cases/${header.id}/reviews/new`,
    reviews: reviews.map((r) => ({
      title: `Review on ${dateTimeText(r.reviewedAt)} by ${r.reviewerName}`,
      rows: [
        { key: { text: 'Progress' }, value: text(r.progress) },
        { key: { text: 'Risk level still right' }, value: text(r.riskStillRight ? 'Yes' : `No: ${r.riskComment ?? ''}`) },
        { key: { text: 'Actions agreed' }, value: text(r.actionsAgreed) },
        { key: { text: 'Next review by' }, value: { text: formatDate(r.nextReviewOn) } },
        { key: { text: 'Comments' }, value: text(r.comments ?? 'None') },
      ],
    })),
  };
}
