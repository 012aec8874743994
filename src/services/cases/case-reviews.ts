/**
 * What the Reviews tab reads: the supervisory reviews done on a case (newest first), the facts
 * its due dates are judged from (domain/cases/due.ts) and the case-management settings in force
 * (settings.ts: supervisoryReviewDays). The reviews are scoped to cases the actor may see
 * (case-scope.ts); the facts are read for the case the page already found for the actor
 * (findCaseHeader / viewCase). Not audited here (the page's viewCase audits the view).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { loadCaseFacts } from '../../db/repositories/case-facts.js';
import { reviewsOnCase, type ReviewRow } from '../../db/repositories/case-oversight.js';
import type { Actor } from '../../domain/access/roles.js';
import type { CaseFacts } from '../../domain/cases/due.js';
import type { CaseSettings } from '../../domain/cases/settings.js';
import type { CaseHeader } from './case-header.js';
import { loadCaseSettings } from './settings.js';

export type { ReviewRow };

export interface CaseReviews {
  reviews: ReviewRow[];
  facts: CaseFacts;
  settings: CaseSettings;
}

/** @throws InvalidCaseSettingsError when the stored settings break a limit (settings.ts). */
export async function viewCaseReviews(db: Kysely<Database>, actor: Actor, caseHeader: Pick<CaseHeader, 'id'>): Promise<CaseReviews> {
  const [reviews, facts, settings] = await Promise.all([
    reviewsOnCase(db, actor, caseHeader.id),
    loadCaseFacts(db, [caseHeader.id]),
    loadCaseSettings(db),
  ]);
  return { reviews, facts: facts.get(caseHeader.id)!, settings };
}
