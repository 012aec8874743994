import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../client.js';
import type { RiskKind } from '../schema.js';
import { createTestDb } from '../../../test/db.js';
import { aUser } from '../../../test/builders.js';
import { aCaseWith } from '../../../test/case-builders.js';
import { aPerson, anIncident } from '../../services/report/test-support.js';
import { loadCaseFacts } from './case-facts.js';

/** 23:30 UTC on 30 June 2026 is 00:30 BST on 1 July: a London date of 1 July. */
const LATE_JUNE = new Date('2026-06-30T23:30:00Z');

describe('loading the facts the due rules judge', () => {
  let h: DbHandle;
  let reviewer: string;
  let questionnaires: Record<RiskKind, string>;
  beforeAll(async () => {
    h = await createTestDb();
    reviewer = (await aUser(h.db, { roles: ['supervisor'] })).id;
    const rows = await h.db
      .insertInto('risk_questionnaires')
      .values(
        (['victim', 'perpetrator', 'case'] as const).map((kind) => ({
          kind,
          version: 9000 + crypto.randomInt(999),
          definition: JSON.stringify({ test: true }),
        })),
      )
      .returning(['id', 'kind'])
      .execute();
    questionnaires = Object.fromEntries(rows.map((r) => [r.kind, r.id])) as Record<RiskKind, string>;
  });
  afterAll(() => h.close());

  async function assessment(
    caseId: string,
    kind: RiskKind,
    personId: string | null,
    completedAt: Date | null,
    level: 'standard' | 'medium' | 'high' | null,
  ) {
    await h.db
      .insertInto('risk_assessments')
      .values({
        case_id: caseId,
        kind,
        person_id: personId,
        questionnaire_id: questionnaires[kind],
        answers: '{}',
        status: completedAt ? 'completed' : 'in_progress',
        completed_at: completedAt,
        level,
        scored_level: level,
        started_at: LATE_JUNE,
      })
      .execute();
  }

  it('gives every timestamp as its Europe/London date (23:30 UTC on 30 June is 1 July)', async () => {
    const victim = await aPerson(h.db, { surname: 'Quillfeather' });
    const perpetrator = await aPerson(h.db, { surname: 'Ravensholt' });
    const incident = await anIncident(h.db, { reportedAt: LATE_JUNE });
    const c = await aCaseWith(h.db, {
      openedAt: LATE_JUNE,
      incidentIds: [incident.id],
      parties: [
        { personId: victim, role: 'victim' },
        { personId: perpetrator, role: 'perpetrator' },
      ],
    });
    await assessment(c.id, 'victim', victim, LATE_JUNE, 'high');
    await h.db
      .insertInto('supervisory_reviews')
      .values({
        case_id: c.id,
        reviewed_by: reviewer,
        reviewed_at: LATE_JUNE,
        progress: 'p',
        risk_still_right: true,
        actions_agreed: 'a',
        next_review_on: '2026-07-20',
      })
      .execute();
    await h.db
      .insertInto('victim_contact_plans')
      .values({ case_id: c.id, person_id: victim, method: 'phone', frequency_days: 7, agreed_on: '2026-07-01', created_at: LATE_JUNE })
      .execute();
    await h.db
      .insertInto('victim_contacts')
      .values({ case_id: c.id, person_id: victim, contacted_at: LATE_JUNE, method: 'phone', outcome: 'made', summary: 's' })
      .execute();

    const facts = (await loadCaseFacts(h.db, [c.id])).get(c.id)!;
    expect(facts).toEqual({
      openedOn: '2026-07-01',
      closed: false,
      parties: expect.arrayContaining([
        { personId: victim, role: 'victim', addedOn: '2026-07-01' },
        { personId: perpetrator, role: 'perpetrator', addedOn: '2026-07-01' },
      ]),
      incidentLinkedOn: ['2026-07-01'],
      assessments: [{ kind: 'victim', personId: victim, completedOn: '2026-07-01', level: 'high' }],
      reviews: [{ reviewedOn: '2026-07-01', nextReviewOn: '2026-07-20' }],
      contactPlans: [{ personId: victim, frequencyDays: 7, agreedOn: '2026-07-01', createdAt: LATE_JUNE }],
      contacts: [{ personId: victim, contactedOn: '2026-07-01', outcome: 'made' }],
    });
    expect(facts.parties).toHaveLength(2);
  });

  it('dates 23:30 UTC on 31 December (GMT) as 31 December', async () => {
    const c = await aCaseWith(h.db, { openedAt: new Date('2026-12-31T23:30:00Z') });
    expect((await loadCaseFacts(h.db, [c.id])).get(c.id)!.openedOn).toBe('2026-12-31');
  });

  it('dates both sides of the clocks going forward (29 March 2026) by the London calendar', async () => {
    const before = await aCaseWith(h.db, { openedAt: new Date('2026-03-28T23:59:00Z') });
    const after = await aCaseWith(h.db, { openedAt: new Date('2026-03-29T23:30:00Z') });
    const facts = await loadCaseFacts(h.db, [before.id, after.id]);
    expect(facts.get(before.id)!.openedOn).toBe('2026-03-28');
    expect(facts.get(after.id)!.openedOn).toBe('2026-03-30');
  });

  it('leaves out removed parties and assessments still in progress, and keeps attempted contacts as attempts', async () => {
    const victim = await aPerson(h.db, { surname: 'Stonebridge' });
    const gone = await aPerson(h.db, { surname: 'Thistlewood' });
    const c = await aCaseWith(h.db, {
      openedAt: LATE_JUNE,
      parties: [
        { personId: victim, role: 'victim' },
        { personId: gone, role: 'perpetrator' },
      ],
    });
    await h.db
      .updateTable('case_parties')
      .set({ removed_at: new Date() })
      .where('case_id', '=', c.id)
      .where('person_id', '=', gone)
      .execute();
    await assessment(c.id, 'case', null, null, null);
    await assessment(c.id, 'case', null, new Date('2026-07-02T10:00:00Z'), 'medium');
    await h.db
      .insertInto('victim_contacts')
      .values({
        case_id: c.id,
        person_id: victim,
        contacted_at: new Date('2026-07-03T09:00:00Z'),
        method: 'visit',
        outcome: 'attempted',
        summary: 's',
      })
      .execute();

    const facts = (await loadCaseFacts(h.db, [c.id])).get(c.id)!;
    expect(facts.parties.map((p) => p.personId)).toEqual([victim]);
    expect(facts.assessments).toEqual([{ kind: 'case', personId: null, completedOn: '2026-07-02', level: 'medium' }]);
    expect(facts.contacts).toEqual([{ personId: victim, contactedOn: '2026-07-03', outcome: 'attempted' }]);
  });

  it('marks a closed case closed, keeps each case’s facts apart, and skips ids that are not cases', async () => {
    const open = await aCaseWith(h.db, { status: 'active' });
    const closed = await aCaseWith(h.db, { status: 'closed' });
    const facts = await loadCaseFacts(h.db, [open.id, closed.id, crypto.randomUUID()]);
    expect([...facts.keys()].sort()).toEqual([open.id, closed.id].sort());
    expect(facts.get(open.id)).toMatchObject({ closed: false, parties: [], assessments: [], reviews: [], contacts: [] });
    expect(facts.get(closed.id)!.closed).toBe(true);
    expect((await loadCaseFacts(h.db, [])).size).toBe(0);
  });
});
