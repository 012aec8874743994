import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { londonDate } from '../../domain/checks/calendar.js';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith } from '../../../test/case-builders.js';
import { orgId } from '../../../test/builders.js';
import { CITY, POLICE, aPerson, anActor } from '../report/test-support.js';
import { ComplianceOrganisationRefused, complianceReport, mayChooseOrganisation } from './compliance.js';

const TODAY = londonDate(new Date());
const ago = (days: number) => new Date(Date.now() - days * 86_400_000);

describe('the compliance report', () => {
  let h: DbHandle;
  let police: string;
  let city: string;
  let supervisor: Actor;
  let late: { id: string; reference: string };
  let fresh: { id: string; reference: string };
  beforeAll(async () => {
    h = await createTestDb();
    police = await orgId(h.db, POLICE);
    city = await orgId(h.db, CITY);
    ({ actor: supervisor } = await anActor(h.db, POLICE, ['supervisor']));
    const victim = await aPerson(h.db, { surname: 'Zennor' });
    late = await aCaseWith(h.db, {
      openedAt: ago(40),
      npaCode: 'charnwood',
      districtCode: 'E07000130',
      parties: [{ personId: victim, role: 'victim' }],
    });
    fresh = await aCaseWith(h.db, { openedAt: ago(1), npaCode: 'leicester-east', districtCode: 'E06000016' });
    await aCaseWith(h.db, { openedAt: ago(90), status: 'closed' });
    await aCaseWith(h.db, { org: CITY, openedAt: ago(60) });
    await h.db.insertInto('case_shares').values({ case_id: late.id, organisation_id: city, reason: 'Joint work' }).execute();
  });
  afterAll(() => h.close());

  it('counts the organisation’s open cases: assessments, reviews and victim contact', async () => {
    const r = await complianceReport(h.db, supervisor, {}, TODAY, 'view', null);
    expect(r.organisationName).toBe(POLICE);
    const { riskAssessments, reviews, contacts } = r.figures;
    expect([riskAssessments.numerator, riskAssessments.denominator, riskAssessments.shown]).toEqual([1, 2, '50%']);
    expect([reviews.numerator, reviews.denominator, reviews.shown]).toEqual([1, 2, '50%']);
    expect([contacts.numerator, contacts.denominator, contacts.shown]).toEqual([0, 1, '0%']);
    expect(riskAssessments.items.filter((i) => !i.met).map((i) => i.case.reference)).toEqual([late.reference]);
    // The page lists the items not met (and may open them); the CSV every item.
    expect(r.openable).toEqual(new Set([late.id]));
    const all = await complianceReport(h.db, supervisor, {}, TODAY, 'export', null);
    expect(all.figures.reviews.items.map((i) => i.case.reference).sort()).toEqual([late.reference, fresh.reference].sort());
    expect(all.openable).toEqual(new Set([late.id, fresh.id]));
  });

  it('narrows to a district or an NPA', async () => {
    const byDistrict = await complianceReport(h.db, supervisor, { districtCode: 'E06000016' }, TODAY, 'export', null);
    expect(byDistrict.figures.reviews.items.map((i) => i.case.reference)).toEqual([fresh.reference]);
    const byNpa = await complianceReport(h.db, supervisor, { npaCode: 'charnwood' }, TODAY, 'export', null);
    expect(byNpa.figures.reviews.items.map((i) => i.case.reference)).toEqual([late.reference]);
    const pageByDistrict = await complianceReport(h.db, supervisor, { districtCode: 'E06000016' }, TODAY, 'view', null);
    expect([pageByDistrict.figures.reviews.denominator, pageByDistrict.figures.reviews.items]).toEqual([1, []]);
    const pageByNpa = await complianceReport(h.db, supervisor, { npaCode: 'charnwood' }, TODAY, 'view', null);
    expect([pageByNpa.figures.reviews.denominator, pageByNpa.figures.reviews.items.map((i) => i.case.reference)]).toEqual([
      1,
      [late.reference],
    ]);
    const none = await complianceReport(h.db, supervisor, { npaCode: 'melton-rutland' }, TODAY, 'view', null);
    expect([none.figures.riskAssessments.shown, none.figures.contacts.shown]).toEqual(['No cases', 'No victims']);
  });

  it('keeps a supervisor to their own organisation', async () => {
    expect(mayChooseOrganisation(supervisor)).toBe(false);
    await expect(complianceReport(h.db, supervisor, { organisationId: city }, TODAY, 'view', null)).rejects.toBeInstanceOf(
      ComplianceOrganisationRefused,
    );
    await expect(complianceReport(h.db, supervisor, { organisationId: police }, TODAY, 'view', null)).resolves.toBeDefined();
  });

  it('lets an ASB coordinator read another organisation, opening only the cases shared with them', async () => {
    const { actor: coordinator } = await anActor(h.db, CITY, ['asb_coordinator']);
    const r = await complianceReport(h.db, coordinator, { organisationId: police }, TODAY, 'view', null);
    expect(r.figures.reviews.denominator).toBe(2);
    expect(r.openable).toEqual(new Set([late.id]));
  });

  it('lets an analyst read any organisation without opening any case', async () => {
    const { actor: analyst } = await anActor(h.db, CITY, ['analyst']);
    const r = await complianceReport(h.db, analyst, { organisationId: police }, TODAY, 'export', '127.0.0.1');
    expect(r.figures.riskAssessments.denominator).toBe(2);
    expect(r.openable.size).toBe(0);
    const audit = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'compliance.export')
      .where('user_id', '=', analyst.userId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_type: 'organisation', entity_id: police, detail: { districtCode: null, npaCode: null } });
  });
});
