/**
 * Links another incident to a case (issue 4: "link more incidents later") in ONE transaction:
 * the link (case_incidents.linked_at now, which makes risk assessments due again,
 * domain/cases/due.ts), the incident's people not already on the case, the 'incident_linked'
 * case event and the audit record (ids only). Any organisation that may see the case and the
 * incident may link it: a shared case is worked on by both.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { refreshCaseDue } from './refresh-case-due.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { appendCaseEvent } from '../../db/repositories/case-events.js';
import { isIncidentLinked, linkIncidentsToCase } from '../../db/repositories/case-links.js';
import { findIncidentForCase } from '../../db/repositories/case-records.js';
import type { Actor } from '../../domain/access/roles.js';
import { casePartyRoleName } from '../../domain/cases/parties.js';
import { copyIncidentParties, lockCase, requireCaseWork, requireOpenCase } from './case-change.js';
import { CaseRuleError } from './errors.js';

export interface LinkIncidentResult {
  incidentId: string;
  reference: string;
  /** How many people were added to the case with it. */
  partiesAdded: number;
}

/**
 * @param incident the incident's reference (e.g. 'ASB-2026-000123') or id.
 * @throws CaseForbiddenError without 'cases:work'; CaseNotFoundError when the actor may not see
 *   the case; CaseRuleError('incident') when the case is closed, the actor cannot see such an
 *   incident, or it is already linked.
 */
export async function linkIncident(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  incident: string,
  opts: { ip?: string | null; now?: Date } = {},
): Promise<LinkIncidentResult> {
  requireCaseWork(actor);
  return db.transaction().execute(async (trx) => {
    const c = await lockCase(trx, actor, caseId);
    requireOpenCase(c, 'incident');
    if (!incident.trim()) throw new CaseRuleError('incident', 'Enter the incident reference');
    const found = await findIncidentForCase(trx, actor, incident);
    if (!found) throw new CaseRuleError('incident', `There is no incident you can see with the reference ${incident.trim()}`);
    if (await isIncidentLinked(trx, c.id, found.id))
      throw new CaseRuleError('incident', `Incident ${found.reference} is already linked to this case`);

    await linkIncidentsToCase(trx, c.id, [found.id], opts.now ?? new Date(), actor.userId);
    const parties = await copyIncidentParties(trx, actor, c.id, [found.id]);
    const people = parties.length
      ? `, with ${parties.length} ${parties.length === 1 ? 'person' : 'people'} (${[...new Set(parties.map((p) => casePartyRoleName(p.role).toLowerCase()))].join(', ')})`
      : '';
    await appendCaseEvent(trx, actor, c.id, {
      kind: 'incident_linked',
      summary: `Incident ${found.reference} linked${people}`,
      detail: { incidentId: found.id, parties },
    });
    await refreshCaseDue(trx, [c.id]);
    await writeAudit(trx, actor, {
      action: 'case.incident_link',
      entityType: 'case',
      entityId: c.id,
      detail: { incidentId: found.id, parties },
      ip: opts.ip ?? null,
    });
    return { incidentId: found.id, reference: found.reference, partiesAdded: parties.length };
  });
}
