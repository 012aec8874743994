/**
 * Builders for issue 5 tests: anIntervention(db, {...}) writes an intervention (and its breaches)
 * straight into the tables (no service, no rules, no audit), so a test can set up any history.
 * The few intervention types it may need are inserted when missing (ON CONFLICT DO NOTHING), so
 * it works whether or not the reference data already holds them.
 */
import type { Kysely } from 'kysely';
import type { Database, InterventionOutcome, SubjectKind } from '../src/db/schema.js';
import { orgId } from './builders.js';

const TEST_TYPES: { code: string; name: string; tier: number | null; statutory: boolean; subject_kinds: SubjectKind[] }[] = [
  { code: 'warning_letter', name: 'Warning letter', tier: 2, statutory: false, subject_kinds: ['person'] },
  { code: 'abc', name: 'Acceptable Behaviour Contract', tier: 3, statutory: false, subject_kinds: ['person'] },
  { code: 'cpw', name: 'Community Protection Warning', tier: 4, statutory: true, subject_kinds: ['person', 'body'] },
  { code: 'cpn', name: 'Community Protection Notice', tier: 5, statutory: true, subject_kinds: ['person', 'body'] },
  { code: 'civil_injunction', name: 'Civil injunction', tier: 6, statutory: true, subject_kinds: ['person'] },
  { code: 'closure_notice', name: 'Closure notice', tier: null, statutory: true, subject_kinds: ['premises'] },
];

/** Inserts the test intervention types that are missing. */
export async function ensureTestInterventionTypes(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('intervention_types')
    .values(TEST_TYPES)
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

export interface InterventionSpec {
  caseId: string;
  typeCode: string;
  /** The subject when a person; null/absent for premises or an area. */
  personId?: string | null;
  subjectKind?: SubjectKind;
  subjectText?: string | null;
  /** Issuing organisation's name; default Leicestershire Police. */
  organisation?: string;
  officerId?: string | null;
  /** YYYY-MM-DD, Europe/London. */
  issuedOn: string;
  conduct?: string;
  terms?: string | null;
  complianceDueOn?: string | null;
  reviewOn?: string | null;
  linkedInterventionId?: string | null;
  outcome?: InterventionOutcome | null;
  /** Breach dates (YYYY-MM-DD), one breach row each. */
  breaches?: string[];
}

/** One intervention with its breaches. @returns its id. */
export async function anIntervention(db: Kysely<Database>, spec: InterventionSpec): Promise<string> {
  await ensureTestInterventionTypes(db);
  const row = await db
    .insertInto('interventions')
    .values({
      case_id: spec.caseId,
      type_code: spec.typeCode,
      subject_kind: spec.subjectKind ?? (spec.personId ? 'person' : 'premises'),
      person_id: spec.personId ?? null,
      subject_text: spec.subjectText ?? (spec.personId ? null : '1 Test Street'),
      organisation_id: await orgId(db, spec.organisation ?? 'Leicestershire Police'),
      officer_id: spec.officerId ?? null,
      conduct: spec.conduct ?? 'Playing loud music late at night',
      terms: spec.terms ?? null,
      issued_on: spec.issuedOn,
      compliance_due_on: spec.complianceDueOn ?? null,
      review_on: spec.reviewOn ?? null,
      linked_intervention_id: spec.linkedInterventionId ?? null,
      outcome: spec.outcome ?? null,
      details: JSON.stringify({}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (spec.breaches?.length) {
    await db
      .insertInto('intervention_breaches')
      .values(spec.breaches.map((breached_on) => ({ intervention_id: row.id, breached_on, details: 'Breach reported' })))
      .execute();
  }
  return row.id;
}
