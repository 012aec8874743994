import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { DbHandle } from '../../db/client.js';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith } from '../../../test/case-builders.js';
import { interventionTypes } from '../../db/repositories/interventions.js';
import type { Actor } from '../../domain/access/roles.js';
import { londonDate } from '../../domain/checks/calendar.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from '../cases/errors.js';
import { aPerson, anActor, POLICE } from '../report/test-support.js';
import { addInterventionType, editInterventionType, requiredKindsMissing, type InterventionTypeInput } from './admin-intervention-types.js';
import { InterventionRefusedError } from './errors.js';
import { recordIntervention, type RecordInterventionInput } from './record-intervention.js';
import { NO_PARTICULARS } from '../../domain/powers/particulars.js';

const respect: InterventionTypeInput & { code: string } = {
  code: 'respect_order',
  name: 'Respect Order',
  tier: 6,
  statutory: true,
  subjectKinds: ['person'],
  legalSource: 'Crime and Policing Bill (if enacted)',
  description: 'A court order replacing the civil injunction for adults.',
};

async function ruleError(p: Promise<unknown>): Promise<CaseRuleError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CaseRuleError);
  return err as CaseRuleError;
}

describe('administering the intervention-type register', () => {
  let h: DbHandle;
  let db: Kysely<Database>;
  let admin: Actor;
  let officer: Actor;
  const stored = (code: string) => db.selectFrom('intervention_types').selectAll().where('code', '=', code).executeTakeFirst();
  const audits = (action: string, code: string) =>
    db.selectFrom('audit_log').select(['user_id', 'detail']).where('action', '=', action).where('entity_id', '=', code).execute();

  beforeAll(async () => {
    h = await createTestDb();
    db = h.db;
    admin = (await anActor(db, POLICE, ['administrator'])).actor;
    officer = (await anActor(db, POLICE, ['officer'])).actor;
  });
  afterAll(() => h.close());

  it('adds a type at the end of the register, with who added it, audited by code', async () => {
    expect(await addInterventionType(db, admin, respect, '203.0.113.5')).toEqual({ code: 'respect_order' });
    const row = await stored('respect_order');
    expect(row).toMatchObject({
      name: 'Respect Order',
      tier: 6,
      statutory: true,
      subject_kinds: ['person'],
      active: true,
      updated_by: admin.userId,
    });
    const maxOther = await db
      .selectFrom('intervention_types')
      .select((eb) => eb.fn.max('sort_order').as('n'))
      .where('code', '<>', 'respect_order')
      .executeTakeFirstOrThrow();
    expect(row!.sort_order).toBeGreaterThan(Number(maxOther.n));
    expect(await audits('intervention_type.add', 'respect_order')).toEqual([{ user_id: admin.userId, detail: { code: 'respect_order' } }]);
  });

  it('refuses a code that is taken, whether seeded or added', async () => {
    expect((await ruleError(addInterventionType(db, admin, respect))).message).toBe('An intervention type with this code already exists');
    const err = await ruleError(addInterventionType(db, admin, { ...respect, code: 'cpn' }));
    expect(err.field).toBe('code');
  });

  it('refuses a badly formed code, a tier outside 1 to 9 and no subject kind', async () => {
    for (const code of ['Respect', 'respect-order', '1respect', 'respect order', '']) {
      expect((await ruleError(addInterventionType(db, admin, { ...respect, code }))).field).toBe('code');
    }
    expect((await ruleError(addInterventionType(db, admin, { ...respect, code: 'x1', tier: 10 }))).field).toBe('tier');
    expect((await ruleError(addInterventionType(db, admin, { ...respect, code: 'x2', subjectKinds: [] }))).field).toBe('subjectKinds');
    expect(await stored('x1')).toBeUndefined();
  });

  it('edits a type, keeping its code, and audits the changed fields only', async () => {
    const before = (await stored('warning_letter'))!;
    const res = await editInterventionType(db, admin, 'warning_letter', {
      name: 'First warning letter',
      tier: 2,
      statutory: false,
      subjectKinds: ['body', 'person'],
      legalSource: null,
      description: before.description,
      active: true,
    });
    expect(res).toEqual({ changed: true });
    expect(await stored('warning_letter')).toMatchObject({
      code: 'warning_letter',
      name: 'First warning letter',
      updated_by: admin.userId,
    });
    expect((await stored('warning_letter'))!.updated_at.getTime()).toBeGreaterThanOrEqual(before.updated_at.getTime());
    expect(await audits('intervention_type.edit', 'warning_letter')).toEqual([
      { user_id: admin.userId, detail: { code: 'warning_letter', fields: ['name'] } },
    ]);
  });

  it('writes nothing when nothing changed', async () => {
    const t = (await interventionTypes(db)).find((x) => x.code === 'abc')!;
    const same = {
      name: t.name,
      tier: t.tier,
      statutory: t.statutory,
      subjectKinds: [...t.subjectKinds],
      legalSource: t.legalSource,
      description: t.description,
      active: t.active,
    };
    expect(await editInterventionType(db, admin, 'abc', same)).toEqual({ changed: false });
    expect(await audits('intervention_type.edit', 'abc')).toEqual([]);
  });

  it('moves a type on the ladder and takes it off the ladder', async () => {
    const t = (await interventionTypes(db)).find((x) => x.code === 'mediation')!;
    await editInterventionType(db, admin, 'mediation', { ...t, subjectKinds: [...t.subjectKinds], tier: 2 });
    expect((await stored('mediation'))!.tier).toBe(2);
    await editInterventionType(db, admin, 'mediation', { ...t, subjectKinds: [...t.subjectKinds], tier: null });
    expect((await stored('mediation'))!.tier).toBeNull();
  });

  it('keeps the subject kinds the rules need on a type they know, but lets them be added to', async () => {
    const cpn = (await interventionTypes(db)).find((x) => x.code === 'cpn')!;
    const err = await ruleError(editInterventionType(db, admin, 'cpn', { ...cpn, subjectKinds: ['body'] }));
    expect(err.field).toBe('subjectKinds');
    expect(err.message).toBe('Community Protection Notice must still be usable against a person: the rules Concord checks for it need it');
    expect((await stored('cpn'))!.subject_kinds).toEqual(['person', 'body']);
    expect(requiredKindsMissing('cpn', ['premises'])).toEqual(['person', 'body']);
    expect(requiredKindsMissing('respect_order', ['area'])).toEqual([]);
    await editInterventionType(db, admin, 'respect_order', { ...respect, subjectKinds: ['body'], active: true });
    expect((await stored('respect_order'))!.subject_kinds).toEqual(['body']);
  });

  it('hides a deactivated type from the types the recording form offers, and refuses to record it', async () => {
    const t = (await interventionTypes(db)).find((x) => x.code === 'respect_order')!;
    await editInterventionType(db, admin, 'respect_order', { ...t, subjectKinds: ['person'], active: false });
    expect((await interventionTypes(db, { activeOnly: true })).map((x) => x.code)).not.toContain('respect_order');
    expect((await interventionTypes(db)).find((x) => x.code === 'respect_order')?.active).toBe(false);
    const person = await aPerson(db, { forename: 'Rhys', surname: 'Rowdy', dateOfBirth: '1990-01-01' });
    const { id: caseId } = await aCaseWith(db, { org: POLICE, parties: [{ personId: person, role: 'perpetrator' }] });
    const input = {
      typeCode: 'respect_order',
      subjectKind: 'person',
      personId: person,
      subjectText: null,
      conduct: 'Shouting at neighbours',
      issuedOn: londonDate(new Date()),
      ...NO_PARTICULARS,
    } satisfies RecordInterventionInput;
    const err = await recordIntervention(db, officer, caseId, input).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InterventionRefusedError);
  });

  it('refuses anyone without reference-data administration, and an unknown code', async () => {
    await expect(addInterventionType(db, officer, { ...respect, code: 'other_type' })).rejects.toBeInstanceOf(CaseForbiddenError);
    await expect(editInterventionType(db, officer, 'abc', { ...respect, active: true })).rejects.toBeInstanceOf(CaseForbiddenError);
    expect(await stored('other_type')).toBeUndefined();
    await expect(editInterventionType(db, admin, 'no_such_type', { ...respect, active: true })).rejects.toBeInstanceOf(CaseNotFoundError);
  });
});
