/**
 * Loads the reference data every installation needs, idempotently: ASB categories, the first
 * version of the incident-type list, LLR districts, CSPs, NPAs with their default district
 * mapping, the partnership's organisations and version 1 of the call-handling questions.
 * Existing rows are never overwritten, so an administrator's edits survive restarts.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { ASB_CATEGORIES } from '../../domain/classification/categories.js';
import { INCIDENT_TYPES_V1 } from '../../domain/classification/incident-types.js';
import { CSPS, LLR_DISTRICTS, LLR_ORGANISATIONS, NPAS } from '../../domain/geography/llr.js';
import { ensureCallHandlingQuestionnaire } from '../report/call-handling-questions.js';
import { ensureRiskQuestionnaires } from '../risk/ensure-risk-questionnaires.js';
import { ensureInterventionTypes } from '../powers/ensure-intervention-types.js';
import { ensureLetterTemplates } from '../letters/ensure-letter-templates.js';

export async function ensureReferenceData(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('asb_categories')
      .values([...ASB_CATEGORIES])
      .onConflict((oc) => oc.doNothing())
      .execute();

    const types = INCIDENT_TYPES_V1.map((t, i) => ({
      code: t.code,
      name: t.name,
      description: t.description,
      nsir_type: t.nsirType,
      sort_order: (i + 1) * 10,
    }));
    const added = await trx
      .insertInto('incident_types')
      .values(types)
      .onConflict((oc) => oc.doNothing())
      .returning('code')
      .execute();
    if (added.length) {
      const addedCodes = new Set(added.map((a) => a.code));
      await trx
        .insertInto('incident_type_revisions')
        .values(
          types
            .filter((t) => addedCodes.has(t.code))
            .map((t) => ({ code: t.code, version: 1, name: t.name, description: t.description, nsir_type: t.nsir_type, active: true })),
        )
        .execute();
    }

    await trx
      .insertInto('community_safety_partnerships')
      .values([...CSPS])
      .onConflict((oc) => oc.doNothing())
      .execute();
    await trx
      .insertInto('neighbourhood_policing_areas')
      .values([...NPAS])
      .onConflict((oc) => oc.doNothing())
      .execute();
    await trx
      .insertInto('districts')
      .values(LLR_DISTRICTS.map((d) => ({ code: d.code, name: d.name, kind: d.kind, utla_code: d.utlaCode, csp_code: d.cspCode })))
      .onConflict((oc) => oc.doNothing())
      .execute();
    await trx
      .insertInto('npa_mappings')
      .values(LLR_DISTRICTS.map((d) => ({ area_type: 'district' as const, area_code: d.code, npa_code: d.npaCode })))
      .onConflict((oc) => oc.doNothing())
      .execute();

    const existing = new Set((await trx.selectFrom('organisations').select('name').execute()).map((o) => o.name.toLowerCase()));
    const orgs = LLR_ORGANISATIONS.filter((o) => !existing.has(o.name.toLowerCase()));
    if (orgs.length) {
      await trx
        .insertInto('organisations')
        .values(orgs.map((o) => ({ name: o.name, kind: o.kind, district_code: o.districtCode, contact_email: null })))
        .execute();
    }

    await ensureCallHandlingQuestionnaire(trx);
    await ensureRiskQuestionnaires(trx);
    await ensureInterventionTypes(trx);
    await ensureLetterTemplates(trx);
  });
}
