import { describe, expect, it } from 'vitest';
import { caseDue, dueState, isLate } from './due.js';
import { mergeCaseSettings } from './settings.js';
import { aCase, P1, perpetrator, S, V1, V2, victim } from './due-test-support.js';

describe('the state of something due', () => {
  it('is in date while more than the due-soon window away', () => {
    expect(dueState('2026-03-10', '2026-03-06', 3)).toBe('in_date');
  });

  it('is due soon from the due-soon window’s first day up to and including the due date', () => {
    expect(dueState('2026-03-10', '2026-03-07', 3)).toBe('due_soon');
    expect(dueState('2026-03-10', '2026-03-10', 3)).toBe('due_soon');
  });

  it('is overdue from the day after the due date', () => {
    expect(dueState('2026-03-10', '2026-03-11', 3)).toBe('overdue');
  });

  it('is missing instead of overdue when it was never done', () => {
    expect(dueState('2026-03-10', '2026-03-11', 3, false)).toBe('missing');
    expect(dueState('2026-03-10', '2026-03-10', 3, false)).toBe('due_soon');
  });

  it('with no due-soon window is due soon only on the due date itself', () => {
    expect(dueState('2026-03-10', '2026-03-09', 0)).toBe('in_date');
    expect(dueState('2026-03-10', '2026-03-10', 0)).toBe('due_soon');
  });

  it('counts the window across a month end and a leap day', () => {
    expect(dueState('2026-03-01', '2026-02-26', 3)).toBe('due_soon');
    expect(dueState('2028-03-01', '2028-02-26', 3)).toBe('in_date');
    expect(dueState('2028-03-01', '2028-02-27', 3)).toBe('due_soon');
  });

  it('calls only missing and overdue late', () => {
    expect([isLate('missing'), isLate('overdue'), isLate('due_soon'), isLate('in_date')]).toEqual([true, true, false, false]);
  });
});

describe('risk assessments due on a case', () => {
  it('owes a case assessment from opening, due two days later, missing from the day after', () => {
    const [ra] = caseDue(aCase(), S, '2026-03-04').riskAssessments;
    expect(ra).toEqual({
      kind: 'case',
      personId: null,
      state: 'due_soon',
      dueOn: '2026-03-04',
      lastCompletedOn: null,
      lastLevel: null,
      reason: 'case opened',
    });
    expect(caseDue(aCase(), S, '2026-03-05').riskAssessments[0]!.state).toBe('missing');
  });

  it('lists the case assessment, then one per victim, then one per perpetrator, and none for other roles', () => {
    const facts = aCase({
      parties: [
        perpetrator(P1),
        victim(V1),
        { personId: 'w', role: 'witness', addedOn: '2026-03-02' },
        { personId: 'c', role: 'complainant', addedOn: '2026-03-02' },
        victim(V2),
      ],
    });
    expect(caseDue(facts, S, '2026-03-02').riskAssessments.map((r) => [r.kind, r.personId])).toEqual([
      ['case', null],
      ['victim', V1],
      ['victim', V2],
      ['perpetrator', P1],
    ]);
  });

  it('owes a person who is both victim and perpetrator both assessments, each counted separately', () => {
    const facts = aCase({
      parties: [victim(V1), perpetrator(V1)],
      assessments: [{ kind: 'victim', personId: V1, completedOn: '2026-03-03', level: 'standard' }],
    });
    const [, asVictim, asPerpetrator] = caseDue(facts, S, '2026-03-05').riskAssessments;
    expect(asVictim).toMatchObject({ kind: 'victim', state: 'in_date', dueOn: '2026-03-31' });
    expect(asPerpetrator).toMatchObject({ kind: 'perpetrator', state: 'missing', dueOn: '2026-03-04' });
  });

  it('counts an assessment completed on its due date as on time', () => {
    const facts = aCase({ assessments: [{ kind: 'case', personId: null, completedOn: '2026-03-04', level: 'standard' }] });
    expect(caseDue(facts, S, '2026-03-04').riskAssessments[0]).toMatchObject({
      state: 'in_date',
      lastCompletedOn: '2026-03-04',
      lastLevel: 'standard',
    });
  });

  it.each([
    ['high', 7, '2026-03-10'],
    ['medium', 14, '2026-03-17'],
    ['standard', 28, '2026-03-31'],
  ] as const)('after a %s assessment, is due again %i days later', (level, _days, dueOn) => {
    const facts = aCase({ assessments: [{ kind: 'case', personId: null, completedOn: '2026-03-03', level }] });
    const [ra] = caseDue(facts, S, '2026-03-03').riskAssessments;
    expect(ra).toMatchObject({ dueOn, reason: `review for ${level} risk`, lastLevel: level });
    expect(caseDue(facts, S, dueOn).riskAssessments[0]!.state).toBe('due_soon');
    expect(caseDue(facts, S, addDay(dueOn)).riskAssessments[0]!.state).toBe('overdue');
  });

  it('uses the configured reassessment interval for the level', () => {
    const settings = mergeCaseSettings({ riskReviewDays: { high: 3 } });
    const facts = aCase({ assessments: [{ kind: 'case', personId: null, completedOn: '2026-03-03', level: 'high' }] });
    expect(caseDue(facts, settings, '2026-03-03').riskAssessments[0]!.dueOn).toBe('2026-03-06');
  });

  it('takes the latest completed assessment, whatever order they come in', () => {
    const assessments = [
      { kind: 'case' as const, personId: null, completedOn: '2026-03-20', level: 'high' as const },
      { kind: 'case' as const, personId: null, completedOn: '2026-03-03', level: 'standard' as const },
    ];
    for (const list of [assessments, [...assessments].reverse()]) {
      expect(caseDue(aCase({ assessments: list }), S, '2026-03-21').riskAssessments[0]).toMatchObject({
        dueOn: '2026-03-27',
        lastLevel: 'high',
      });
    }
  });

  it('of two assessments completed the same day, follows the higher level (the sooner reassessment)', () => {
    const assessments = [
      { kind: 'case' as const, personId: null, completedOn: '2026-03-03', level: 'standard' as const },
      { kind: 'case' as const, personId: null, completedOn: '2026-03-03', level: 'medium' as const },
    ];
    for (const list of [assessments, [...assessments].reverse()]) {
      expect(caseDue(aCase({ assessments: list }), S, '2026-03-03').riskAssessments[0]).toMatchObject({
        dueOn: '2026-03-17',
        lastLevel: 'medium',
      });
    }
  });

  it('counts a late assessment once it is completed: no longer missing, next due from its completion', () => {
    const facts = aCase({ assessments: [{ kind: 'case', personId: null, completedOn: '2026-03-09', level: 'medium' }] });
    expect(caseDue(facts, S, '2026-03-10').riskAssessments[0]).toMatchObject({ state: 'in_date', dueOn: '2026-03-23' });
  });

  it('is due again two days after a new incident is linked, overdue (not missing) once an earlier one exists', () => {
    const facts = aCase({
      incidentLinkedOn: ['2026-03-02', '2026-03-12'],
      assessments: [{ kind: 'case', personId: null, completedOn: '2026-03-03', level: 'standard' }],
    });
    expect(caseDue(facts, S, '2026-03-13').riskAssessments[0]).toMatchObject({
      dueOn: '2026-03-14',
      state: 'due_soon',
      reason: 'new incident linked',
      lastCompletedOn: '2026-03-03',
    });
    expect(caseDue(facts, S, '2026-03-15').riskAssessments[0]!.state).toBe('overdue');
  });

  it('counts an assessment completed on the day the new incident was linked', () => {
    const facts = aCase({
      incidentLinkedOn: ['2026-03-02', '2026-03-12'],
      assessments: [{ kind: 'case', personId: null, completedOn: '2026-03-12', level: 'standard' }],
    });
    expect(caseDue(facts, S, '2026-03-20').riskAssessments[0]).toMatchObject({
      state: 'in_date',
      reason: 'review for standard risk',
      dueOn: '2026-04-09',
    });
  });

  it('is not re-triggered by the incidents linked when the case opened', () => {
    const facts = aCase({
      incidentLinkedOn: ['2026-03-02', '2026-03-02'],
      assessments: [{ kind: 'case', personId: null, completedOn: '2026-03-02', level: 'standard' }],
    });
    expect(caseDue(facts, S, '2026-03-05').riskAssessments[0]!.reason).toBe('review for standard risk');
  });

  it('takes the latest of several incidents linked later as the trigger', () => {
    const facts = aCase({ incidentLinkedOn: ['2026-03-20', '2026-03-02', '2026-03-10'] });
    expect(caseDue(facts, S, '2026-03-20').riskAssessments[0]).toMatchObject({ dueOn: '2026-03-22', reason: 'new incident linked' });
  });

  it('owes a victim added later an assessment two days after they were added', () => {
    const facts = aCase({ parties: [victim(V1, '2026-03-15')], incidentLinkedOn: ['2026-03-02', '2026-03-10'] });
    expect(caseDue(facts, S, '2026-03-15').riskAssessments[1]).toMatchObject({
      kind: 'victim',
      personId: V1,
      dueOn: '2026-03-17',
      reason: 'added to the case',
      state: 'due_soon',
    });
    expect(caseDue(facts, S, '2026-03-18').riskAssessments[1]!.state).toBe('missing');
  });

  it('owes a victim added later a new assessment when an incident is linked after they were added', () => {
    const facts = aCase({
      parties: [victim(V1, '2026-03-15')],
      incidentLinkedOn: ['2026-03-02', '2026-03-20'],
      assessments: [{ kind: 'victim', personId: V1, completedOn: '2026-03-16', level: 'high' }],
    });
    expect(caseDue(facts, S, '2026-03-20').riskAssessments[1]).toMatchObject({ dueOn: '2026-03-22', reason: 'new incident linked' });
  });

  it('dates a victim added before the case opened (with the opening incidents) from the opening', () => {
    const facts = aCase({ parties: [victim(V1, '2026-02-27')] });
    expect(caseDue(facts, S, '2026-03-02').riskAssessments[1]).toMatchObject({ dueOn: '2026-03-04', reason: 'case opened' });
  });

  it('judges each victim by their own assessment only', () => {
    const facts = aCase({
      parties: [victim(V1), victim(V2)],
      assessments: [{ kind: 'victim', personId: V1, completedOn: '2026-03-03', level: 'high' }],
    });
    const [, first, second] = caseDue(facts, S, '2026-03-05').riskAssessments;
    expect(first!.state).toBe('in_date');
    expect(second!.state).toBe('missing');
  });

  it('uses the earliest date a person was added in a role when given it twice', () => {
    const facts = aCase({ parties: [victim(V1, '2026-03-20'), victim(V1, '2026-03-10')] });
    const victims = caseDue(facts, S, '2026-03-10').riskAssessments.filter((r) => r.kind === 'victim');
    expect(victims).toHaveLength(1);
    expect(victims[0]!.dueOn).toBe('2026-03-12');
  });
});

describe('the supervisory review due on a case', () => {
  it('is first due 28 days after opening, on time on that day and overdue the day after; never "missing"', () => {
    expect(caseDue(aCase(), S, '2026-03-30').review).toEqual({ dueOn: '2026-03-30', state: 'due_soon', lastReviewedOn: null });
    expect(caseDue(aCase(), S, '2026-03-31').review!.state).toBe('overdue');
    expect(caseDue(aCase(), S, '2026-03-26').review!.state).toBe('in_date');
  });

  it('is next due on the date the supervisor set when that is sooner than 28 days', () => {
    const facts = aCase({ reviews: [{ reviewedOn: '2026-03-20', nextReviewOn: '2026-04-01' }] });
    expect(caseDue(facts, S, '2026-03-21').review).toEqual({ dueOn: '2026-04-01', state: 'in_date', lastReviewedOn: '2026-03-20' });
  });

  it('is capped at 28 days after the review when the supervisor set a later date', () => {
    const facts = aCase({ reviews: [{ reviewedOn: '2026-03-20', nextReviewOn: '2026-05-30' }] });
    expect(caseDue(facts, S, '2026-03-21').review!.dueOn).toBe('2026-04-17');
  });

  it('follows the latest review, whatever order they come in', () => {
    const reviews = [
      { reviewedOn: '2026-04-10', nextReviewOn: '2026-04-20' },
      { reviewedOn: '2026-03-20', nextReviewOn: '2026-04-17' },
    ];
    for (const list of [reviews, [...reviews].reverse()])
      expect(caseDue(aCase({ reviews: list }), S, '2026-04-11').review!.dueOn).toBe('2026-04-20');
  });

  it('of two reviews on the same day, follows the sooner next review date', () => {
    const reviews = [
      { reviewedOn: '2026-03-20', nextReviewOn: '2026-04-10' },
      { reviewedOn: '2026-03-20', nextReviewOn: '2026-04-01' },
    ];
    for (const list of [reviews, [...reviews].reverse()])
      expect(caseDue(aCase({ reviews: list }), S, '2026-03-21').review!.dueOn).toBe('2026-04-01');
  });

  it('uses the configured interval', () => {
    const settings = mergeCaseSettings({ supervisoryReviewDays: 14 });
    expect(caseDue(aCase(), settings, '2026-03-02').review!.dueOn).toBe('2026-03-16');
    const facts = aCase({ reviews: [{ reviewedOn: '2026-03-10', nextReviewOn: '2026-04-30' }] });
    expect(caseDue(facts, settings, '2026-03-10').review!.dueOn).toBe('2026-03-24');
  });

  it.each([
    ['2026-01-31', '2026-02-28'],
    ['2026-02-01', '2026-03-01'],
    ['2028-01-31', '2028-02-28'],
    ['2028-02-01', '2028-02-29'],
    ['2028-02-29', '2028-03-28'],
    ['2026-12-15', '2027-01-12'],
  ])('for a case opened on %s is due on %s (month ends and leap years)', (openedOn, dueOn) => {
    expect(caseDue(aCase({ openedOn, incidentLinkedOn: [openedOn] }), S, openedOn).review!.dueOn).toBe(dueOn);
  });
});

describe('due dates across the clocks changing (Europe/London)', () => {
  it('counts calendar days across the change to BST on 29 March 2026', () => {
    const due = caseDue(
      aCase({ openedOn: '2026-03-28', incidentLinkedOn: ['2026-03-28'], parties: [victim(V1, '2026-03-28')] }),
      S,
      '2026-03-28',
    );
    expect(due.riskAssessments[0]!.dueOn).toBe('2026-03-30');
    expect(due.review!.dueOn).toBe('2026-04-25');
    expect(due.contacts[0]!.dueOn).toBe('2026-04-11');
  });

  it('counts calendar days across the change to GMT on 25 October 2026', () => {
    const due = caseDue(
      aCase({ openedOn: '2026-10-24', incidentLinkedOn: ['2026-10-24'], parties: [victim(V1, '2026-10-24')] }),
      S,
      '2026-10-24',
    );
    expect(due.riskAssessments[0]!.dueOn).toBe('2026-10-26');
    expect(due.review!.dueOn).toBe('2026-11-21');
    expect(due.contacts[0]!.dueOn).toBe('2026-11-07');
  });

  it('treats the day of the change itself as an ordinary day: due on 29 March, overdue on 30 March', () => {
    const facts = aCase({ openedOn: '2026-03-27', incidentLinkedOn: ['2026-03-27'] });
    expect(caseDue(facts, S, '2026-03-29').riskAssessments[0]).toMatchObject({ dueOn: '2026-03-29', state: 'due_soon' });
    expect(caseDue(facts, S, '2026-03-30').riskAssessments[0]!.state).toBe('missing');
  });
});

describe('a closed case', () => {
  it('owes nothing, however late everything was', () => {
    const facts = aCase({ closed: true, parties: [victim(V1), perpetrator(P1)] });
    expect(caseDue(facts, S, '2027-01-01')).toEqual({ riskAssessments: [], review: null, contacts: [] });
  });
});

function addDay(ymd: string): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
