/**
 * Runs the point-of-report checks for what a report draft says so far — the person chosen, the
 * place, the type, the call-handling answers, the perpetrators matched to people already known —
 * and prepares the checks panel. The panel is shown once the person or the place is known.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Actor } from '../../../domain/access/roles.js';
import type { IncidentFact, PartyRole } from '../../../domain/checks/types.js';
import { runPointOfReportChecks } from '../../../services/report/run-checks.js';
import type { ReportDraft } from '../../../services/report-drafts/report-draft.js';
import { checksPanel, type ChecksPanel } from '../_partials/checks.js';
import { isPersonMatch } from '../[draftId]/what-and-where/parties.js';
import { asList, asText } from './report-page.js';

/** The place in a draft's what-and-where values, when one was chosen. */
export function draftLocation(draft: ReportDraft): { lat: number; lon: number } | undefined {
  const v = draft.data.whatAndWhere?.values ?? {};
  const lat = Number(asText(v.lat));
  const lon = Number(asText(v.lon));
  return asText(v.lat) && asText(v.lon) && Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : undefined;
}

/**
 * The people saved on the what-and-where page as perpetrators and matched to people already known
 * (the page accepts a match only while it is one of the row's candidates).
 */
export function draftPerpetratorIds(draft: ReportDraft): string[] {
  const rows = draft.data.whatAndWhere?.values.parties;
  if (!Array.isArray(rows)) return [];
  const ids = rows.flatMap((r: Record<string, unknown>) =>
    asText(r?.role) === 'perpetrator' && isPersonMatch(asText(r?.match)) ? [asText(r.match)] : [],
  );
  return [...new Set(ids)];
}

function subject(draft: ReportDraft, hasPlace: boolean, perpetrators: number): string {
  const chosen = draft.data.who?.chosen;
  const person = chosen
    ? chosen.personId
      ? `${chosen.forename} ${chosen.surname}`
      : `${chosen.forename} ${chosen.surname} (new person, no earlier records)`
    : '';
  const named = perpetrators ? (perpetrators === 1 ? 'the named perpetrator' : 'the named perpetrators') : '';
  const parts = [person, named, hasPlace ? 'the place chosen' : ''].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

/** What the check-answers page knows beyond the draft's raw values. */
export interface CheckExtras {
  category?: IncidentFact['category'];
  occurredFrom?: Date | null;
}

const CALLER_ROLES: readonly PartyRole[] = ['victim', 'complainant', 'witness'];

/**
 * The checks panel for the draft, or null while neither the person nor the place is known.
 * This report counts as a 'current' incident for the caller in their role (victim by default).
 */
export async function checksForDraft(
  db: Kysely<Database>,
  actor: Actor,
  draft: ReportDraft,
  extras: CheckExtras = {},
): Promise<ChecksPanel | null> {
  const chosen = draft.data.who?.chosen;
  const location = draftLocation(draft);
  // A new person has no records to check: without a place there is nothing to run.
  if (!chosen?.personId && !location) return null;
  const perpetratorPersonIds = draftPerpetratorIds(draft);
  const answers = draft.data.questions?.answers ?? {};
  const what = draft.data.whatAndWhere?.values ?? {};
  const outcome = await runPointOfReportChecks(db, actor, {
    ...(chosen?.personId ? { personId: chosen.personId } : {}),
    ...(location ? { location } : {}),
    ...(perpetratorPersonIds.length ? { perpetratorPersonIds } : {}),
    ...(asText(what.incidentType) ? { incidentTypeCode: asText(what.incidentType) } : {}),
    hateRelated: answers.hateRelated === true,
    currentFactors: asList(answers.vulnerabilityFactors),
    currentRole: CALLER_ROLES.find((r) => r === draft.data.who?.values.role) ?? 'victim',
    ...(extras.category ? { category: extras.category } : {}),
    ...(extras.occurredFrom ? { occurredFrom: extras.occurredFrom } : {}),
  });
  return checksPanel(outcome, subject(draft, !!location, perpetratorPersonIds.length));
}
