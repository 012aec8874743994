import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith } from '../../../test/case-builders.js';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { aPerson, anActor, CITY, POLICE } from '../report/test-support.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from './errors.js';
import { recordContact, type ContactInput } from './record-contact.js';
import { setContactPlan, type ContactPlanInput } from './set-contact-plan.js';

const NOW = new Date('2026-11-21T10:00:00Z');
const PLAN: ContactPlanInput = { method: 'phone', frequencyDays: 14, timesToAvoid: 'Not before 10am', agreedOn: '2026-11-20' };
const CONTACT: ContactInput = {
  contactedAt: new Date('2026-11-21T09:30:00Z'),
  method: 'phone',
  outcome: 'made',
  summary: 'Updated on the warning letter.',
};

describe('victim contact plans and the contact log', () => {
  let h: DbHandle;
  let officer: Actor;
  let analyst: Actor;
  let cityOfficer: Actor;
  let caseId: string;
  let victimId: string;
  let perpetratorId: string;

  beforeAll(async () => {
    h = await createTestDb();
    officer = (await anActor(h.db, POLICE, ['officer'])).actor;
    analyst = (await anActor(h.db, POLICE, ['analyst'])).actor;
    cityOfficer = (await anActor(h.db, CITY, ['partner_case_officer'])).actor;
    victimId = await aPerson(h.db, { forename: 'Jo', surname: 'Victim' });
    perpetratorId = await aPerson(h.db, { forename: 'Sam', surname: 'Perpetrator' });
    caseId = (
      await aCaseWith(h.db, {
        org: POLICE,
        parties: [
          { personId: victimId, role: 'victim' },
          { personId: perpetratorId, role: 'perpetrator' },
        ],
      })
    ).id;
  });
  afterAll(() => h.close());

  const planRule = async (input: Partial<ContactPlanInput>) => {
    const err = await setContactPlan(h.db, officer, caseId, victimId, { ...PLAN, ...input }, { now: NOW }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CaseRuleError);
    return { field: (err as CaseRuleError).field, message: (err as CaseRuleError).message };
  };

  it('records a plan with a case event and an audit record carrying ids only', async () => {
    const { id } = await setContactPlan(h.db, officer, caseId, victimId, PLAN, { now: NOW, ip: '10.0.0.2' });
    const plan = await h.db.selectFrom('victim_contact_plans').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(plan).toMatchObject({
      case_id: caseId,
      person_id: victimId,
      method: 'phone',
      via_name: null,
      frequency_days: 14,
      times_to_avoid: 'Not before 10am',
      created_by: officer.userId,
    });
    const event = await h.db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('kind', '=', 'contact_plan')
      .executeTakeFirstOrThrow();
    expect(event.summary).toBe('Contact plan agreed with Jo Victim: by phone, every 14 days');
    const audit = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'case.contact_plan').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity_id: caseId, ip: '10.0.0.2' });
    expect(audit.detail).toEqual({ planId: id, personId: victimId });
    expect(JSON.stringify(audit.detail)).not.toContain('Victim');
  });

  it('keeps the earlier plan when a new one is agreed', async () => {
    await setContactPlan(h.db, officer, caseId, victimId, { ...PLAN, method: 'email', frequencyDays: 7 }, { now: NOW });
    const plans = await h.db
      .selectFrom('victim_contact_plans')
      .select(['method', 'frequency_days'])
      .where('person_id', '=', victimId)
      .orderBy('created_at')
      .execute();
    expect(plans.map((p) => p.method)).toEqual(['phone', 'email']);
  });

  it('needs the name of the person when contact goes through a named person, and keeps it only then', async () => {
    expect(await planRule({ method: 'via_named_person', viaName: ' ' })).toEqual({
      field: 'viaName',
      message: 'Enter the name of the person to contact them through',
    });
    const via = await setContactPlan(
      h.db,
      officer,
      caseId,
      victimId,
      { ...PLAN, method: 'via_named_person', viaName: ' Pat Carer ' },
      { now: NOW },
    );
    const phone = await setContactPlan(h.db, officer, caseId, victimId, { ...PLAN, viaName: 'Ignored' }, { now: NOW });
    const names = await h.db.selectFrom('victim_contact_plans').select(['id', 'via_name']).where('id', 'in', [via.id, phone.id]).execute();
    expect(Object.fromEntries(names.map((n) => [n.id, n.via_name]))).toEqual({ [via.id]: 'Pat Carer', [phone.id]: null });
  });

  it('takes how often as 1 to 365 days', async () => {
    expect(await planRule({ frequencyDays: 0 })).toEqual({ field: 'frequencyDays', message: 'How often must be at least 1 day' });
    expect(await planRule({ frequencyDays: 366 })).toEqual({ field: 'frequencyDays', message: 'How often must be 365 days or fewer' });
    await expect(setContactPlan(h.db, officer, caseId, victimId, { ...PLAN, frequencyDays: 365 }, { now: NOW })).resolves.toHaveProperty(
      'id',
    );
  });

  it('refuses a plan agreed in the future (Europe/London today)', async () => {
    expect(await planRule({ agreedOn: '2026-11-22' })).toEqual({
      field: 'agreedOn',
      message: 'Date the plan was agreed must be today or in the past',
    });
    // 23:30 UTC on 31 March is already 1 April in London (BST).
    await expect(
      setContactPlan(h.db, officer, caseId, victimId, { ...PLAN, agreedOn: '2026-04-01' }, { now: new Date('2026-03-31T23:30:00Z') }),
    ).resolves.toHaveProperty('id');
  });

  it('plans and logs contact only with a victim of the case', async () => {
    await expect(setContactPlan(h.db, officer, caseId, perpetratorId, PLAN, { now: NOW })).rejects.toThrow(CaseNotFoundError);
    await expect(recordContact(h.db, officer, caseId, perpetratorId, CONTACT, { now: NOW })).rejects.toThrow(CaseNotFoundError);
  });

  it('logs a contact made, with a case event and an audit record', async () => {
    const { id } = await recordContact(h.db, officer, caseId, victimId, { ...CONTACT, summary: '  Updated.  ' }, { now: NOW });
    const contact = await h.db.selectFrom('victim_contacts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ outcome: 'made', method: 'phone', summary: 'Updated.', recorded_by: officer.userId });
    expect(new Date(contact.contacted_at).toISOString()).toBe('2026-11-21T09:30:00.000Z');
    const event = await h.db
      .selectFrom('case_events')
      .select('summary')
      .where('case_id', '=', caseId)
      .where('kind', '=', 'contact')
      .executeTakeFirstOrThrow();
    expect(event.summary).toBe('Contact made with Jo Victim by phone');
    const audit = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'case.contact').executeTakeFirstOrThrow();
    expect(audit.detail).toEqual({ contactId: id, personId: victimId });
  });

  it('logs an attempt as an attempt', async () => {
    await recordContact(h.db, officer, caseId, victimId, { ...CONTACT, outcome: 'attempted', method: 'visit' }, { now: NOW });
    const event = await h.db
      .selectFrom('case_events')
      .select('summary')
      .where('case_id', '=', caseId)
      .where('summary', 'like', 'Contact attempted%')
      .executeTakeFirstOrThrow();
    expect(event.summary).toBe('Contact attempted with Jo Victim by a visit');
  });

  it('refuses a contact in the future and a summary over 500 characters', async () => {
    const future = await recordContact(
      h.db,
      officer,
      caseId,
      victimId,
      { ...CONTACT, contactedAt: new Date('2026-11-21T10:01:00Z') },
      { now: NOW },
    ).catch((e: CaseRuleError) => e);
    expect(future).toMatchObject({ field: 'contactedAt', message: 'Date of the contact must be in the past' });
    const long = await recordContact(h.db, officer, caseId, victimId, { ...CONTACT, summary: 'x'.repeat(501) }, { now: NOW }).catch(
      (e: CaseRuleError) => e,
    );
    expect(long).toMatchObject({ field: 'summary', message: 'Summary must be 500 characters or fewer' });
    await expect(
      recordContact(h.db, officer, caseId, victimId, { ...CONTACT, summary: 'x'.repeat(500) }, { now: NOW }),
    ).resolves.toHaveProperty('id');
  });

  it('refuses a role without case work, and treats another organisation as not found until the case is shared', async () => {
    await expect(setContactPlan(h.db, analyst, caseId, victimId, PLAN, { now: NOW })).rejects.toThrow(CaseForbiddenError);
    await expect(recordContact(h.db, analyst, caseId, victimId, CONTACT, { now: NOW })).rejects.toThrow(CaseForbiddenError);
    await expect(recordContact(h.db, cityOfficer, caseId, victimId, CONTACT, { now: NOW })).rejects.toThrow(CaseNotFoundError);
    await h.db
      .insertInto('case_shares')
      .values({ case_id: caseId, organisation_id: cityOfficer.organisationId, reason: 's.115 CDA 1998' })
      .execute();
    await expect(recordContact(h.db, cityOfficer, caseId, victimId, CONTACT, { now: NOW })).resolves.toHaveProperty('id');
  });
});
