/** Victim contact due on a case (domain/cases/due.ts; the other due rules are in due.test.ts). */
import { describe, expect, it } from 'vitest';
import { caseDue } from './due.js';
import { mergeCaseSettings } from './settings.js';
import { aCase, P1, perpetrator, plan, S, V1, V2, victim } from './due-test-support.js';

describe('victim contact due on a case', () => {
  it('is owed to victims only, one each', () => {
    const facts = aCase({
      parties: [victim(V1), perpetrator(P1), { personId: 'c', role: 'complainant', addedOn: '2026-03-02' }, victim(V2)],
    });
    expect(caseDue(facts, S, '2026-03-02').contacts.map((c) => c.personId)).toEqual([V1, V2]);
  });

  it('without a plan is due every 14 days (the default), missing when never made after that', () => {
    const facts = aCase({ parties: [victim(V1)] });
    expect(caseDue(facts, S, '2026-03-16').contacts[0]).toEqual({
      personId: V1,
      dueOn: '2026-03-16',
      state: 'due_soon',
      hasPlan: false,
      frequencyDays: 14,
      lastContactOn: null,
    });
    expect(caseDue(facts, S, '2026-03-17').contacts[0]!.state).toBe('missing');
  });

  it('uses the configured default when the victim has no plan', () => {
    expect(caseDue(aCase({ parties: [victim(V1)] }), mergeCaseSettings({ defaultContactDays: 7 }), '2026-03-02').contacts[0]!.dueOn).toBe(
      '2026-03-09',
    );
  });

  it('follows the plan’s frequency, counted from when the plan was agreed', () => {
    const facts = aCase({ parties: [victim(V1)], contactPlans: [plan(V1, 7, '2026-03-05')] });
    expect(caseDue(facts, S, '2026-03-05').contacts[0]).toMatchObject({ dueOn: '2026-03-12', hasPlan: true, frequencyDays: 7 });
  });

  it('is due the plan’s frequency after the last contact made, overdue (not missing) when missed', () => {
    const facts = aCase({
      parties: [victim(V1)],
      contactPlans: [plan(V1, 7, '2026-03-03')],
      contacts: [
        { personId: V1, contactedOn: '2026-03-09', outcome: 'made' },
        { personId: V1, contactedOn: '2026-03-06', outcome: 'made' },
      ],
    });
    expect(caseDue(facts, S, '2026-03-16').contacts[0]).toMatchObject({
      dueOn: '2026-03-16',
      lastContactOn: '2026-03-09',
      state: 'due_soon',
    });
    expect(caseDue(facts, S, '2026-03-17').contacts[0]!.state).toBe('overdue');
  });

  it('does not count attempted contacts', () => {
    const facts = aCase({ parties: [victim(V1)], contacts: [{ personId: V1, contactedOn: '2026-03-15', outcome: 'attempted' }] });
    expect(caseDue(facts, S, '2026-03-17').contacts[0]).toMatchObject({ dueOn: '2026-03-16', state: 'missing', lastContactOn: null });
  });

  it('counts a contact made on the due date as on time', () => {
    const facts = aCase({ parties: [victim(V1)], contacts: [{ personId: V1, contactedOn: '2026-03-16', outcome: 'made' }] });
    expect(caseDue(facts, S, '2026-03-16').contacts[0]).toMatchObject({ state: 'in_date', dueOn: '2026-03-30' });
  });

  it('uses the newest plan (by when it was recorded), whatever order they come in', () => {
    const plans = [
      plan(V1, 28, '2026-03-03', new Date('2026-03-03T10:00:00Z')),
      plan(V1, 5, '2026-03-03', new Date('2026-03-03T11:00:00Z')),
    ];
    for (const list of [plans, [...plans].reverse()]) {
      expect(caseDue(aCase({ parties: [victim(V1)], contactPlans: list }), S, '2026-03-03').contacts[0]).toMatchObject({
        frequencyDays: 5,
        dueOn: '2026-03-08',
      });
    }
  });

  it('ignores another victim’s plan and contacts', () => {
    const facts = aCase({
      parties: [victim(V1), victim(V2)],
      contactPlans: [plan(V2, 3, '2026-03-10')],
      contacts: [{ personId: V2, contactedOn: '2026-03-12', outcome: 'made' }],
    });
    expect(caseDue(facts, S, '2026-03-12').contacts[0]).toMatchObject({
      personId: V1,
      hasPlan: false,
      dueOn: '2026-03-16',
      lastContactOn: null,
    });
    expect(caseDue(facts, S, '2026-03-12').contacts[1]).toMatchObject({
      personId: V2,
      hasPlan: true,
      dueOn: '2026-03-15',
      lastContactOn: '2026-03-12',
    });
  });

  it('for a victim added later, is due from when they were added', () => {
    const facts = aCase({ parties: [victim(V1, '2026-03-20')] });
    expect(caseDue(facts, S, '2026-03-20').contacts[0]!.dueOn).toBe('2026-04-03');
  });

  it('counts across a month end: contact on 31 January with a 28-day plan is next due on 28 February', () => {
    const facts = aCase({
      openedOn: '2026-01-05',
      incidentLinkedOn: ['2026-01-05'],
      parties: [victim(V1, '2026-01-05')],
      contactPlans: [plan(V1, 28, '2026-01-05')],
      contacts: [{ personId: V1, contactedOn: '2026-01-31', outcome: 'made' }],
    });
    expect(caseDue(facts, S, '2026-02-01').contacts[0]!.dueOn).toBe('2026-02-28');
  });
});
