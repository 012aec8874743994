/**
 * Changes a case's details (issue 4): summary, category and type, lead officer, and the flags
 * (child involved, hate-related, high risk), in ONE transaction with the 'updated' case event
 * listing what changed and the audit record (field names and ids only). Only the lead
 * organisation changes the details of its case, and only while it is not closed. Status is not
 * changed here: change-status.ts is the only code that does.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { caseDetails, updateCaseDetails } from '../../db/repositories/case-changes.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import type { Actor } from '../../domain/access/roles.js';
import {
  checkClassification,
  checkLeadOfficer,
  lockCase,
  requireCaseWork,
  requireLeadOrganisation,
  requireOpenCase,
  text,
} from './case-change.js';
import { CaseRuleError } from './errors.js';
import { SUMMARY_MAX } from './open-case.js';

/** Each field left undefined stays as it is. */
export interface UpdateCaseInput {
  summary?: string | undefined;
  category?: string | null | undefined;
  incidentTypeCode?: string | null | undefined;
  leadOfficerId?: string | null | undefined;
  childInvolved?: boolean | undefined;
  hateRelated?: boolean | undefined;
  highRisk?: boolean | undefined;
}

const FIELDS = {
  summary: { column: 'summary', name: 'summary' },
  category: { column: 'category', name: 'category' },
  incidentTypeCode: { column: 'incident_type_code', name: 'type of incident' },
  leadOfficerId: { column: 'lead_officer_id', name: 'lead officer' },
  childInvolved: { column: 'child_involved', name: 'child involved' },
  hateRelated: { column: 'hate_related', name: 'hate-related' },
  highRisk: { column: 'high_risk', name: 'high risk' },
} as const;

type Field = keyof typeof FIELDS;

/**
 * @returns the fields that changed (none: nothing written, no event).
 * @throws CaseForbiddenError without 'cases:work'; CaseNotFoundError when the actor may not see
 *   the case; CaseRuleError naming the field when the case is closed, the actor is outside the
 *   lead organisation, the summary is blank or too long, the classification is unknown, or the
 *   lead officer is not case staff of the lead organisation.
 */
export async function updateCase(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: UpdateCaseInput,
  opts: { ip?: string | null } = {},
): Promise<{ changed: Field[] }> {
  requireCaseWork(actor);
  const summary = input.summary === undefined ? undefined : text(input.summary);
  if (summary === null) throw new CaseRuleError('summary', 'Enter a summary of the problem');
  if (summary !== undefined && summary.length > SUMMARY_MAX)
    throw new CaseRuleError('summary', `Summary must be ${SUMMARY_MAX} characters or fewer`);
  return db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, actor, caseId);
    requireOpenCase(c, 'form');
    requireLeadOrganisation(c, 'change the details of this case');
    const before = await caseDetails(trx, c.id);
    const wanted: Record<Field, unknown> = {
      summary,
      category: input.category === undefined ? undefined : text(input.category),
      incidentTypeCode: input.incidentTypeCode === undefined ? undefined : text(input.incidentTypeCode),
      leadOfficerId: input.leadOfficerId === undefined ? undefined : text(input.leadOfficerId),
      childInvolved: input.childInvolved,
      hateRelated: input.hateRelated,
      highRisk: input.highRisk,
    };
    const changed = (Object.keys(FIELDS) as Field[]).filter((f) => wanted[f] !== undefined && wanted[f] !== before[FIELDS[f].column]);
    if (!changed.length) return { changed };
    if (changed.includes('category') || changed.includes('incidentTypeCode')) {
      const category = changed.includes('category') ? (wanted.category as string | null) : before.category;
      const type = changed.includes('incidentTypeCode') ? (wanted.incidentTypeCode as string | null) : before.incident_type_code;
      await checkClassification(trx, category, type, before.incident_type_code);
    }
    const leadOfficerId = wanted.leadOfficerId as string | null | undefined;
    if (changed.includes('leadOfficerId') && leadOfficerId) await checkLeadOfficer(trx, c.leadOrganisationId, leadOfficerId);

    await updateCaseDetails(trx, c.id, Object.fromEntries(changed.map((f) => [FIELDS[f].column, wanted[f]])));
    await appendCaseEvent(trx, actor, c.id, {
      kind: 'updated',
      summary: `Case details changed: ${changed.map((f) => FIELDS[f].name).join(', ')}`,
      detail: { changed, ...(changed.includes('leadOfficerId') ? { leadOfficerId } : {}) },
    });
    await writeAudit(trx, actor, { action: 'case.update', entityType: 'case', entityId: c.id, detail: { changed }, ip: opts.ip ?? null });
    return { changed };
  });
}
