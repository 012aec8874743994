/**
 * The checks panel's view model (issue 3, "The checks"): one row per check with a tag, the
 * reason in plain words and the incidents it rests on — a link to each incident the user may
 * open, and for any other only who holds it and how to contact them. Built from the
 * point-of-report checks' result; the partial (checks.njk) only lays it out.
 */
import type { CheckFlags, Flag } from '../../../domain/checks/types.js';

/** An incident a flag rests on, as the checks service describes it to this user. */
export interface CheckedIncident {
  id: string;
  reference: string;
  /** True when the user may open it. */
  visible: boolean;
  /** The organisation that recorded it, when not visible (or always). */
  heldBy: string | null;
  /** That organisation's contact (e-mail), or null. */
  contact: string | null;
  /** YYYY-MM or YYYY-MM-DD: the month it happened. */
  month: string;
}

/** An open case involving the person or the place. */
export interface CheckedOpenCase {
  reference: string;
  leadOrganisationName: string;
  leadOfficerName: string | null;
  via: 'person' | 'place';
}

/** What the panel needs from the checks' result. */
export interface ChecksOutcome {
  flags: CheckFlags;
  openCases: readonly CheckedOpenCase[];
  incidents: Readonly<Record<string, CheckedIncident>>;
}

export interface CheckIncidentLine {
  text: string;
  href?: string;
}

export interface CheckRow {
  id: string;
  title: string;
  met: boolean;
  tag: { text: string; classes: string };
  reason: string;
  incidents: CheckIncidentLine[];
}

export interface ChecksPanel {
  /** Who or what was checked, e.g. "Jane Smith and the place chosen". */
  subject: string;
  /** The titles of the checks that are met, for the warning at the top. */
  metTitles: string[];
  rows: CheckRow[];
  /** The Case Review prompt, when the threshold is met or the caller should have it explained. */
  caseReview: { thresholdMet: boolean; text: string } | null;
}

const TITLES: Record<keyof CheckFlags, string> = {
  repeatVictim: 'Repeat victim',
  vulnerable: 'Vulnerable victim',
  repeatLocation: 'Repeat location',
  knownPerpetrator: 'Known perpetrator',
  caseReviewThreshold: 'ASB Case Review threshold',
};

const ORDER: (keyof CheckFlags | 'openCases')[] = [
  'repeatVictim',
  'vulnerable',
  'repeatLocation',
  'knownPerpetrator',
  'openCases',
  'caseReviewThreshold',
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 2026" from "2026-03" or "2026-03-01". */
export function monthName(month: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  return m ? `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : month;
}

/** One incident line: a link when the user may open it, otherwise who holds it. */
export function incidentLine(incident: CheckedIncident | undefined): CheckIncidentLine {
  if (!incident) return { text: 'An incident the checks could not describe' };
  const when = monthName(incident.month);
  if (incident.visible) return { text: `${incident.reference}, ${when}`, href: `/incidents/${incident.id}` };
  const holder = incident.heldBy ?? 'another partner';
  const contact = incident.contact ?? 'their anti-social behaviour team';
  return { text: `An incident in ${when}, held by ${holder}: contact ${contact}` };
}

function tag(met: boolean, title: string) {
  return met ? { text: title, classes: 'govuk-tag--red' } : { text: 'Not met', classes: 'govuk-tag--grey' };
}

function flagRow(id: keyof CheckFlags, flag: Flag, incidents: ChecksOutcome['incidents']): CheckRow {
  return {
    id,
    title: TITLES[id],
    met: flag.met,
    tag: tag(flag.met, TITLES[id]),
    reason: flag.reason,
    incidents: flag.incidentIds.map((i) => incidentLine(incidents[i])),
  };
}

function openCasesRow(cases: ChecksOutcome['openCases']): CheckRow {
  const met = cases.length > 0;
  const reason = met
    ? `${cases.length} open ${cases.length === 1 ? 'case involves' : 'cases involve'} the same people or place`
    : 'No open cases involve the same people or place';
  return {
    id: 'openCases',
    title: 'Open cases',
    met,
    tag: tag(met, 'Open cases'),
    reason,
    incidents: cases.map((c) => ({
      text: `${c.reference}, led by ${c.leadOrganisationName}${c.leadOfficerName ? ` (${c.leadOfficerName})` : ''}, through the ${c.via === 'person' ? 'person' : 'place'}`,
    })),
  };
}

/** The Case Review prompt for the call handler, or null when neither rule applies. */
export function caseReviewPrompt(flag: CheckFlags['caseReviewThreshold']): ChecksPanel['caseReview'] {
  if (flag.met) {
    return {
      thresholdMet: true,
      text: 'This report brings the caller to the ASB Case Review threshold. Tell the caller they have the right to ask for an ASB Case Review of how their reports have been dealt with.',
    };
  }
  if (flag.explainCaseReview) {
    return {
      thresholdMet: false,
      text: 'This is the caller’s second report within six months. Explain the ASB Case Review to them: they can ask for one if the problem continues.',
    };
  }
  return null;
}

/** The panel for a checks' result; `subject` says who or what was checked. */
export function checksPanel(outcome: ChecksOutcome, subject: string): ChecksPanel {
  const rows = ORDER.map((id) =>
    id === 'openCases' ? openCasesRow(outcome.openCases) : flagRow(id, outcome.flags[id], outcome.incidents),
  );
  return {
    subject,
    metTitles: rows.filter((r) => r.met).map((r) => r.title),
    rows,
    caseReview: caseReviewPrompt(outcome.flags.caseReviewThreshold),
  };
}
