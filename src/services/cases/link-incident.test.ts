import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import type { DbHandle } from '../../db/client.js';
import { loadCaseFacts } from '../../db/repositories/case-facts.js';
import { caseDue } from '../../domain/cases/due.js';
import { DEFAULT_CASE_SETTINGS } from '../../domain/cases/settings.js';
import { CLOSED_CASE_MESSAGE } from '../../domain/cases/workflow.js';
import { auditOf, aCast, aPlacedIncident, CITY, eventsOf, revokeShare, shareCase, someone, type Cast } from './core-test-support.js';
import { CaseNotFoundError, CaseRuleError } from './errors.js';
import { linkIncident } from './link-incident.js';
import { openCase } from './open-case.js';
import { removeParty } from './remove-party.js';

const OPENED = new Date('2026-11-02T10:00:00Z');
const LINKED = new Date('2026-11-10T10:00:00Z');

describe('linking an incident to a case', () => {
  let h: DbHandle;
  let cast: Cast;
  let victim: string;
  let neighbour: string;
  let caseId: string;
  beforeAll(async () => {
    h = await createTestDb();
    cast = await aCast(h.db);
    victim = await someone(h.db, 'Vera', 'Victim');
    neighbour = await someone(h.db, 'Ned', 'Neighbour');
    const first = await aPlacedIncident(h.db, { parties: [{ personId: victim, role: 'victim' }] });
    ({ caseId } = await openCase(h.db, cast.officer.actor, { incidentIds: [first.id], summary: 'Noise', now: OPENED }));
  });
  afterAll(() => h.close());

  it('links an incident by reference, adds its new people, and records the event and audit', async () => {
    const more = await aPlacedIncident(h.db, {
      parties: [
        { personId: victim, role: 'victim' },
        { personId: neighbour, role: 'perpetrator' },
      ],
    });
    const result = await linkIncident(h.db, cast.colleague.actor, caseId, more.reference, { now: LINKED });
    expect(result).toEqual({ incidentId: more.id, reference: more.reference, partiesAdded: 1 });
    const parties = await h.db.selectFrom('case_parties').select(['person_id', 'role']).where('case_id', '=', caseId).execute();
    expect(parties.map((p) => `${p.person_id}|${p.role}`).sort()).toEqual([`${victim}|victim`, `${neighbour}|perpetrator`].sort());
    const event = (await eventsOf(h.db, caseId)).at(-1)!;
    expect(event).toMatchObject({
      kind: 'incident_linked',
      user_id: cast.colleague.user.id,
      summary: `Incident ${more.reference} linked, with 1 person (perpetrator)`,
    });
    const audit = await auditOf(h.db, caseId, 'case.incident_link');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({ incidentId: more.id });
    expect(JSON.stringify(audit[0]!.detail)).not.toContain('Ned');
  });

  it('makes the risk assessments due again from the day of the link', async () => {
    const facts = (await loadCaseFacts(h.db, [caseId])).get(caseId)!;
    expect(facts.incidentLinkedOn).toContain('2026-11-10');
    const due = caseDue(facts, DEFAULT_CASE_SETTINGS, '2026-11-10');
    expect(due.riskAssessments.find((r) => r.kind === 'case')).toMatchObject({ reason: 'new incident linked', dueOn: '2026-11-12' });
  });

  it('refuses an incident already linked, one the officer may not see, and a blank reference', async () => {
    const linked = await h.db
      .selectFrom('case_incidents')
      .innerJoin('incidents', 'incidents.id', 'case_incidents.incident_id')
      .select('reference')
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    await expect(linkIncident(h.db, cast.officer.actor, caseId, linked.reference)).rejects.toMatchObject({
      field: 'incident',
      message: `Incident ${linked.reference} is already linked to this case`,
    });
    const theirs = await aPlacedIncident(h.db, { org: CITY });
    await expect(linkIncident(h.db, cast.officer.actor, caseId, theirs.reference)).rejects.toMatchObject({
      field: 'incident',
      message: `There is no incident you can see with the reference ${theirs.reference}`,
    });
    await expect(linkIncident(h.db, cast.officer.actor, caseId, '  ')).rejects.toMatchObject({
      field: 'incident',
      message: 'Enter the incident reference',
    });
  });

  it('does not put back someone staff took off the case', async () => {
    await removeParty(h.db, cast.officer.actor, caseId, { personId: neighbour, role: 'perpetrator', reason: 'Wrong person' });
    const again = await aPlacedIncident(h.db, { parties: [{ personId: neighbour, role: 'perpetrator' }] });
    expect((await linkIncident(h.db, cast.officer.actor, caseId, again.id)).partiesAdded).toBe(0);
    const row = await h.db
      .selectFrom('case_parties')
      .select('removed_at')
      .where('case_id', '=', caseId)
      .where('person_id', '=', neighbour)
      .executeTakeFirstOrThrow();
    expect(row.removed_at).not.toBeNull();
  });

  it('lets a partner link their incident to a case shared with them, and not once the share is revoked', async () => {
    const theirs = await aPlacedIncident(h.db, { org: CITY });
    await expect(linkIncident(h.db, cast.cityOfficer.actor, caseId, theirs.reference)).rejects.toThrow(CaseNotFoundError);
    const share = await shareCase(h.db, caseId, CITY);
    await linkIncident(h.db, cast.cityOfficer.actor, caseId, theirs.reference);
    await revokeShare(h.db, share);
    const another = await aPlacedIncident(h.db, { org: CITY });
    await expect(linkIncident(h.db, cast.cityOfficer.actor, caseId, another.reference)).rejects.toThrow(CaseNotFoundError);
  });

  it('refuses to link to a closed case', async () => {
    const { caseId: closedId } = await openCase(h.db, cast.officer.actor, { summary: 'Old' });
    await h.db
      .updateTable('cases')
      .set({ status: 'closed', closed_at: new Date(), outcome: 'resolved' })
      .where('id', '=', closedId)
      .execute();
    const inc = await aPlacedIncident(h.db);
    const attempt = linkIncident(h.db, cast.officer.actor, closedId, inc.reference);
    await expect(attempt).rejects.toThrow(CaseRuleError);
    await expect(linkIncident(h.db, cast.officer.actor, closedId, inc.reference)).rejects.toMatchObject({ message: CLOSED_CASE_MESSAGE });
  });
});
