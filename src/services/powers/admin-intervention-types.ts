/**
 * Administers the register of intervention types (issue 5: "New types (e.g. Respect Orders, if
 * enacted) can be added without code"; the Incremental Approach ladder tiers are LOCAL and
 * configurable, DOMAIN.md §2.3 [S45][S46]). Needs 'admin:reference'. Every change sets
 * updated_by/updated_at and is audited ('intervention_type.add' / 'intervention_type.edit', with
 * the code and the names of the changed fields only).
 *
 * A type the rules know (KNOWN_TYPES, domain/powers/default-types.ts) keeps the subject kinds
 * its seed gives it: the rules (check-intervention.ts) are written for them, e.g. a Community
 * Protection Notice against a person or a body (DOMAIN.md §2.1). A type an administrator adds is
 * checked with the generic rules only. The code never changes once added. Deactivating a type
 * hides it from the recording form; interventions already recorded keep it.
 */
import type { Kysely } from 'kysely';
import type { Database, SubjectKind } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import {
  highestInterventionTypeSortOrder,
  insertInterventionType,
  interventionTypeCodeTaken,
  lockInterventionType,
  updateInterventionType,
} from '../../db/repositories/intervention-types.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { DEFAULT_INTERVENTION_TYPES, isKnownType } from '../../domain/powers/default-types.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from '../cases/errors.js';

/** Lower-case letters, digits and underscores, starting with a letter (like respect_order). */
export const INTERVENTION_TYPE_CODE = /^[a-z][a-z0-9_]*$/;
export const SUBJECT_KINDS: readonly SubjectKind[] = ['person', 'body', 'premises', 'area'];
const SUBJECT_WORDS: Record<SubjectKind, string> = { person: 'a person', body: 'a body', premises: 'premises', area: 'an area' };

/** What an administrator may set on a type. `tier` is 1–9, or null when not a step on the ladder. */
export interface InterventionTypeInput {
  name: string;
  tier: number | null;
  statutory: boolean;
  subjectKinds: SubjectKind[];
  legalSource: string | null;
  description: string | null;
}

function requireAdmin(actor: Actor): void {
  if (!can(actor, 'admin:reference')) throw new CaseForbiddenError('Your role does not allow changes to the intervention types');
}

/** The register's own rules, checked again here so no caller can store a type the pages would refuse. */
function checkInput(input: InterventionTypeInput): void {
  if (!input.name.trim()) throw new CaseRuleError('name', 'Enter the name of the type');
  if (input.tier !== null && (!Number.isInteger(input.tier) || input.tier < 1 || input.tier > 9)) {
    throw new CaseRuleError('tier', 'Step on the ladder must be a whole number from 1 to 9');
  }
  if (!input.subjectKinds.length || input.subjectKinds.some((k) => !SUBJECT_KINDS.includes(k))) {
    throw new CaseRuleError('subjectKinds', 'Select what this type can be used against');
  }
}

/**
 * The seeded subject kinds a known type would lose with `kinds` (empty for a type the rules do
 * not know). DOMAIN.md §2.1: the rules for each statutory power are written for its subjects.
 */
export function requiredKindsMissing(code: string, kinds: readonly SubjectKind[]): SubjectKind[] {
  if (!isKnownType(code)) return [];
  const seed = DEFAULT_INTERVENTION_TYPES.find((t) => t.code === code);
  return (seed?.subjectKinds ?? []).filter((k) => !kinds.includes(k));
}

function checkKnownKinds(code: string, name: string, kinds: readonly SubjectKind[]): void {
  const missing = requiredKindsMissing(code, kinds);
  if (!missing.length) return;
  const words = missing.map((k) => SUBJECT_WORDS[k]).join(' and ');
  throw new CaseRuleError(
    'subjectKinds',
    `${name} must still be usable against ${words}: the rules Concord checks for it need ${missing.length > 1 ? 'them' : 'it'}`,
  );
}

const row = (input: InterventionTypeInput) => ({
  name: input.name.trim(),
  tier: input.tier,
  statutory: input.statutory,
  subject_kinds: [...input.subjectKinds],
  legal_source: input.legalSource,
  description: input.description,
});

/**
 * Adds a type at the end of the register (sort order after every other type).
 * @throws CaseForbiddenError without 'admin:reference'; CaseRuleError('code') for a badly formed
 *   or taken code; CaseRuleError for a missing name, a tier outside 1–9 or no subject kind.
 */
export async function addInterventionType(
  db: Kysely<Database>,
  actor: Actor,
  input: InterventionTypeInput & { code: string },
  ip: string | null = null,
): Promise<{ code: string }> {
  requireAdmin(actor);
  if (!INTERVENTION_TYPE_CODE.test(input.code) || input.code.length > 50) {
    throw new CaseRuleError(
      'code',
      'Code must start with a letter and only include lower-case letters, numbers and underscores, like respect_order',
    );
  }
  checkInput(input);
  const taken = () => new CaseRuleError('code', 'An intervention type with this code already exists');
  const added = db.transaction().execute(async (trx) => {
    if (await interventionTypeCodeTaken(trx, input.code)) throw taken();
    checkKnownKinds(input.code, input.name, input.subjectKinds);
    const last = await highestInterventionTypeSortOrder(trx);
    await insertInterventionType(trx, {
      code: input.code,
      ...row(input),
      active: true,
      sort_order: last + 10,
      updated_by: actor.userId,
      updated_at: new Date(),
    });
    await writeAudit(trx, actor, {
      action: 'intervention_type.add',
      entityType: 'intervention_type',
      entityId: input.code,
      detail: { code: input.code },
      ip,
    });
    return { code: input.code };
  });
  return added.catch((err: unknown) => {
    throw (err as { code?: string }).code === '23505' ? taken() : err;
  });
}

/**
 * Changes a type's name, tier, statutory flag, subject kinds, legal source, description and
 * whether it is in use. The code never changes.
 * @returns whether anything changed (an unchanged form writes nothing and no audit record).
 * @throws CaseForbiddenError without 'admin:reference'; CaseNotFoundError for an unknown code;
 *   CaseRuleError('subjectKinds') when a known type would lose a subject kind its rules need;
 *   CaseRuleError for a missing name, a tier outside 1–9 or no subject kind.
 */
export async function editInterventionType(
  db: Kysely<Database>,
  actor: Actor,
  code: string,
  input: InterventionTypeInput & { active: boolean },
  ip: string | null = null,
): Promise<{ changed: boolean }> {
  requireAdmin(actor);
  checkInput(input);
  return db.transaction().execute(async (trx) => {
    const current = await lockInterventionType(trx, code);
    if (!current) throw new CaseNotFoundError('Intervention type not found');
    checkKnownKinds(code, current.name, input.subjectKinds);
    const next = { ...row(input), active: input.active };
    const same = (k: keyof typeof next) =>
      k === 'subject_kinds' ? [...current.subject_kinds].sort().join() === [...next.subject_kinds].sort().join() : current[k] === next[k];
    const fields = (Object.keys(next) as (keyof typeof next)[]).filter((k) => !same(k));
    if (!fields.length) return { changed: false };
    await updateInterventionType(trx, code, { ...next, updated_by: actor.userId, updated_at: new Date() });
    await writeAudit(trx, actor, {
      action: 'intervention_type.edit',
      entityType: 'intervention_type',
      entityId: code,
      detail: { code, fields },
      ip,
    });
    return { changed: true };
  });
}
