/**
 * Records a report of ASB (issue 3, journey steps 1–5 and POST /api/v1/incidents) in ONE
 * transaction: new people (with matching keys), the incident (placed at write time), its parties,
 * the vulnerabilities from the call-handling answers, the answers with their questionnaire
 * version, the lead agency (suggested unless staff chose), then the point-of-report checks run
 * again so the flags describe the victim "after this incident", and the audit record (ids only).
 *
 * The caller — whose vulnerabilities the answers describe and whom the flags are about — is the
 * first victim, else the first complainant.
 */
import type { Kysely } from 'kysely';
import { TZDate } from '@date-fns/tz';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { districtCspAndNpa } from '../../db/repositories/geography.js';
import {
  insertIncident,
  insertIncidentParties,
  insertPersonVulnerability,
  nextIncidentNumber,
  setIncidentLeadAgency,
} from '../../db/repositories/incidents.js';
import { insertPerson } from '../../db/repositories/people.js';
import { can, type Actor } from '../../domain/access/roles.js';
import type { CheckFlags, PartyRole } from '../../domain/checks/types.js';
import type { Placement } from '../../domain/geography/placement.js';
import { suggestLeadAgency, type LeadAgency } from '../../domain/lead-agency/suggest-lead-agency.js';
import { vulnerabilityFactorsOf } from '../../domain/report/call-handling-questions.js';
import { LONDON, londonMonth } from '../../domain/time/london.js';
import { getPlacer } from '../geography/placer.js';
import { currentQuestionnaire } from './call-handling-questions.js';
import { checkOutcome, type IncidentView, type OpenCaseView } from './check-outcome.js';
import { ReportForbiddenError } from './errors.js';
import { checkInputReferences, checkInputShape, type RecordIncidentInput } from './record-incident-input.js';
import { loadCheckRules } from './rules.js';

export type { NewPerson, RecordIncidentInput, RecordPartyInput } from './record-incident-input.js';

export interface RecordIncidentResult {
  incidentId: string;
  /** e.g. 'ASB-2026-000123': the London year of recording and a partnership-wide number. */
  reference: string;
  /** Every party as recorded, in input order, with new people's new ids. */
  parties: { role: PartyRole; personId: string }[];
  /** The checks for the caller, the place and the perpetrators, after this incident. */
  flags: CheckFlags;
  openCases: OpenCaseView[];
  incidents: Record<string, IncidentView>;
  /** suggested: false when staff's choice replaced the suggestion. */
  leadAgency: { lead: LeadAgency; reason: string; suggested: boolean };
}

/** 'ASB-2026-000123' from a sequence number and the moment of recording. */
export function incidentReference(n: number, at: Date): string {
  return `ASB-${new TZDate(at.getTime(), LONDON).getFullYear()}-${String(n).padStart(6, '0')}`;
}

const text = (s: string | null | undefined) => (s && s.trim() !== '' ? s.trim() : null);

/** Where the district is not placed from boundaries, the district given by hand and its CSP/NPA. */
async function placeWith(db: Kysely<Database>, placed: Placement | null, districtCode: string | null) {
  if (placed?.districtCode || !districtCode) return placed;
  const d = await districtCspAndNpa(db, districtCode);
  const base = placed ?? { easting: null, northing: null, lsoa11Code: null, lsoa21Code: null, wardCode: null };
  return { ...base, districtCode, cspCode: d?.csp_code ?? null, npaCode: d?.npa_code ?? null };
}

/**
 * @returns the new incident's id and reference, the parties with their person ids, the flags
 *   after this incident and the lead agency.
 * @throws ReportForbiddenError without 'incidents:record'; ReportInputError naming the field.
 */
export async function recordIncident(db: Kysely<Database>, actor: Actor, input: RecordIncidentInput): Promise<RecordIncidentResult> {
  if (!can(actor, 'incidents:record')) throw new ReportForbiddenError();
  const now = input.now ?? new Date();
  checkInputShape(input, now);
  const questionnaire = await currentQuestionnaire(db);
  await checkInputReferences(db, input, questionnaire);
  const lat = input.location?.lat ?? null;
  const lon = input.location?.lon ?? null;
  const located = lat !== null && lon !== null ? (await getPlacer(db))(lat, lon) : null;
  const place = await placeWith(db, located, text(input.districtCode));
  const reportedAt = input.reportedAt ?? now;
  const answers = input.callAnswers ?? null;
  const factors = vulnerabilityFactorsOf(answers);

  return db.transaction().execute(async (trx) => {
    const reference = incidentReference(await nextIncidentNumber(trx), now);
    const parties: { role: PartyRole; personId: string }[] = [];
    const newPersonIds: string[] = [];
    for (const p of input.parties) {
      if ('personId' in p) parties.push({ role: p.role, personId: p.personId });
      else {
        const personId = await insertPerson(trx, p.person, actor.organisationId);
        newPersonIds.push(personId);
        parties.push({ role: p.role, personId });
      }
    }
    const crimeReference = text(input.crimeReference);
    const incident = await insertIncident(trx, {
      reference,
      source: actor.kind === 'token' ? 'api' : 'staff',
      organisation_id: actor.organisationId,
      category: input.category ?? null,
      incident_type_code: input.incidentTypeCode ?? null,
      month: `${londonMonth(input.occurredFrom ?? reportedAt)}-01`,
      occurred_from: input.occurredFrom ?? null,
      occurred_to: input.occurredTo ?? null,
      reported_at: reportedAt,
      description: text(input.description),
      hate_related: input.hateRelated === true || answers?.hateRelated === true,
      location_text: text(input.location?.text),
      latitude: located ? lat : null,
      longitude: located ? lon : null,
      easting: place?.easting ?? null,
      northing: place?.northing ?? null,
      lsoa11_code: place?.lsoa11Code ?? null,
      lsoa21_code: place?.lsoa21Code ?? null,
      ward_code: place?.wardCode ?? null,
      district_code: place?.districtCode ?? null,
      csp_code: place?.cspCode ?? null,
      npa_code: place?.npaCode ?? null,
      created_by: actor.userId,
      channel: text(input.channel),
      crime_linked: input.crimeLinked ?? crimeReference !== null,
      crime_reference: crimeReference,
      child_involved: input.childInvolved === true,
      questionnaire_version: answers ? (input.questionnaireVersion ?? questionnaire.version) : null,
      call_answers: answers ? JSON.stringify(answers) : null,
    });

    const distinct = [...new Map(parties.map((p) => [`${p.personId}|${p.role}`, p])).values()];
    if (distinct.length) {
      await insertIncidentParties(
        trx,
        distinct.map((p) => ({ incident_id: incident.id, person_id: p.personId, role: p.role })),
      );
    }
    const caller = (parties.find((p) => p.role === 'victim') ?? parties.find((p) => p.role === 'complainant'))?.personId ?? null;
    if (caller && factors.length) {
      await insertPersonVulnerability(trx, {
        person_id: caller,
        incident_id: incident.id,
        factors,
        organisation_id: actor.organisationId,
        recorded_by: actor.userId,
      });
    }

    const outcome = await checkOutcome(trx, actor, {
      personId: caller,
      point:
        place?.easting != null && place.northing != null
          ? { easting: place.easting, northing: place.northing, lsoa21Code: place.lsoa21Code }
          : null,
      perpetratorIds: [...new Set(parties.filter((p) => p.role === 'perpetrator' && p.personId !== caller).map((p) => p.personId))],
      // Recorded above as a vulnerability of the caller; without a caller, still said for this report.
      currentFactors: caller ? [] : factors,
      current: null,
      now,
      rules: await loadCheckRules(trx),
    });

    const chosen = input.leadAgency ?? null;
    const leadAgency = chosen
      ? { lead: chosen.lead, reason: text(chosen.reason) ?? 'Chosen by staff', suggested: false }
      : {
          ...suggestLeadAgency({
            incidentTypeCode: input.incidentTypeCode ?? null,
            category: input.category ?? null,
            hateRelated: incident.hate_related,
            crimeLinked: incident.crime_linked,
            childInvolved: input.childInvolved === true,
            vulnerable: outcome.flags.vulnerable.met,
            immediateDanger: answers?.immediateDanger === true,
          }),
          suggested: true,
        };
    await setIncidentLeadAgency(trx, incident.id, leadAgency.lead, leadAgency.reason);

    await writeAudit(trx, actor, {
      action: 'incident.create',
      entityType: 'incident',
      entityId: incident.id,
      detail: {
        parties: distinct,
        newPersonIds,
        leadAgency: leadAgency.lead,
        leadAgencySuggested: leadAgency.suggested,
        met: Object.entries(outcome.flags)
          .filter(([, f]) => f.met)
          .map(([k]) => k),
      },
      ip: input.ip ?? null,
    });
    return { incidentId: incident.id, reference, parties, ...outcome, leadAgency };
  });
}
