/**
 * Opens a case (issue 4, "Cases"): from one or more incidents the actor may see, or directly
 * with none, in ONE transaction: the case with its reference, lead organisation (the actor's)
 * and officer, summary, classification, flags and main location; its incidents (linked now,
 * which makes the first risk assessments due, domain/cases/due.ts); the incidents' people in
 * their case roles (domain/cases/parties.ts); the 'opened' case event and the audit record
 * (ids only).
 */
import type { Kysely } from 'kysely';
import { TZDate } from '@date-fns/tz';
import type { Database } from '../../db/schema.js';
import { refreshCaseDue } from './refresh-case-due.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { insertCase, nextCaseReferenceNumber } from '../../db/repositories/case-changes.js';
import { linkIncidentsToCase } from '../../db/repositories/case-links.js';
import { findIncidentForCase, type IncidentForCase } from '../../db/repositories/case-records.js';
import type { Actor } from '../../domain/access/roles.js';
import { LONDON } from '../../domain/time/london.js';
import { checkClassification, checkLeadOfficer, copyIncidentParties, requireCaseWork, text } from './case-change.js';
import { CaseRuleError } from './errors.js';

export interface OpenCaseInput {
  /** Incidents by id (e.g. the one the case is opened from). */
  incidentIds?: readonly string[] | undefined;
  /** Further incidents by reference (e.g. 'ASB-2026-000123'); ids are accepted too. */
  incidentReferences?: readonly string[] | undefined;
  /** The problem in a few sentences. Required. */
  summary: string;
  /** ASB category; default the first incident's. */
  category?: string | null | undefined;
  /** Incident type code; default the first incident's. */
  incidentTypeCode?: string | null | undefined;
  /** A user with a case role in the actor's organisation; default the actor. */
  leadOfficerId?: string | null | undefined;
  /** Flags; hate-related and child involved default to true when any incident says so. */
  childInvolved?: boolean | undefined;
  hateRelated?: boolean | undefined;
  highRisk?: boolean | undefined;
  /** The moment of opening; default now. */
  now?: Date | undefined;
  ip?: string | null | undefined;
}

export interface OpenCaseResult {
  caseId: string;
  /** e.g. 'CASE-2026-000123'. */
  reference: string;
}

/** 'CASE-2026-000123' from a sequence number and the moment of opening (London year), like incident references. */
export function caseReference(n: number, at: Date): string {
  return `CASE-${new TZDate(at.getTime(), LONDON).getFullYear()}-${String(n).padStart(6, '0')}`;
}

/** Longest summary kept, in characters (the form's character count says the same). */
export const SUMMARY_MAX = 2000;

async function incidentsOf(trx: Kysely<Database>, actor: Actor, input: OpenCaseInput): Promise<IncidentForCase[]> {
  const found: IncidentForCase[] = [];
  for (const [field, keys] of [
    ['incidentIds', input.incidentIds ?? []],
    ['incidentReferences', input.incidentReferences ?? []],
  ] as const) {
    for (const key of keys) {
      if (!key.trim()) continue;
      const incident = await findIncidentForCase(trx, actor, key);
      if (!incident) throw new CaseRuleError(field, `There is no incident you can see with the reference ${key.trim()}`);
      if (!found.some((i) => i.id === incident.id)) found.push(incident);
    }
  }
  return found;
}

/**
 * @returns the new case's id and reference.
 * @throws CaseForbiddenError without 'cases:work'; CaseRuleError naming the field for a blank or
 *   over-long summary, an incident the actor cannot see, an unknown category or type, or a lead
 *   officer who is not case staff of the actor's organisation.
 */
export async function openCase(db: Kysely<Database>, actor: Actor, input: OpenCaseInput): Promise<OpenCaseResult> {
  requireCaseWork(actor);
  const summary = text(input.summary);
  if (!summary) throw new CaseRuleError('summary', 'Enter a summary of the problem');
  if (summary.length > SUMMARY_MAX) throw new CaseRuleError('summary', `Summary must be ${SUMMARY_MAX} characters or fewer`);
  const now = input.now ?? new Date();

  return db.transaction().execute(async (trx) => {
    const incidents = await incidentsOf(trx, actor, input);
    const first = incidents[0];
    const category = input.category !== undefined ? text(input.category) : (first?.category ?? null);
    const typeCode = input.incidentTypeCode !== undefined ? text(input.incidentTypeCode) : (first?.incidentTypeCode ?? null);
    await checkClassification(trx, category, typeCode, input.incidentTypeCode === undefined ? typeCode : null);
    const leadOfficerId = text(input.leadOfficerId) ?? actor.userId;
    if (leadOfficerId) await checkLeadOfficer(trx, actor.organisationId, leadOfficerId);

    const reference = caseReference(await nextCaseReferenceNumber(trx), now);
    const caseId = await insertCase(trx, {
      reference,
      status: 'open',
      lead_organisation_id: actor.organisationId,
      lead_officer_id: leadOfficerId,
      summary,
      opened_at: now,
      category,
      incident_type_code: typeCode,
      child_involved: input.childInvolved ?? incidents.some((i) => i.childInvolved),
      hate_related: input.hateRelated ?? incidents.some((i) => i.hateRelated),
      high_risk: input.highRisk ?? false,
      ...(first?.place ?? {}),
      created_by: actor.userId,
      updated_at: now,
    });
    if (incidents.length) {
      await linkIncidentsToCase(
        trx,
        caseId,
        incidents.map((i) => i.id),
        now,
        actor.userId,
      );
    }
    const parties = await copyIncidentParties(
      trx,
      actor,
      caseId,
      incidents.map((i) => i.id),
    );
    const from = incidents.length === 0 ? 'directly' : `from ${incidents.map((i) => i.reference).join(', ')}`;
    await appendCaseEvent(trx, actor, caseId, {
      kind: 'opened',
      summary: `Case opened ${from}`,
      detail: { incidentIds: incidents.map((i) => i.id), leadOfficerId, parties: parties.length },
    });
    await refreshCaseDue(trx, [caseId]);
    await writeAudit(trx, actor, {
      action: 'case.open',
      entityType: 'case',
      entityId: caseId,
      detail: { incidentIds: incidents.map((i) => i.id), leadOfficerId, parties },
      ip: input.ip ?? null,
    });
    return { caseId, reference };
  });
}
