import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import type { DbHandle } from '../../db/client.js';
import { auditOf, aCast, aPlacedIncident, CITY, eventsOf, PLACE, someone, type Cast } from './core-test-support.js';
import { CaseForbiddenError, CaseRuleError } from './errors.js';
import { caseReference, openCase } from './open-case.js';

describe('opening a case', () => {
  let h: DbHandle;
  let cast: Cast;
  let victim: string;
  let perpetrator: string;
  let witness: string;
  let subject: string;
  let first: { id: string; reference: string };
  let second: { id: string; reference: string };
  let cityIncident: { id: string; reference: string };
  beforeAll(async () => {
    h = await createTestDb();
    cast = await aCast(h.db);
    [victim, perpetrator, witness, subject] = await Promise.all([
      someone(h.db, 'Vera', 'Victim'),
      someone(h.db, 'Percy', 'Perp'),
      someone(h.db, 'Wanda', 'Witness'),
      someone(h.db, 'Sid', 'Subject'),
    ]);
    first = await aPlacedIncident(h.db, {
      category: 'personal',
      type: 'noise',
      childInvolved: true,
      parties: [
        { personId: victim, role: 'victim' },
        { personId: perpetrator, role: 'perpetrator' },
        { personId: subject, role: 'subject' },
      ],
    });
    second = await aPlacedIncident(h.db, {
      category: 'nuisance',
      type: 'vehicle-nuisance',
      hateRelated: true,
      place: { location_text: 'Somewhere else' },
      parties: [
        { personId: victim, role: 'victim' },
        { personId: witness, role: 'witness' },
      ],
    });
    cityIncident = await aPlacedIncident(h.db, { org: CITY });
  });
  afterAll(() => h.close());

  it('numbers cases like incidents: CASE-, the London year of opening and six digits', () => {
    expect(caseReference(123, new Date('2026-06-01T10:00:00Z'))).toBe('CASE-2026-000123');
    expect(caseReference(7, new Date('2025-12-31T23:30:00Z'))).toBe('CASE-2025-000007');
    expect(caseReference(8, new Date('2026-12-31T23:30:00Z'))).toBe('CASE-2026-000008');
  });

  it('opens a case from incidents, copying classification, flags, place and people, with its event and audit record', async () => {
    const { caseId, reference } = await openCase(h.db, cast.officer.actor, {
      incidentIds: [first.id],
      incidentReferences: [` ${second.reference.toLowerCase()} `],
      summary: '  Noise and threats from a neighbour  ',
    });
    expect(reference).toMatch(/^CASE-\d{4}-\d{6}$/);
    const c = await h.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(c).toMatchObject({
      reference,
      status: 'open',
      lead_organisation_id: cast.officer.user.organisationId,
      lead_officer_id: cast.officer.user.id,
      summary: 'Noise and threats from a neighbour',
      category: 'personal',
      incident_type_code: 'noise',
      child_involved: true,
      hate_related: true,
      high_risk: false,
      closed_at: null,
      created_by: cast.officer.user.id,
      location_text: PLACE.location_text,
      easting: PLACE.easting,
      northing: PLACE.northing,
      district_code: PLACE.district_code,
      lsoa21_code: PLACE.lsoa21_code,
    });
    const links = await h.db.selectFrom('case_incidents').selectAll().where('case_id', '=', caseId).execute();
    expect(links.map((l) => l.incident_id).sort()).toEqual([first.id, second.id].sort());
    expect(links.every((l) => l.linked_by === cast.officer.user.id)).toBe(true);

    const parties = await h.db.selectFrom('case_parties').select(['person_id', 'role', 'added_by']).where('case_id', '=', caseId).execute();
    expect(parties.map((p) => `${p.person_id}|${p.role}`).sort()).toEqual(
      [`${victim}|victim`, `${perpetrator}|perpetrator`, `${witness}|witness`].sort(),
    );
    expect(parties.some((p) => p.person_id === subject)).toBe(false);

    const events = await eventsOf(h.db, caseId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'opened',
      user_id: cast.officer.user.id,
      summary: `Case opened from ${first.reference}, ${second.reference}`,
    });
    const audit = await auditOf(h.db, caseId, 'case.open');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.user_id).toBe(cast.officer.user.id);
    expect(JSON.stringify(audit[0]!.detail)).not.toMatch(/Vera|Victim|Noise|Granby/);
  });

  it('opens a case directly, with the classification, lead officer and flags given', async () => {
    const { caseId } = await openCase(h.db, cast.officer.actor, {
      summary: 'Fly-tipping behind the shops',
      category: 'environmental',
      incidentTypeCode: 'noise',
      leadOfficerId: cast.colleague.user.id,
      highRisk: true,
      hateRelated: false,
      childInvolved: false,
    });
    const c = await h.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(c).toMatchObject({ category: 'environmental', lead_officer_id: cast.colleague.user.id, high_risk: true, location_text: null });
    expect((await eventsOf(h.db, caseId))[0]!.summary).toBe('Case opened directly');
    expect(await h.db.selectFrom('case_incidents').selectAll().where('case_id', '=', caseId).execute()).toEqual([]);
  });

  it('lets the flags given override what the incidents say', async () => {
    const { caseId } = await openCase(h.db, cast.officer.actor, { incidentIds: [second.id], summary: 'Cars', hateRelated: false });
    const c = await h.db.selectFrom('cases').select(['hate_related', 'location_text']).where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(c).toEqual({ hate_related: false, location_text: 'Somewhere else' });
  });

  it('gives each case the next number', async () => {
    const a = await openCase(h.db, cast.officer.actor, { summary: 'One' });
    const b = await openCase(h.db, cast.officer.actor, { summary: 'Two' });
    expect(Number(b.reference.slice(-6))).toBe(Number(a.reference.slice(-6)) + 1);
  });

  it('refuses an incident the officer may not see, and writes nothing', async () => {
    const before = await h.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const attempt = openCase(h.db, cast.officer.actor, { incidentReferences: [cityIncident.reference], summary: 'Theirs' });
    await expect(attempt).rejects.toThrow(CaseRuleError);
    await expect(openCase(h.db, cast.officer.actor, { incidentIds: [cityIncident.id], summary: 'Theirs' })).rejects.toMatchObject({
      field: 'incidentIds',
      message: `There is no incident you can see with the reference ${cityIncident.id}`,
    });
    const after = await h.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses a lead officer who is not case staff of the officer’s organisation', async () => {
    for (const leadOfficerId of [cast.cityOfficer.user.id, cast.callHandler.user.id, 'not-an-id']) {
      await expect(openCase(h.db, cast.officer.actor, { summary: 'Noise', leadOfficerId })).rejects.toMatchObject({
        field: 'leadOfficer',
        message: 'Select a lead officer from the list',
      });
    }
  });

  it('refuses a blank summary, an unknown category and an unknown type', async () => {
    await expect(openCase(h.db, cast.officer.actor, { summary: '   ' })).rejects.toMatchObject({
      field: 'summary',
      message: 'Enter a summary of the problem',
    });
    await expect(openCase(h.db, cast.officer.actor, { summary: 'x'.repeat(2001) })).rejects.toMatchObject({ field: 'summary' });
    await expect(openCase(h.db, cast.officer.actor, { summary: 'S', category: 'criminal' })).rejects.toMatchObject({ field: 'category' });
    await expect(openCase(h.db, cast.officer.actor, { summary: 'S', incidentTypeCode: 'no-such-type' })).rejects.toMatchObject({
      field: 'incidentType',
    });
  });

  it('refuses staff whose role does not include case work', async () => {
    await expect(openCase(h.db, cast.callHandler.actor, { summary: 'Noise' })).rejects.toThrow(CaseForbiddenError);
  });
});
