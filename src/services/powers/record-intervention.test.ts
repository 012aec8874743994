import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith } from '../../../test/case-builders.js';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { addCalendarDays, londonDate } from '../../domain/checks/calendar.js';
import { SKIP_REASON_MESSAGE } from '../../domain/powers/ladder.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from '../cases/errors.js';
import { aPerson, anActor, CITY, POLICE } from '../report/test-support.js';
import { ensureInterventionTypes } from './ensure-intervention-types.js';
import { InterventionRefusedError } from './errors.js';
import { recordBreach } from './record-breach.js';
import { recordIntervention, type RecordInterventionInput } from './record-intervention.js';
import { recordOutcome } from './record-outcome.js';
import { NO_PARTICULARS } from '../../domain/powers/particulars.js';

const today = londonDate(new Date());
const daysAgo = (n: number) => addCalendarDays(today, -n);

function input(overrides: Partial<RecordInterventionInput>): RecordInterventionInput {
  return {
    typeCode: 'warning_letter',
    subjectKind: 'person',
    personId: null,
    subjectText: null,
    conduct: 'Loud music every night',
    issuedOn: today,
    ...NO_PARTICULARS,
    ...overrides,
  };
}

async function refusalsOf(p: Promise<unknown>) {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InterventionRefusedError);
  return (err as InterventionRefusedError).refusals;
}

describe('recording interventions, breaches and outcomes on a case', () => {
  let h: DbHandle;
  let db: Kysely<Database>;
  let officer: Actor;
  let adult: string;
  let child: string;
  let caseId: string;

  beforeAll(async () => {
    h = await createTestDb();
    db = h.db;
    officer = (await anActor(db, POLICE, ['officer'])).actor;
    adult = await aPerson(db, { forename: 'Gary', surname: 'Loudley', dateOfBirth: '1980-04-02' });
    child = await aPerson(db, { forename: 'Kyle', surname: 'Younger', dateOfBirth: addCalendarDays(today, -15 * 366) });
    caseId = (
      await aCaseWith(db, {
        org: POLICE,
        parties: [
          { personId: adult, role: 'perpetrator' },
          { personId: child, role: 'perpetrator' },
        ],
      })
    ).id;
  });
  afterAll(() => h.close());

  it('seeds the intervention types once and never overwrites an administrator’s edit', async () => {
    expect(await db.selectFrom('intervention_types').select('code').where('code', '=', 'cpn').executeTakeFirst()).toBeDefined();
    await db.updateTable('intervention_types').set({ name: 'CPN (renamed locally)' }).where('code', '=', 'cpn').execute();
    expect(await ensureInterventionTypes(db)).toEqual([]);
    const cpn = await db.selectFrom('intervention_types').select('name').where('code', '=', 'cpn').executeTakeFirstOrThrow();
    expect(cpn.name).toBe('CPN (renamed locally)');
    await db.updateTable('intervention_types').set({ name: 'Community Protection Notice' }).where('code', '=', 'cpn').execute();
  });

  it('refuses a Community Protection Notice without a Warning, with the reason and its source', async () => {
    const refusals = await refusalsOf(recordIntervention(db, officer, caseId, input({ typeCode: 'cpn', personId: adult })));
    const link = refusals.find((r) => r.field === 'linkedInterventionId');
    expect(link?.message).toContain('needs an earlier written Community Protection Warning');
    expect(link?.source).toContain('s.43(5)');
    expect(await db.selectFrom('interventions').select('id').where('case_id', '=', caseId).execute()).toHaveLength(0);
  });

  it('asks why earlier steps were skipped, then records a Warning given with a reason', async () => {
    const cpw = input({ typeCode: 'cpw', personId: adult, issuedOn: daysAgo(30), complianceDueOn: daysAgo(10), authorisedInWriting: true });
    const refusals = await refusalsOf(recordIntervention(db, officer, caseId, cpw));
    expect(refusals).toEqual([expect.objectContaining({ field: 'skipReason', message: SKIP_REASON_MESSAGE })]);
    const { id } = await recordIntervention(db, officer, caseId, {
      ...cpw,
      skipReason: 'Threats to neighbours: a warning letter is not enough',
    });
    const row = await db.selectFrom('interventions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      type_code: 'cpw',
      person_id: adult,
      compliance_due_on: daysAgo(10),
      organisation_id: officer.organisationId,
      officer_id: officer.userId,
    });
  });

  it('records the Notice once the time to comply has passed, with its appeal deadline on the timeline and an audit record', async () => {
    const cpw = await db
      .selectFrom('interventions')
      .select('id')
      .where('case_id', '=', caseId)
      .where('type_code', '=', 'cpw')
      .executeTakeFirstOrThrow();
    const result = await recordIntervention(
      db,
      officer,
      caseId,
      input({ typeCode: 'cpn', personId: adult, linkedInterventionId: cpw.id }),
      { ip: '10.0.0.1' },
    );
    const appeal = result.deadlines.find((d) => d.code === 'cpn_appeal');
    expect(appeal?.on).toBe(addCalendarDays(today, 20));
    const event = await db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('kind', '=', 'intervention')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(event.summary).toBe('Community Protection Notice issued to Gary Loudley');
    expect(event.body).toContain("Last day to appeal to the magistrates' court");
    expect(event.detail).toMatchObject({
      interventionId: result.id,
      typeCode: 'cpn',
      deadlines: [{ code: 'cpn_appeal', on: addCalendarDays(today, 20) }],
    });
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'intervention.record')
      .where('entity_id', '=', caseId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.detail).toEqual({ interventionId: result.id, typeCode: 'cpn', personId: adult });
  });

  it('refuses a Notice while the Warning’s time to comply is still running', async () => {
    const { id: cpw } = await recordIntervention(
      db,
      officer,
      caseId,
      input({
        typeCode: 'cpw',
        subjectKind: 'body',
        subjectText: 'Late Bar Ltd',
        issuedOn: daysAgo(2),
        complianceDueOn: addCalendarDays(today, 5),
        authorisedInWriting: true,
        skipReason: 'Licensed premises: straight to a warning',
      }),
    );
    const refusals = await refusalsOf(
      recordIntervention(
        db,
        officer,
        caseId,
        input({ typeCode: 'cpn', subjectKind: 'body', subjectText: 'Late Bar Ltd', linkedInterventionId: cpw }),
      ),
    );
    expect(refusals.map((r) => r.field)).toContain('issuedOn');
    expect(refusals.find((r) => r.field === 'issuedOn')?.message).toContain('until the time given to comply with the warning has passed');
  });

  it('gives every refusal at once: a Warning to a 15-year-old with no date to comply', async () => {
    const refusals = await refusalsOf(
      recordIntervention(db, officer, caseId, input({ typeCode: 'cpw', personId: child, authorisedInWriting: true, skipReason: 'r' })),
    );
    expect(refusals.map((r) => r.field).sort()).toEqual(['complianceDueOn', 'personId']);
    expect(refusals.every((r) => r.message && r.source)).toBe(true);
  });

  it('records despite a warning, keeping the warning with the intervention and on the timeline', async () => {
    const unknownAge = await aPerson(db, { forename: 'Noel', surname: 'Nodob' });
    await db.insertInto('case_parties').values({ case_id: caseId, person_id: unknownAge, role: 'perpetrator' }).execute();
    const result = await recordIntervention(
      db,
      officer,
      caseId,
      input({ typeCode: 'cpw', personId: unknownAge, complianceDueOn: today, authorisedInWriting: true, skipReason: 'r' }),
    );
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ field: 'personId', message: expect.stringContaining('date of birth is not recorded') }),
    );
    const row = await db.selectFrom('interventions').select('details').where('id', '=', result.id).executeTakeFirstOrThrow();
    expect(row.details).toEqual({ warnings: result.warnings });
    const event = await db
      .selectFrom('case_events')
      .select('body')
      .where('case_id', '=', caseId)
      .where('summary', '=', 'Community Protection Warning issued to Noel Nodob')
      .executeTakeFirstOrThrow();
    expect(event.body).toContain('Check: The person');
  });

  it('refuses someone who is not on the case', async () => {
    const stranger = await aPerson(db, { surname: 'Elsewhere', dateOfBirth: '1970-01-01' });
    const refusals = await refusalsOf(recordIntervention(db, officer, caseId, input({ personId: stranger, skipReason: 'r' })));
    expect(refusals).toContainEqual(
      expect.objectContaining({ field: 'personId', message: 'Select who it is against from the people on this case' }),
    );
  });

  it('records a breach and an outcome, each with a case event and an audit record', async () => {
    const cpn = await db
      .selectFrom('interventions')
      .select('id')
      .where('case_id', '=', caseId)
      .where('type_code', '=', 'cpn')
      .executeTakeFirstOrThrow();
    await recordBreach(db, officer, caseId, cpn.id, {
      breachedOn: today,
      details: 'Music again at 2am',
      actionTaken: 'Fixed penalty considered',
    });
    await recordOutcome(db, officer, caseId, cpn.id, { outcome: 'breached', outcomeOn: today, notes: 'Breached within a day' });
    const row = await db.selectFrom('interventions').select(['outcome', 'outcome_on']).where('id', '=', cpn.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ outcome: 'breached', outcome_on: today });
    const breaches = await db.selectFrom('intervention_breaches').selectAll().where('intervention_id', '=', cpn.id).execute();
    expect(breaches).toEqual([
      expect.objectContaining({ breached_on: today, details: 'Music again at 2am', action_taken: 'Fixed penalty considered' }),
    ]);
    const kinds = (await db.selectFrom('case_events').select('kind').where('case_id', '=', caseId).execute()).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['intervention_breach', 'intervention_outcome']));
    const actions = (await db.selectFrom('audit_log').select('action').where('entity_id', '=', caseId).execute()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['intervention.breach', 'intervention.outcome']));
  });

  it('refuses an outcome not on the list, and a breach dated before the intervention', async () => {
    const cpn = await db
      .selectFrom('interventions')
      .select('id')
      .where('case_id', '=', caseId)
      .where('type_code', '=', 'cpn')
      .executeTakeFirstOrThrow();
    await expect(recordOutcome(db, officer, caseId, cpn.id, { outcome: 'forgotten', outcomeOn: today })).rejects.toThrow(CaseRuleError);
    await expect(recordBreach(db, officer, caseId, cpn.id, { breachedOn: daysAgo(40), details: 'x' })).rejects.toThrow(
      'Date of the breach must be on or after the day it was issued',
    );
  });

  it('treats another organisation’s case as not found, and an analyst as not allowed', async () => {
    const council = (await anActor(db, CITY, ['officer'])).actor;
    await expect(recordIntervention(db, council, caseId, input({ personId: adult }))).rejects.toThrow(CaseNotFoundError);
    const cpn = await db
      .selectFrom('interventions')
      .select('id')
      .where('case_id', '=', caseId)
      .where('type_code', '=', 'cpn')
      .executeTakeFirstOrThrow();
    await expect(recordBreach(db, council, caseId, cpn.id, { breachedOn: today, details: 'x' })).rejects.toThrow(CaseNotFoundError);
    const otherCase = (await aCaseWith(db, { org: CITY })).id;
    await expect(recordOutcome(db, officer, otherCase, cpn.id, { outcome: 'complied', outcomeOn: today })).rejects.toThrow(
      CaseNotFoundError,
    );
    const analyst = (await anActor(db, POLICE, ['analyst'])).actor;
    await expect(recordIntervention(db, analyst, caseId, input({ personId: adult }))).rejects.toThrow(CaseForbiddenError);
  });
});
