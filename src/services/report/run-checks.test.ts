import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { createTestDb } from '../../../test/db.js';
import { ReportForbiddenError, ReportInputError } from './errors.js';
import { runPointOfReportChecks } from './run-checks.js';
import { CITY, CLOCK_TOWER, POLICE, aCase, aPerson, anActor, anIncident, daysBefore, offset, setContact } from './test-support.js';

const NOW = new Date('2026-03-15T12:00:00Z');

describe('runPointOfReportChecks', () => {
  let h: DbHandle;
  let handler: Actor;
  let cityOfficer: Actor;
  let analyst: Actor;
  let victim: string;
  let earlier: { id: string; reference: string }[];
  beforeAll(async () => {
    h = await createTestDb();
    ({ actor: handler } = await anActor(h.db, POLICE, ['call_handler']));
    ({ actor: cityOfficer } = await anActor(h.db, CITY, ['partner_case_officer']));
    ({ actor: analyst } = await anActor(h.db, POLICE, ['analyst']));
    await setContact(h.db, CITY, 'asb@leicester.example');
    victim = await aPerson(h.db, { forename: 'Priya', surname: 'Quibbleton', dateOfBirth: '1980-04-02' });
    earlier = [
      await anIncident(h.db, { org: POLICE, reportedAt: daysBefore(NOW, 40), parties: [{ personId: victim, role: 'victim' }] }),
      await anIncident(h.db, { org: CITY, reportedAt: daysBefore(NOW, 100), parties: [{ personId: victim, role: 'complainant' }] }),
    ];
    // Outside the 12-month window, and a role that does not count.
    await anIncident(h.db, { org: POLICE, reportedAt: daysBefore(NOW, 400), parties: [{ personId: victim, role: 'victim' }] });
    await anIncident(h.db, { org: POLICE, reportedAt: daysBefore(NOW, 20), parties: [{ personId: victim, role: 'witness' }] });
  });
  afterAll(() => h.close());

  it('flags a repeat victim with both earlier incidents across partners, most recent first', async () => {
    const r = await runPointOfReportChecks(h.db, handler, { personId: victim, now: NOW });
    expect(r.bestPersonId).toBe(victim);
    expect(r.flags.repeatVictim.met).toBe(true);
    expect(r.flags.repeatVictim.incidentIds).toEqual([earlier[0]!.id, earlier[1]!.id]);
  });

  it("shows the user's own incident as visible and the other organisation's as held by it, with its contact", async () => {
    const r = await runPointOfReportChecks(h.db, handler, { personId: victim, now: NOW });
    expect(r.incidents[earlier[0]!.id]).toMatchObject({ visible: true, heldBy: POLICE, reference: earlier[0]!.reference });
    expect(r.incidents[earlier[1]!.id]).toEqual({
      id: earlier[1]!.id,
      reference: earlier[1]!.reference,
      visible: false,
      heldBy: CITY,
      contact: 'asb@leicester.example',
      month: expect.stringMatching(/^\d{4}-\d{2}$/),
    });
    const fromCity = await runPointOfReportChecks(h.db, cityOfficer, { personId: victim, now: NOW });
    expect(fromCity.incidents[earlier[0]!.id]?.visible).toBe(false);
    expect(fromCity.incidents[earlier[1]!.id]?.visible).toBe(true);
  });

  it('says this third qualifying report brings the victim to the Case Review threshold, and only a prompt without it', async () => {
    const withReport = await runPointOfReportChecks(h.db, handler, { personId: victim, now: NOW });
    expect(withReport.flags.caseReviewThreshold.met).toBe(true);
    expect(withReport.flags.caseReviewThreshold.incidentIds).toEqual(expect.arrayContaining([earlier[0]!.id, earlier[1]!.id]));
    const historyOnly = await runPointOfReportChecks(h.db, handler, { personId: victim, now: NOW, newReport: false });
    expect(historyOnly.flags.caseReviewThreshold.met).toBe(false);
    expect(historyOnly.flags.caseReviewThreshold.explainCaseReview).toBe(true);
  });

  it('meets the Case Review threshold on a hate incident alone', async () => {
    const someone = await aPerson(h.db, { surname: 'Fiddlewick' });
    const plain = await runPointOfReportChecks(h.db, handler, { personId: someone, now: NOW });
    expect(plain.flags.caseReviewThreshold.met).toBe(false);
    const hate = await runPointOfReportChecks(h.db, handler, { personId: someone, hateRelated: true, now: NOW });
    expect(hate.flags.caseReviewThreshold.met).toBe(true);
    expect(hate.flags.repeatVictim.met).toBe(false);
  });

  it('flags a repeat location from 3 incidents within 100 metres, leaving out one 150 metres away and an old one', async () => {
    const place = offset(CLOCK_TOWER, 2000, 2000);
    const near = [
      await anIncident(h.db, { org: POLICE, reportedAt: daysBefore(NOW, 5), at: offset(place, 30, 0) }),
      await anIncident(h.db, { org: CITY, reportedAt: daysBefore(NOW, 30), at: offset(place, 0, -60) }),
      await anIncident(h.db, { org: null, reportedAt: null, month: '2026-02-01', at: offset(place, 50, 50) }),
    ];
    await anIncident(h.db, { org: POLICE, reportedAt: daysBefore(NOW, 5), at: offset(place, 150, 0) });
    await anIncident(h.db, { org: POLICE, reportedAt: daysBefore(NOW, 200), at: offset(place, 10, 0) });
    const r = await runPointOfReportChecks(h.db, handler, { location: place, now: NOW, newReport: false });
    expect(r.flags.repeatLocation.met).toBe(true);
    expect([...r.flags.repeatLocation.incidentIds].sort()).toEqual(near.map((n) => n.id).sort());
    expect(r.incidents[near[2]!.id]).toMatchObject({ visible: true, heldBy: 'police.uk open data', month: '2026-02' });
    expect(r.bestPersonId).toBeNull();
    expect(r.flags.repeatVictim).toMatchObject({ met: false, reason: 'No person identified' });
  });

  it('counts the report being made at the place towards a repeat location', async () => {
    const place = offset(CLOCK_TOWER, -3000, 1000);
    await anIncident(h.db, { org: POLICE, reportedAt: daysBefore(NOW, 5), at: offset(place, 20, 0) });
    await anIncident(h.db, { org: POLICE, reportedAt: daysBefore(NOW, 6), at: offset(place, 0, 20) });
    expect((await runPointOfReportChecks(h.db, handler, { location: place, now: NOW, newReport: false })).flags.repeatLocation.met).toBe(
      false,
    );
    expect((await runPointOfReportChecks(h.db, handler, { location: place, now: NOW })).flags.repeatLocation.met).toBe(true);
  });

  it('flags a known perpetrator with their history and open case', async () => {
    const perp = await aPerson(h.db, { surname: 'Snickworth' });
    const his = await anIncident(h.db, { org: CITY, reportedAt: daysBefore(NOW, 60), parties: [{ personId: perp, role: 'perpetrator' }] });
    const c = await aCase(h.db, { org: CITY, incidentIds: [his.id] });
    const r = await runPointOfReportChecks(h.db, handler, { personId: victim, perpetratorPersonIds: [perp], now: NOW });
    expect(r.flags.knownPerpetrator.met).toBe(true);
    expect(r.flags.knownPerpetrator.incidentIds).toEqual([his.id]);
    expect(r.flags.knownPerpetrator.reason).toContain(c.reference);
    expect(r.openCases).toContainEqual(
      expect.objectContaining({ caseId: c.id, via: 'person', leadOrganisationName: CITY, contact: 'asb@leicester.example' }),
    );
  });

  it('lists open cases involving the person or the place, but not closed ones', async () => {
    const open = await aCase(h.db, { org: POLICE, incidentIds: [earlier[0]!.id] });
    const closed = await aCase(h.db, { org: POLICE, incidentIds: [earlier[1]!.id], closed: true });
    const place = offset(CLOCK_TOWER, 5000, -5000);
    const there = await anIncident(h.db, { org: CITY, reportedAt: daysBefore(NOW, 300), at: place });
    const atPlace = await aCase(h.db, { org: CITY, incidentIds: [there.id] });
    const r = await runPointOfReportChecks(h.db, handler, { personId: victim, location: offset(place, 40, 0), now: NOW });
    const ids = r.openCases.map((c) => c.caseId);
    expect(ids).toContain(open.id);
    expect(ids).toContain(atPlace.id);
    expect(ids).not.toContain(closed.id);
    expect(r.openCases.find((c) => c.caseId === atPlace.id)?.via).toBe('place');
    expect(r.openCases.find((c) => c.caseId === open.id)?.via).toBe('person');
  });

  it('finds candidates from a name and describes the best one', async () => {
    const r = await runPointOfReportChecks(h.db, handler, {
      person: { forename: 'Priya', surname: 'Quibleton', dateOfBirth: '1980-04-02' },
      now: NOW,
    });
    expect(r.candidates[0]?.personId).toBe(victim);
    expect(r.bestPersonId).toBe(victim);
    expect(r.flags.repeatVictim.met).toBe(true);
  });

  it('audits the check with ids only', async () => {
    await runPointOfReportChecks(h.db, handler, { personId: victim, now: NOW });
    const row = await h.db
      .selectFrom('audit_log')
      .select(['entity_id', 'detail', 'user_id'])
      .where('action', '=', 'checks.point_of_report')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.entity_id).toBe(victim);
    expect(row.user_id).toBe(handler.userId);
    expect(JSON.stringify(row.detail)).not.toMatch(/Priya|Quibbleton|1980-04-02/);
    expect(row.detail).toMatchObject({ met: expect.arrayContaining(['repeatVictim']) });
  });

  it('refuses an analyst, and a request with neither a name nor a location', async () => {
    await expect(runPointOfReportChecks(h.db, analyst, { personId: victim })).rejects.toBeInstanceOf(ReportForbiddenError);
    await expect(runPointOfReportChecks(h.db, handler, {})).rejects.toMatchObject({ field: 'person' });
    await expect(runPointOfReportChecks(h.db, handler, { personId: 'nope' })).rejects.toBeInstanceOf(ReportInputError);
  });
});
