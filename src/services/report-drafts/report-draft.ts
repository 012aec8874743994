/**
 * The report journey's draft (issue 3): what the call handler has entered so far, one section
 * per page, kept in `form_drafts` (kind 'report') so nothing is lost between pages. A draft
 * belongs to one user in one organisation: every read and write is scoped to both, so another
 * user's draft is "not found". It is deleted when the report is saved.
 *
 * Each section holds the page's form values exactly as accepted (strings, lists of strings, the
 * parties' rows), so a page shows them back as they were typed; the page's schema reads them
 * into typed values when they are needed. The service does not interpret them.
 */
import type { Actor } from '../../domain/access/roles.js';
import type { DraftOwner } from '../../db/repositories/report-drafts.js';

export const REPORT_DRAFT_KIND = 'report';

/** A page's accepted form values (JSON). */
export type DraftValues = Record<string, unknown>;

/** The person reporting as chosen on the "who" page: shown back without another search. */
export interface ChosenPerson {
  /** An existing person's id, or null for a new person recorded with this report. */
  personId: string | null;
  forename: string;
  surname: string;
  dateOfBirth: string | null;
  postcode: string | null;
  /** The organisation that knows an existing person. */
  organisationName: string | null;
}

export interface ReportDraftData {
  who?: { values: DraftValues; chosen: ChosenPerson };
  /** `answers` as kept with the incident (the questionnaire's CallAnswers for `version`). */
  questions?: { version: number; values: DraftValues; answers: DraftValues };
  /** The last person search on the "who" page, as typed. */
  whoSearch?: DraftValues;
  whatAndWhere?: { values: DraftValues };
}

export interface ReportDraft {
  id: string;
  data: ReportDraftData;
  createdAt: Date;
  updatedAt: Date;
}

/** True when the actor is a signed-in user (tokens have no drafts). */
export function hasDrafts(actor: Actor): actor is Actor & { userId: string } {
  return actor.kind === 'user' && !!actor.userId;
}

/** The actor's report drafts' owner (kind 'report', their user and current organisation). */
export function reportDraftOwner(actor: Actor & { userId: string }): DraftOwner {
  return { kind: REPORT_DRAFT_KIND, userId: actor.userId, organisationId: actor.organisationId };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a well-formed draft id (anything else cannot exist and is "not found"). */
export function isDraftId(value: string): boolean {
  return UUID.test(value);
}
