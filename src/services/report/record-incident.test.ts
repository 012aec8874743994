import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { createTestDb } from '../../../test/db.js';
import { ReportForbiddenError, ReportNotFoundError } from './errors.js';
import { markCaseReviewExplained } from './mark-case-review-explained.js';
import { incidentReference, recordIncident } from './record-incident.js';
import { CITY, CLOCK_TOWER, POLICE, aPerson, anActor, anIncident, daysBefore } from './test-support.js';

const NOW = new Date('2026-03-15T12:00:00Z');
const LEICESTER = 'E06000016';

describe('recordIncident', () => {
  let h: DbHandle;
  let handler: Actor;
  let cityOfficer: Actor;
  let analyst: Actor;
  beforeAll(async () => {
    h = await createTestDb();
    ({ actor: handler } = await anActor(h.db, POLICE, ['call_handler']));
    ({ actor: cityOfficer } = await anActor(h.db, CITY, ['partner_case_officer']));
    ({ actor: analyst } = await anActor(h.db, POLICE, ['analyst']));
  });
  afterAll(() => h.close());

  it('writes references as ASB-year-number in the London year', () => {
    expect(incidentReference(123, new Date('2026-06-01T10:00:00Z'))).toBe('ASB-2026-000123');
    expect(incidentReference(7, new Date('2025-12-31T23:30:00Z'))).toBe('ASB-2025-000007');
  });

  it('records new people with matching keys, the incident, its parties, answers and vulnerabilities', async () => {
    const r = await recordIncident(h.db, handler, {
      reportedAt: NOW,
      occurredFrom: daysBefore(NOW, 1),
      category: 'personal',
      incidentTypeCode: 'noise',
      description: 'Loud music every night',
      location: { ...CLOCK_TOWER, text: 'Near the Clock Tower' },
      districtCode: LEICESTER,
      parties: [
        { role: 'victim', person: { forename: 'Zainab', surname: "O'Neill-Smith", phone: '07700 900123', postcode: 'le1 1aa' } },
        { role: 'perpetrator', person: { forename: 'Kofi', surname: 'Tumbleby' } },
      ],
      callAnswers: { happenedBefore: 'no', vulnerabilityFactors: ['mental-health'], immediateDanger: false, callerWants: 'Quiet' },
      now: NOW,
    });
    expect(r.reference).toMatch(/^ASB-2026-\d{6}$/);
    expect(r.parties.map((p) => p.role)).toEqual(['victim', 'perpetrator']);
    const victim = await h.db.selectFrom('people').selectAll().where('id', '=', r.parties[0]!.personId).executeTakeFirstOrThrow();
    expect(victim).toMatchObject({
      name_key: 'zainab oneill smith',
      surname_key: 'oneill smith',
      phone_key: '07700900123',
      postcode_key: 'LE11AA',
      organisation_id: handler.organisationId,
    });
    const incident = await h.db.selectFrom('incidents').selectAll().where('id', '=', r.incidentId).executeTakeFirstOrThrow();
    expect(incident).toMatchObject({
      source: 'staff',
      organisation_id: handler.organisationId,
      month: '2026-03-01',
      district_code: LEICESTER,
      csp_code: expect.any(String),
      questionnaire_version: 1,
      call_answers: expect.objectContaining({ callerWants: 'Quiet' }),
      created_by: handler.userId,
    });
    expect(incident.easting).toBeGreaterThan(400_000);
    const parties = await h.db
      .selectFrom('incident_parties')
      .select(['person_id', 'role'])
      .where('incident_id', '=', r.incidentId)
      .execute();
    expect(parties).toHaveLength(2);
    const vuln = await h.db.selectFrom('person_vulnerabilities').selectAll().where('incident_id', '=', r.incidentId).execute();
    expect(vuln).toEqual([
      expect.objectContaining({ person_id: r.parties[0]!.personId, factors: ['mental-health'], recorded_by: handler.userId }),
    ]);
    expect(r.flags.vulnerable.met).toBe(true);
    expect(r.leadAgency).toMatchObject({ lead: 'police', suggested: true });
    expect(r.leadAgency.reason).toContain('vulnerable');
  });

  it('returns the flags after this incident: the third qualifying report meets the Case Review threshold', async () => {
    const victim = await aPerson(h.db, { surname: 'Wobblethorpe' });
    const a = await anIncident(h.db, { org: CITY, reportedAt: daysBefore(NOW, 30), parties: [{ personId: victim, role: 'victim' }] });
    const b = await anIncident(h.db, { org: POLICE, reportedAt: daysBefore(NOW, 60), parties: [{ personId: victim, role: 'victim' }] });
    const r = await recordIncident(h.db, handler, {
      reportedAt: NOW,
      incidentTypeCode: 'noise',
      parties: [{ role: 'victim', personId: victim }],
      now: NOW,
    });
    expect(r.flags.caseReviewThreshold.met).toBe(true);
    expect(r.flags.caseReviewThreshold.incidentIds).toEqual(expect.arrayContaining([r.incidentId, a.id, b.id]));
    expect(r.flags.repeatVictim.incidentIds).toEqual([r.incidentId, a.id, b.id]);
    expect(r.incidents[a.id]).toMatchObject({ visible: false, heldBy: CITY });
    expect(r.incidents[r.incidentId]).toMatchObject({ visible: true, reference: r.reference });
    expect(r.leadAgency).toMatchObject({ lead: 'partner', suggested: true });
  });

  it("keeps staff's choice of lead agency, and records a token's report as source 'api'", async () => {
    const token: Actor = { ...handler, kind: 'token', userId: null, apiTokenId: null };
    const r = await recordIncident(h.db, token, {
      reportedAt: NOW,
      category: 'environmental',
      parties: [],
      leadAgency: { lead: 'police', reason: 'Linked to an ongoing operation' },
      now: NOW,
    });
    expect(r.leadAgency).toEqual({ lead: 'police', reason: 'Linked to an ongoing operation', suggested: false });
    const row = await h.db
      .selectFrom('incidents')
      .select(['source', 'lead_agency', 'lead_agency_reason'])
      .where('id', '=', r.incidentId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ source: 'api', lead_agency: 'police', lead_agency_reason: 'Linked to an ongoing operation' });
  });

  it('audits the recording with ids only', async () => {
    const r = await recordIncident(h.db, handler, {
      reportedAt: NOW,
      parties: [{ role: 'complainant', person: { forename: 'Harriet', surname: 'Marrowfield', dateOfBirth: '1970-01-01' } }],
      now: NOW,
    });
    const row = await h.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'incident.create')
      .where('entity_id', '=', r.incidentId)
      .executeTakeFirstOrThrow();
    expect(row.detail).toMatchObject({
      newPersonIds: [r.parties[0]!.personId],
      parties: [{ role: 'complainant', personId: r.parties[0]!.personId }],
    });
    expect(JSON.stringify(row.detail)).not.toMatch(/Harriet|Marrowfield|1970-01-01/);
  });

  it.each([
    [{ incidentTypeCode: 'not-a-type' }, 'incidentType'],
    [{ districtCode: 'E99999999' }, 'districtCode'],
    [{ occurredFrom: daysBefore(NOW, 1), occurredTo: daysBefore(NOW, 2) }, 'occurredTo'],
    [{ location: { lat: 52.6 } }, 'location.lon'],
    [{ parties: [{ role: 'victim' as const, person: { forename: 'A', surname: ' ' } }] }, 'parties.0.person.surname'],
    [{ parties: [{ role: 'victim' as const, personId: '00000000-0000-4000-8000-000000000000' }] }, 'parties.0.personId'],
    [{ callAnswers: { vulnerabilityFactors: ['tall'] } }, 'callAnswers.vulnerabilityFactors'],
  ])('refuses bad input, naming the field (%o)', async (change, field) => {
    const before = await h.db
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(recordIncident(h.db, handler, { reportedAt: NOW, parties: [], now: NOW, ...change })).rejects.toMatchObject({ field });
    const after = await h.db
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses an analyst', async () => {
    await expect(recordIncident(h.db, analyst, { parties: [] })).rejects.toBeInstanceOf(ReportForbiddenError);
  });

  describe('markCaseReviewExplained', () => {
    it('records once who told the caller and when, audited; a second confirmation keeps the first', async () => {
      const r = await recordIncident(h.db, handler, { reportedAt: NOW, parties: [], now: NOW });
      const first = await markCaseReviewExplained(h.db, handler, r.incidentId, { now: NOW });
      expect(first).toEqual({ explainedAt: NOW, recordedNow: true });
      const again = await markCaseReviewExplained(h.db, handler, r.incidentId);
      expect(again.recordedNow).toBe(false);
      expect(again.explainedAt.getTime()).toBe(NOW.getTime());
      const row = await h.db
        .selectFrom('incidents')
        .select(['case_review_explained_by'])
        .where('id', '=', r.incidentId)
        .executeTakeFirstOrThrow();
      expect(row.case_review_explained_by).toBe(handler.userId);
      const audits = await h.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'incident.case_review_explained')
        .where('entity_id', '=', r.incidentId)
        .execute();
      expect(audits).toHaveLength(1);
    });

    it("treats another organisation's incident as not found", async () => {
      const r = await recordIncident(h.db, handler, { reportedAt: NOW, parties: [], now: NOW });
      await expect(markCaseReviewExplained(h.db, cityOfficer, r.incidentId)).rejects.toBeInstanceOf(ReportNotFoundError);
    });
  });
});
