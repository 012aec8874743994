import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, csrfFrom, signedIn, type TestApp } from '../../../test/app.js';
import { aUser } from '../../../test/builders.js';
import { createApiToken } from '../../services/auth/api-tokens.js';
import { CITY, CLOCK_TOWER, POLICE, aPerson, anIncident, daysBefore, setContact } from '../../services/report/test-support.js';

const CHECKS = '/api/v1/checks/point-of-report';
const INCIDENTS = '/api/v1/incidents';
const TYPES = '/api/v1/reference/incident-types';

describe('the report API', () => {
  let t: TestApp;
  let token: string;
  let analystToken: string;
  let victim: string;
  let earlier: { id: string; reference: string }[];
  const bearer = (tok: string) => ({ authorization: `Bearer ${tok}` });
  const post = (url: string, payload: unknown, tok = token) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers: bearer(tok) });

  beforeAll(async () => {
    t = await createTestApp();
    ({ token } = await createApiToken(t.db, { organisationName: POLICE, name: 'Command and control', role: 'call_handler' }, null));
    ({ token: analystToken } = await createApiToken(t.db, { organisationName: POLICE, name: 'BI', role: 'analyst' }, null));
    await setContact(t.db, CITY, 'asb@leicester.example');
    victim = await aPerson(t.db, { forename: 'Amara', surname: 'Honeyfudge', dateOfBirth: '1975-06-30' });
    const now = new Date();
    earlier = [
      await anIncident(t.db, { org: POLICE, reportedAt: daysBefore(now, 20), parties: [{ personId: victim, role: 'victim' }] }),
      await anIncident(t.db, { org: CITY, reportedAt: daysBefore(now, 50), parties: [{ personId: victim, role: 'victim' }] }),
    ];
  });
  afterAll(() => t.close());

  describe('GET /api/v1/reference/incident-types', () => {
    it('lists the type codes with their versions and the categories, the same on every call', async () => {
      const first = await t.app.inject({ url: TYPES, headers: bearer(token) });
      expect(first.statusCode).toBe(200);
      const body = first.json();
      expect(body.incidentTypes).toContainEqual(expect.objectContaining({ code: 'noise', name: 'Noise', active: true, version: 1 }));
      expect(body.categories.map((c: { code: string }) => c.code)).toEqual(['personal', 'nuisance', 'environmental']);
      const second = await t.app.inject({ url: TYPES, headers: bearer(analystToken) });
      expect(second.json()).toEqual(body);
    });

    it('answers 401 without a session or token', async () => {
      expect((await t.app.inject({ url: TYPES })).statusCode).toBe(401);
    });
  });

  describe('POST /api/v1/checks/point-of-report', () => {
    it("takes the issue's body and answers with candidates, the five flags and open cases", async () => {
      const res = await post(CHECKS, {
        person: { forename: 'Amara', surname: 'Honeyfudge', dateOfBirth: '1975-06-30', postcode: 'LE1 1AA', phone: '07700 900456' },
        location: CLOCK_TOWER,
        incidentType: 'noise',
        hateRelated: false,
      });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.candidates[0]).toEqual({ personId: victim, score: expect.any(Number), reasons: expect.any(Array) });
      expect(body.bestPersonId).toBe(victim);
      expect(Object.keys(body.flags).sort()).toEqual([
        'caseReviewThreshold',
        'knownPerpetrator',
        'repeatLocation',
        'repeatVictim',
        'vulnerable',
      ]);
      expect(body.flags.repeatVictim).toEqual({ met: true, reason: expect.any(String), incidentIds: [earlier[0]!.id, earlier[1]!.id] });
      expect(body.flags.caseReviewThreshold.met).toBe(true);
      expect(body.openCases).toEqual([]);
      expect(body.incidents).toContainEqual(
        expect.objectContaining({ id: earlier[1]!.id, visible: false, heldBy: CITY, contact: 'asb@leicester.example' }),
      );
      expect(body.incidents).toContainEqual(expect.objectContaining({ id: earlier[0]!.id, visible: true, heldBy: POLICE }));
    });

    it('answers a signed-in call handler who sends the session’s CSRF token in x-csrf-token', async () => {
      const user = await aUser(t.db, { roles: ['call_handler'] });
      const b = await signedIn(t.app, user);
      const csrf = csrfFrom((await b.get('/')).body);
      const res = await t.app.inject({
        method: 'POST',
        url: CHECKS,
        payload: { personId: victim },
        headers: { cookie: b.cookie, 'x-csrf-token': csrf },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().bestPersonId).toBe(victim);
    });

    it.each([
      [{}, 'person', 'Enter a name'],
      [{ location: { lat: 'north', lon: -1.1 } }, 'location.lat', 'Enter the latitude'],
      [{ location: { lat: 52.6 } }, 'location.lon', 'longitude'],
      [{ person: { surname: 'Smith', dateOfBirth: '30/06/1975' } }, 'person.dateOfBirth', 'Date of birth must be a real date'],
      [{ person: { surname: 'Smith', phone: 'call me' } }, 'person.phone', 'Enter a phone number'],
      [{ person: { surname: 'Smith' }, hateRelated: 'yes' }, 'hateRelated', 'true or false'],
      [{ person: { surname: 'Smith' }, incident_type: 'noise' }, 'incident_type', 'Unknown field'],
      [{ person: { surname: 'Smith' }, incidentType: 'loud-music' }, 'incidentType', 'Select an incident type'],
    ])('answers 400 naming the field for %j', async (payload, field, message) => {
      const res = await post(CHECKS, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'bad_request', field });
      expect(res.json().message).toContain(message);
    });

    it('answers 401 without credentials and 403 to an analyst', async () => {
      const anon = await t.app.inject({ method: 'POST', url: CHECKS, payload: { personId: victim } });
      expect(anon.statusCode).toBe(401);
      expect(anon.json()).toMatchObject({ error: 'unauthorised' });
      const analyst = await post(CHECKS, { personId: victim }, analystToken);
      expect(analyst.statusCode).toBe(403);
      expect(analyst.json()).toMatchObject({ error: 'forbidden' });
    });
  });

  describe('POST /api/v1/incidents', () => {
    it('records the incident and new people, and returns the flags after this incident', async () => {
      const res = await post(INCIDENTS, {
        reportedAt: new Date().toISOString(),
        occurredFrom: daysBefore(new Date(), 1).toISOString(),
        category: 'personal',
        incidentType: 'intimidation-harassment',
        description: 'Shouting and threats at the front door',
        location: { ...CLOCK_TOWER, text: 'Near the Clock Tower' },
        hateRelated: false,
        crimeReference: 'CR/123/26',
        parties: [
          { role: 'victim', personId: victim },
          { role: 'perpetrator', person: { forename: 'Gary', surname: 'Bramblesnout' } },
        ],
      });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body.reference).toMatch(/^ASB-\d{4}-\d{6}$/);
      expect(body.parties[0]).toEqual({ role: 'victim', personId: victim });
      const perp = body.parties[1].personId as string;
      const row = await t.db.selectFrom('people').select(['surname', 'surname_key']).where('id', '=', perp).executeTakeFirstOrThrow();
      expect(row).toEqual({ surname: 'Bramblesnout', surname_key: 'bramblesnout' });
      expect(body.flags.repeatVictim.incidentIds).toEqual([body.incidentId, earlier[0]!.id, earlier[1]!.id]);
      expect(body.flags.caseReviewThreshold.met).toBe(true);
      expect(body.leadAgency).toMatchObject({ lead: 'police', suggested: true });
      const incident = await t.db
        .selectFrom('incidents')
        .select(['source', 'crime_linked'])
        .where('id', '=', body.incidentId)
        .executeTakeFirstOrThrow();
      expect(incident).toEqual({ source: 'api', crime_linked: true });
      const audit = await t.db
        .selectFrom('audit_log')
        .select(['api_token_id', 'detail'])
        .where('action', '=', 'incident.create')
        .where('entity_id', '=', body.incidentId)
        .executeTakeFirstOrThrow();
      expect(audit.api_token_id).not.toBeNull();
      expect(JSON.stringify(audit.detail)).not.toContain('Bramblesnout');
    });

    it.each([
      [{ parties: [{ role: 'victim', person: { forename: 'Jo' } }] }, 'parties.0.person.surname'],
      [{ parties: [{ role: 'neighbour', personId: '00000000-0000-4000-8000-000000000000' }] }, 'parties.0.role'],
      [{ parties: [{ role: 'victim' }] }, 'parties.0.personId'],
      [{ reportedAt: '14/03/2026' }, 'reportedAt'],
      [{ category: 'rowdy' }, 'category'],
      [{ incidentType: 'not-a-type' }, 'incidentType'],
      [{ occurredFrom: '2026-01-02T10:00:00Z', occurredTo: '2026-01-01T10:00:00Z', reportedAt: '2026-01-03T10:00:00Z' }, 'occurredTo'],
    ])('answers 400 naming the field for %j', async (payload, field) => {
      const res = await post(INCIDENTS, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'bad_request', field });
    });

    it('answers 401 without credentials and 403 to an analyst', async () => {
      expect((await t.app.inject({ method: 'POST', url: INCIDENTS, payload: {} })).statusCode).toBe(401);
      expect((await post(INCIDENTS, {}, analystToken)).statusCode).toBe(403);
    });
  });

  it('describes every report path in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([TYPES, CHECKS, INCIDENTS]));
    expect(doc.components.schemas.CheckFlags).toBeDefined();
  });
});
