/**
 * The "Open a case" page's view model: the incident the case is opened from (when there is one,
 * and only if the actor may see it), the case fields prefilled from it on a first visit, and the
 * further incident references.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Actor } from '../../../domain/access/roles.js';
import type { FormErrors } from '../../../platform/forms.js';
import { listCaseFieldChoices } from '../../../services/cases/case-field-choices.js';
import { viewIncidentToOpenFrom } from '../../../services/cases/incident-to-open-from.js';
import { caseFieldItems, type CaseFieldsContext } from '../_core/case-fields.js';
import { asText } from '../_core/page.js';

/** The choices the form offers: incident types in use and the officers who may lead. */
export async function caseFieldChoices(db: Kysely<Database>, organisationId: string, keepTypeCode: string | null = null) {
  const { incidentTypes: types, officers } = await listCaseFieldChoices(db, organisationId);
  const offered = types.filter((t) => t.active || t.code === keepTypeCode);
  const context: CaseFieldsContext = { typeCodes: offered.map((t) => t.code), officerIds: officers.map((o) => o.id) };
  return { types: offered, officers, context };
}

export interface NewCaseInput {
  /** The incident the case is opened from (query or hidden field). */
  incidentId?: string | undefined;
  values?: Record<string, unknown> | undefined;
  errors?: FormErrors | undefined;
  ip?: string | null;
}

/** @returns the page's context, or undefined when the incident named is not one the actor may see. */
export async function newCasePage(db: Kysely<Database>, actor: Actor, input: NewCaseInput) {
  const incidentId = asText(input.incidentId);
  const opened = incidentId ? await viewIncidentToOpenFrom(db, actor, incidentId, input.ip ?? null) : undefined;
  if (incidentId && !opened) return undefined;
  const from = opened?.from;
  const found = opened?.found;
  const values = input.values ?? {
    leadOfficer: actor.userId ?? '',
    category: from?.category ?? '',
    incidentType: from?.incidentTypeCode ?? '',
    flags: [...(from?.childInvolved ? ['childInvolved'] : []), ...(from?.hateRelated ? ['hateRelated'] : [])],
  };
  const { types, officers } = await caseFieldChoices(db, actor.organisationId);
  return {
    title: 'Open a case',
    errors: input.errors,
    incident: found
      ? {
          id: found.incident.id,
          href: `/incidents/${found.incident.id}`,
          rows: [
            { key: { text: 'Reference' }, value: { text: found.incident.reference } },
            { key: { text: 'Type' }, value: { text: found.incident.typeName ?? 'Not recorded' } },
            { key: { text: 'Location' }, value: { text: found.incident.locationText ?? 'Not recorded' } },
            { key: { text: 'People' }, value: { text: found.parties.length ? `${found.parties.length} linked` : 'None linked' } },
          ],
          reference: found.incident.reference,
        }
      : null,
    backHref: found ? `/incidents/${found.incident.id}` : '/',
    incidentReferences: asText(values.incidentReferences),
    fields: caseFieldItems(values, types, officers, input.errors),
  };
}

/** The references typed into "Other incidents", split on commas, spaces and new lines. */
export function referencesOf(value: unknown): string[] {
  return asText(value)
    .split(/[\s,;]+/)
    .filter(Boolean);
}
