import { describe, expect, it } from 'vitest';
import type { CaseDue, ContactDue, DueState, RiskAssessmentDue } from './due.js';
import { caseDue } from './due.js';
import { DEFAULT_CASE_SETTINGS } from './settings.js';
import {
  complianceFigures,
  complianceItems,
  figureOf,
  dueStateName,
  dueStateTag,
  inArea,
  outstanding,
  weeklyLists,
  type ComplianceCase,
  type ComplianceInput,
} from './compliance.js';

let n = 0;
function aCase(over: Partial<ComplianceCase> = {}): ComplianceCase {
  n += 1;
  return {
    id: `case-${n}`,
    reference: `ASB-${String(n).padStart(3, '0')}`,
    leadOrganisationId: 'org',
    leadOrganisationName: 'Leicestershire Police',
    npaCode: 'charnwood',
    districtCode: 'E07000130',
    officerName: null,
    riskLevel: null,
    highRisk: false,
    ...over,
  };
}
const ra = (
  kind: RiskAssessmentDue['kind'],
  state: DueState,
  dueOn = '2026-03-10',
  personId: string | null = kind === 'case' ? null : `${kind}-p`,
): RiskAssessmentDue => ({ kind, personId, state, dueOn, lastCompletedOn: null, lastLevel: null, reason: 'case opened' });
const contact = (state: DueState, dueOn = '2026-03-12', personId = 'v'): ContactDue => ({
  personId,
  state,
  dueOn,
  hasPlan: false,
  frequencyDays: 14,
  lastContactOn: null,
});
function due(opts: { risk?: RiskAssessmentDue[]; review?: DueState; reviewDueOn?: string; contacts?: ContactDue[] } = {}): CaseDue {
  return {
    riskAssessments: opts.risk ?? [ra('case', 'in_date')],
    review: { state: opts.review ?? 'in_date', dueOn: opts.reviewDueOn ?? '2026-03-30', lastReviewedOn: null },
    contacts: opts.contacts ?? [],
  };
}
const CLOSED: CaseDue = { riskAssessments: [], review: null, contacts: [] };
const input = (d: CaseDue, c = aCase()): ComplianceInput => ({ case: c, due: d });

describe('the risk assessment figure (LLR action 2b)', () => {
  it('counts an open case only when its case, every victim’s and every perpetrator’s assessment is neither missing nor overdue', () => {
    const inputs = [
      input(due({ risk: [ra('case', 'in_date'), ra('victim', 'due_soon'), ra('perpetrator', 'in_date')] })),
      input(due({ risk: [ra('case', 'in_date'), ra('victim', 'missing')] })),
      input(due({ risk: [ra('case', 'overdue'), ra('victim', 'in_date')] })),
      input(due({ risk: [ra('case', 'in_date'), ra('victim', 'in_date'), ra('perpetrator', 'overdue')] })),
    ];
    const f = complianceFigures(inputs).riskAssessments;
    expect([f.numerator, f.denominator, f.percent, f.shown]).toEqual([1, 4, 25, '25%']);
    expect(f.items.map((i) => i.met)).toEqual([true, false, false, false]);
  });

  it('counts an assessment not yet due (a case opened yesterday) as in date', () => {
    const f = complianceFigures([input(due({ risk: [ra('case', 'due_soon')] }))]).riskAssessments;
    expect(f.shown).toBe('100%');
  });

  it('gives each case its worst state, the due date of its most pressing assessment, and each assessment without names', () => {
    const [item] = complianceFigures([
      input(
        due({
          risk: [
            ra('case', 'overdue', '2026-03-05'),
            ra('victim', 'missing', '2026-03-08'),
            ra('victim', 'in_date', '2026-03-20', 'v2'),
            ra('perpetrator', 'missing', '2026-03-04'),
          ],
        }),
      ),
    ]).riskAssessments.items;
    expect(item).toMatchObject({ measure: 'risk_assessments', subject: 'Case', state: 'missing', dueOn: '2026-03-04', met: false });
    expect(item!.parts).toEqual([
      'Case assessment: overdue',
      'Victim 1 assessment: missing',
      'Victim 2 assessment: in date',
      'Perpetrator 1 assessment: missing',
    ]);
  });
});

describe('the supervisory review figure (LLR action 2c)', () => {
  it('counts open cases whose review is not overdue, due soon included', () => {
    const f = complianceFigures([
      input(due({ review: 'in_date' })),
      input(due({ review: 'due_soon' })),
      input(due({ review: 'overdue' })),
    ]).reviews;
    expect([f.numerator, f.denominator, f.percent]).toEqual([2, 3, 66]);
    expect(f.items[2]).toMatchObject({ measure: 'supervisory_review', state: 'overdue', dueOn: '2026-03-30', met: false });
  });
});

describe('the victim contact figure (Victims’ Code)', () => {
  it('counts each victim on an open case, not each case', () => {
    const f = complianceFigures([
      input(due({ contacts: [contact('in_date', '2026-03-12', 'a'), contact('missing', '2026-03-01', 'b')] })),
      input(due({ contacts: [contact('overdue')] })),
      input(due({ contacts: [contact('due_soon')] })),
      input(due({ contacts: [] })),
    ]).contacts;
    expect([f.numerator, f.denominator, f.percent]).toEqual([2, 4, 50]);
    expect(f.items.map((i) => [i.case.reference.length > 0, i.subject, i.state])).toEqual([
      [true, 'Victim 1', 'in_date'],
      [true, 'Victim 2', 'missing'],
      [true, 'Victim 1', 'overdue'],
      [true, 'Victim 1', 'due_soon'],
    ]);
  });
});

describe('every figure', () => {
  it('leaves closed cases out', () => {
    const figures = complianceFigures([input(CLOSED), input(due({ review: 'overdue', contacts: [contact('overdue')] }))]);
    expect([figures.riskAssessments.denominator, figures.reviews.denominator, figures.contacts.denominator]).toEqual([1, 1, 1]);
  });

  it('shows "No cases" (or "No victims"), not 0% or 100%, when there is nothing to count', () => {
    const none = complianceFigures([]);
    expect([none.riskAssessments, none.reviews].map((f) => [f.percent, f.shown, f.numerator, f.denominator])).toEqual([
      [null, 'No cases', 0, 0],
      [null, 'No cases', 0, 0],
    ]);
    expect(complianceFigures([input(CLOSED)]).reviews.shown).toBe('No cases');
    const noVictims = complianceFigures([input(due())]).contacts;
    expect([noVictims.percent, noVictims.shown]).toEqual([null, 'No victims']);
  });

  it('counts the items not met, and can be made from counts taken elsewhere with only some items listed', () => {
    const inputs = [input(due({ review: 'overdue' })), input(due({ review: 'in_date' })), input(due({ review: 'missing' }))];
    const all = complianceFigures(inputs).reviews;
    expect([all.numerator, all.denominator, all.notMet]).toEqual([1, 3, 2]);
    const listed = complianceItems(inputs)
      .reviews.filter((i) => !i.met)
      .slice(0, 1);
    expect(figureOf(1, 3, listed, 'No cases')).toEqual({
      numerator: 1,
      denominator: 3,
      notMet: 2,
      percent: 33,
      shown: '33%',
      items: [all.items[0]],
    });
    expect(figureOf(0, 0, [], 'No victims')).toMatchObject({ notMet: 0, percent: null, shown: 'No victims' });
  });

  it('rounds down, so 100% means every one', () => {
    const inputs = [...Array.from({ length: 199 }, () => input(due())), input(due({ review: 'overdue' }))];
    expect(complianceFigures(inputs).reviews.shown).toBe('99%');
  });

  it('agrees with the due rules for a real case: one victim never contacted, no assessment, opened 40 days ago', () => {
    const facts = {
      openedOn: '2026-02-01',
      closed: false,
      parties: [{ personId: 'v', role: 'victim' as const, addedOn: '2026-02-01' }],
      incidentLinkedOn: ['2026-02-01'],
      assessments: [],
      reviews: [],
      contactPlans: [],
      contacts: [],
    };
    const figures = complianceFigures([input(caseDue(facts, DEFAULT_CASE_SETTINGS, '2026-03-13'))]);
    expect([figures.riskAssessments.shown, figures.reviews.shown, figures.contacts.shown]).toEqual(['0%', '0%', '0%']);
  });
});

describe('the weekly lists', () => {
  it('list missing and overdue assessments, overdue reviews and late contacts by case reference, oldest due first', () => {
    const a = aCase({ reference: 'ASB-A' });
    const b = aCase({ reference: 'ASB-B' });
    const lists = weeklyLists([
      input(
        due({
          risk: [ra('case', 'missing', '2026-03-04'), ra('victim', 'overdue', '2026-03-06'), ra('perpetrator', 'due_soon')],
          review: 'overdue',
          reviewDueOn: '2026-03-01',
          contacts: [contact('in_date'), contact('missing', '2026-03-02')],
        }),
        a,
      ),
      input(due({ risk: [ra('case', 'missing', '2026-03-03')], review: 'due_soon', contacts: [contact('overdue', '2026-03-09')] }), b),
      input(CLOSED),
    ]);
    expect(lists).toEqual({
      missingRiskAssessments: [
        { caseId: b.id, reference: 'ASB-B', what: 'Case assessment', dueOn: '2026-03-03' },
        { caseId: a.id, reference: 'ASB-A', what: 'Case assessment', dueOn: '2026-03-04' },
      ],
      overdueRiskAssessments: [{ caseId: a.id, reference: 'ASB-A', what: 'Victim 1 assessment', dueOn: '2026-03-06' }],
      overdueReviews: [{ caseId: a.id, reference: 'ASB-A', what: 'Supervisory review', dueOn: '2026-03-01' }],
      overdueContacts: [
        { caseId: a.id, reference: 'ASB-A', what: 'Victim 2 contact', dueOn: '2026-03-02' },
        { caseId: b.id, reference: 'ASB-B', what: 'Victim 1 contact', dueOn: '2026-03-09' },
      ],
    });
    expect(outstanding(lists)).toBe(6);
  });

  it('are empty when nothing is late', () => {
    expect(
      outstanding(weeklyLists([input(due({ risk: [ra('case', 'due_soon')], review: 'due_soon', contacts: [contact('due_soon')] }))])),
    ).toBe(0);
  });
});

describe('areas and states', () => {
  it('puts a case in the area of its NPA or its district; no area is the whole organisation', () => {
    const c = aCase({ npaCode: 'charnwood', districtCode: 'E07000130' });
    expect([
      inArea(c, 'charnwood'),
      inArea(c, 'E07000130'),
      inArea(c, null),
      inArea(c, 'leicester-east'),
      inArea(aCase({ npaCode: null, districtCode: null }), 'charnwood'),
    ]).toEqual([true, true, true, false, false]);
  });

  it('names states in staff’s words with GOV.UK tag colours', () => {
    expect((['missing', 'overdue', 'due_soon', 'in_date'] as const).map((s) => [dueStateName(s), dueStateTag(s)])).toEqual([
      ['Missing', 'govuk-tag--red'],
      ['Overdue', 'govuk-tag--red'],
      ['Due soon', 'govuk-tag--yellow'],
      ['In date', 'govuk-tag--green'],
    ]);
  });
});
