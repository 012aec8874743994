import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../client.js';
import type { Actor } from '../../domain/access/roles.js';
import { toBritishNationalGrid } from '../../domain/geography/bng.js';
import { createTestDb } from '../../../test/db.js';
import { CITY, CLOCK_TOWER, POLICE, aCase, aPerson, anActor, anIncident, daysBefore, offset } from '../../services/report/test-support.js';
import { incidentsByIds, incidentsNear, incidentsOfPeople, vulnerabilitiesOf } from './check-facts.js';
import { openCasesFor } from './open-cases.js';
import { orgId } from '../../../test/builders.js';

const NOW = new Date('2026-03-15T12:00:00Z');

describe('check facts, across all partners', () => {
  let h: DbHandle;
  let police: Actor;
  let person: string;
  let other: string;
  beforeAll(async () => {
    h = await createTestDb();
    ({ actor: police } = await anActor(h.db, POLICE, ['call_handler']));
    person = await aPerson(h.db, { surname: 'Dapplegate' });
    other = await aPerson(h.db, { surname: 'Pipplewood' });
  });
  afterAll(() => h.close());

  it("reads a person's incidents from every partner with their roles, marking which the viewer may open", async () => {
    const own = await anIncident(h.db, {
      org: POLICE,
      reportedAt: daysBefore(NOW, 3),
      parties: [
        { personId: person, role: 'victim' },
        { personId: person, role: 'complainant' },
      ],
    });
    const theirs = await anIncident(h.db, {
      org: CITY,
      reportedAt: daysBefore(NOW, 9),
      hateRelated: true,
      parties: [
        { personId: person, role: 'victim' },
        { personId: other, role: 'perpetrator' },
      ],
    });
    const rows = await incidentsOfPeople(h.db, police, [person, other]);
    const mine = rows.filter((r) => r.personId === person);
    expect(mine.map((r) => [r.incidentId, r.role]).sort()).toEqual(
      [
        [own.id, 'complainant'],
        [own.id, 'victim'],
        [theirs.id, 'victim'],
      ].sort(),
    );
    expect(mine.find((r) => r.incidentId === own.id)).toMatchObject({
      visible: true,
      organisationName: POLICE,
      reportedAt: daysBefore(NOW, 3),
    });
    expect(mine.find((r) => r.incidentId === theirs.id)).toMatchObject({ visible: false, organisationName: CITY, hateRelated: true });
    expect(rows.filter((r) => r.personId === other)).toEqual([expect.objectContaining({ incidentId: theirs.id, role: 'perpetrator' })]);
    expect(await incidentsOfPeople(h.db, police, [])).toEqual([]);
  });

  it('reads incidents inside the square around a point or in the same LSOA, within the window; open data by month', async () => {
    const p = offset(CLOCK_TOWER, -8000, 8000);
    const grid = toBritishNationalGrid(p.lat, p.lon);
    const inside = await anIncident(h.db, { org: CITY, reportedAt: daysBefore(NOW, 10), at: offset(p, 90, 90) });
    const sameLsoa = await anIncident(h.db, { org: POLICE, reportedAt: daysBefore(NOW, 10), at: offset(p, 900, 0), lsoa21: 'E01999999' });
    const openData = await anIncident(h.db, { org: null, reportedAt: null, month: '2026-01-01', at: offset(p, 10, 0) });
    await anIncident(h.db, { org: POLICE, reportedAt: daysBefore(NOW, 10), at: offset(p, 300, 0) });
    await anIncident(h.db, { org: POLICE, reportedAt: daysBefore(NOW, 120), at: p });
    await anIncident(h.db, { org: null, reportedAt: null, month: '2025-10-01', at: offset(p, 10, 0) });
    await anIncident(h.db, { org: null, reportedAt: null, month: '2025-10-01', at: offset(p, 900, 0), lsoa21: 'E01999999' });
    const rows = await incidentsNear(h.db, police, { ...grid, radiusMetres: 100, lsoa21Code: 'E01999999', since: daysBefore(NOW, 91) });
    expect(rows.map((r) => r.incidentId).sort()).toEqual([inside.id, sameLsoa.id, openData.id].sort());
    const od = rows.find((r) => r.incidentId === openData.id)!;
    expect(od).toMatchObject({ source: 'police.uk', organisationName: null, visible: true, month: '2026-01-01' });
    expect(od.reportedAt.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    const noLsoa = await incidentsNear(h.db, police, { ...grid, radiusMetres: 100, since: daysBefore(NOW, 91) });
    expect(noLsoa.map((r) => r.incidentId)).not.toContain(sameLsoa.id);
  });

  it('reads vulnerabilities with when and by whom', async () => {
    const org = await orgId(h.db, CITY);
    await h.db
      .insertInto('person_vulnerabilities')
      .values({ person_id: person, factors: ['isolation', 'age'], organisation_id: org })
      .execute();
    expect(await vulnerabilitiesOf(h.db, [person])).toEqual([
      { personId: person, factors: ['isolation', 'age'], recordedAt: expect.any(Date), organisationName: CITY, incidentId: null },
    ]);
  });

  it('reads open cases through the people (with their role) and through the place', async () => {
    const p = offset(CLOCK_TOWER, 9000, -9000);
    const grid = toBritishNationalGrid(p.lat, p.lon);
    const byPerson = await anIncident(h.db, {
      org: POLICE,
      reportedAt: daysBefore(NOW, 400),
      parties: [{ personId: other, role: 'perpetrator' }],
    });
    const atPlace = await anIncident(h.db, { org: CITY, reportedAt: daysBefore(NOW, 400), at: offset(p, 50, 0) });
    const c1 = await aCase(h.db, { org: POLICE, incidentIds: [byPerson.id] });
    const c2 = await aCase(h.db, { org: CITY, incidentIds: [atPlace.id] });
    await aCase(h.db, { org: CITY, incidentIds: [atPlace.id], closed: true });
    const rows = await openCasesFor(h.db, { personIds: [other], place: { ...grid, radiusMetres: 100 } });
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ caseId: c1.id, via: 'person', personId: other, partyRole: 'perpetrator', leadOrganisationName: POLICE }),
        expect.objectContaining({ caseId: c2.id, via: 'place', leadOrganisationName: CITY }),
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it('reads incidents by id for flags that list one no other query read', async () => {
    const one = await anIncident(h.db, { org: CITY, reportedAt: daysBefore(NOW, 1000) });
    expect(await incidentsByIds(h.db, police, [one.id])).toEqual([expect.objectContaining({ incidentId: one.id, visible: false })]);
  });
});
