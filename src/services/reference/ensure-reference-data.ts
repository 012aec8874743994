/**
 * Loads the reference data every installation needs, idempotently: ASB categories, the first
 * version of the incident-type list, LLR districts, CSPs, NPAs with their default district
 * mapping, the partnership's organisations and version 1 of the call-handling questions.
 * Existing rows are never overwritten, so an administrator's edits survive restarts.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { insertIncidentTypeRevisions, insertMissingIncidentTypes } from '../../db/repositories/incident-types.js';
import { insertOrganisations, organisationIdsByName } from '../../db/repositories/organisations.js';
import {
  addNpaMappings,
  insertMissingCategories,
  insertMissingCsps,
  insertMissingDistricts,
  insertMissingNpas,
} from '../../db/repositories/reference-data.js';
import { ASB_CATEGORIES } from '../../domain/classification/categories.js';
import { INCIDENT_TYPES_V1 } from '../../domain/classification/incident-types.js';
import { CSPS, LLR_DISTRICTS, LLR_ORGANISATIONS, NPAS } from '../../domain/geography/llr.js';
import { ensureCallHandlingQuestionnaire } from '../report/call-handling-questions.js';
import { ensureRiskQuestionnaires } from '../risk/ensure-risk-questionnaires.js';
import { ensureInterventionTypes } from '../powers/ensure-intervention-types.js';
import { ensureLetterTemplates } from '../letters/ensure-letter-templates.js';

export async function ensureReferenceData(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertMissingCategories(trx, ASB_CATEGORIES);
    const types = INCIDENT_TYPES_V1.map((t, i) => ({
      code: t.code,
      name: t.name,
      description: t.description,
      nsir_type: t.nsirType,
      sort_order: (i + 1) * 10,
    }));
    const added = await insertMissingIncidentTypes(trx, types);
    if (added.length) {
      const addedCodes = new Set(added);
      await insertIncidentTypeRevisions(
        trx,
        types
          .filter((t) => addedCodes.has(t.code))
          .map((t) => ({ code: t.code, version: 1, name: t.name, description: t.description, nsir_type: t.nsir_type, active: true })),
      );
    }
    await insertMissingCsps(trx, CSPS);
    await insertMissingNpas(trx, NPAS);
    await insertMissingDistricts(
      trx,
      LLR_DISTRICTS.map((d) => ({ code: d.code, name: d.name, kind: d.kind, utla_code: d.utlaCode, csp_code: d.cspCode })),
    );
    await addNpaMappings(
      trx,
      LLR_DISTRICTS.map((d) => ({ area_type: 'district' as const, area_code: d.code, npa_code: d.npaCode })),
    );
    const existing = new Set((await organisationIdsByName(trx)).map((o) => o.name.toLowerCase()));
    const orgs = LLR_ORGANISATIONS.filter((o) => !existing.has(o.name.toLowerCase()));
    if (orgs.length) {
      await insertOrganisations(
        trx,
        orgs.map((o) => ({ name: o.name, kind: o.kind, districtCode: o.districtCode, contactEmail: null })),
      );
    }
    await ensureCallHandlingQuestionnaire(trx);
    await ensureRiskQuestionnaires(trx);
    await ensureInterventionTypes(trx);
    await ensureLetterTemplates(trx);
  });
}
