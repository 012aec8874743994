import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import type { DbHandle } from '../../db/client.js';
import { interventionTypes } from '../../db/repositories/interventions.js';
import { addCalendarMonths, londonDate } from '../../domain/checks/calendar.js';
import { checkIntervention } from '../../domain/powers/check-intervention.js';
import { ageOn } from '../../domain/powers/deadlines.js';
import type { InterventionProposal, InterventionRecord } from '../../domain/powers/types.js';
import { anActor, POLICE } from '../report/test-support.js';
import { loadPowersSettings } from '../powers/settings.js';
import { useOfPowers } from '../powers/use-of-powers.js';
import { seedDemoInterventions } from './demo-interventions.js';
import { seedDemo } from './seed-demo.js';

const NOW = new Date('2026-11-21T09:00:00Z');

describe('the demo partnership’s interventions', () => {
  let h: DbHandle;
  const logs: string[] = [];
  beforeAll(async () => {
    h = await createTestDb();
    await seedDemo(h.db, (m) => logs.push(m), { now: NOW, incidents: 600, placer: null });
  });
  afterAll(() => h.close());

  const rows = () =>
    h.db
      .selectFrom('interventions as i')
      .innerJoin('cases as c', 'c.id', 'i.case_id')
      .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
      .leftJoin('people as p', 'p.id', 'i.person_id')
      .selectAll('i')
      .select(['c.reference', 'c.lead_organisation_id', 'c.district_code', 'o.name as org', 'p.date_of_birth'])
      .orderBy('i.issued_on')
      .orderBy('i.created_at')
      .execute();

  it('records about 60 interventions on demo cases, by the cases’ lead organisations, over the last 12 months', async () => {
    const all = await rows();
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.length).toBeLessThanOrEqual(90);
    expect(all.every((r) => r.reference.startsWith('DEMO-CASE-') && r.organisation_id === r.lead_organisation_id)).toBe(true);
    expect(new Set(all.map((r) => r.org)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(all.map((r) => r.district_code)).size).toBeGreaterThanOrEqual(2);
    const today = londonDate(NOW);
    expect(all.every((r) => r.issued_on <= today && r.issued_on > addCalendarMonths(today, -12))).toBe(true);
    expect(new Set(all.map((r) => r.issued_on.slice(0, 7))).size).toBeGreaterThanOrEqual(4);
    const line = logs.find((m) => m.startsWith('Demo interventions seeded'));
    expect(line).toMatch(/^Demo interventions seeded: \d+ \(\d+ refused by the rules, \d+ breaches\) in \d+ ms$/);
    process.stdout.write(`${line}\n`);
  });

  it('covers the ladder and the premises and area measures, with under-18s and breaches', async () => {
    const all = await rows();
    const codes = new Set(all.map((r) => r.type_code));
    for (const code of [
      'advice',
      'warning_letter',
      'abc',
      'cpw',
      'cpn',
      'civil_injunction',
      'closure_notice',
      'closure_order',
      'dispersal_authorisation',
      'dispersal_direction',
    ]) {
      expect(codes, code).toContain(code);
    }
    expect(all.some((r) => r.subject_kind === 'person' && r.date_of_birth && ageOn(r.date_of_birth, r.issued_on) < 18)).toBe(true);
    const youthInjunctions = all.filter((r) => r.type_code === 'civil_injunction' && r.court === 'youth');
    expect(youthInjunctions.length).toBeGreaterThan(0);
    expect(youthInjunctions.every((r) => r.youth_justice_consulted_on && r.youth_justice_consulted_on <= r.issued_on)).toBe(true);
    const breaches = await h.db.selectFrom('intervention_breaches').select(['intervention_id']).execute();
    expect(breaches.length).toBeGreaterThan(0);
    expect(new Set(all.map((r) => r.outcome)).size).toBeGreaterThanOrEqual(3);
  });

  it('gives every intervention its case event, as the recording service does', async () => {
    const all = await rows();
    const events = await h.db.selectFrom('case_events').select(['case_id', 'detail']).where('kind', '=', 'intervention').execute();
    const ids = events.map(
      (e) => ((typeof e.detail === 'string' ? JSON.parse(e.detail) : e.detail) as { interventionId: string }).interventionId,
    );
    expect(ids.sort()).toEqual(all.map((r) => r.id).sort());
  });

  it('seeds only interventions the rules allow, with their history', async () => {
    const all = await rows();
    const types = await interventionTypes(h.db);
    const settings = await loadPowersSettings(h.db);
    const records: InterventionRecord[] = all.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      typeCode: r.type_code,
      subjectKind: r.subject_kind,
      personId: r.person_id,
      subjectText: r.subject_text,
      conduct: r.conduct,
      issuedOn: r.issued_on,
      servedAt: r.served_at,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      endsAt: r.ends_at,
      complianceDueOn: r.compliance_due_on,
      linkedInterventionId: r.linked_intervention_id,
      authorisedByRank: r.authorised_by_rank,
      authorisedInWriting: r.authorised_in_writing,
      grounds: r.grounds,
      outcome: r.outcome,
      outcomeOn: r.outcome_on,
      terms: r.terms,
      subjectDateOfBirth: r.date_of_birth,
      hearingAt: r.hearing_at,
    }));
    for (const r of all) {
      const p: InterventionProposal = {
        typeCode: r.type_code,
        subjectKind: r.subject_kind,
        personId: r.person_id,
        subjectDateOfBirth: r.date_of_birth,
        subjectText: r.subject_text,
        conduct: r.conduct,
        terms: r.terms,
        issuedOn: r.issued_on,
        servedAt: r.served_at,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
        endsAt: r.ends_at,
        complianceDueOn: r.compliance_due_on,
        reviewOn: r.review_on,
        linkedInterventionId: r.linked_intervention_id,
        authorisedByRank: r.authorised_by_rank,
        authorisedInWriting: r.authorised_in_writing,
        grounds: r.grounds,
        court: r.court,
        hearingAt: r.hearing_at,
        youthJusticeConsultedOn: r.youth_justice_consulted_on,
        youthJusticeViews: r.youth_justice_views,
        convictionReference: r.conviction_reference,
        triggerEvent: r.trigger_event,
        firstTimeEntrant: r.first_time_entrant,
        skipReason: r.skip_reason,
      };
      const history = records.filter(
        (x) => x.id !== r.id && (x.caseId === r.case_id || (r.person_id !== null && x.personId === r.person_id)),
      );
      const result = checkIntervention(p, { today: londonDate(NOW), now: NOW, history, types, settings });
      expect(result.refusals, `${r.reference} ${r.type_code}`).toEqual([]);
    }
    const cpns = all.filter((r) => r.type_code === 'cpn');
    expect(cpns.length).toBeGreaterThan(0);
    for (const cpn of cpns) expect(cpn.issued_on > all.find((w) => w.id === cpn.linked_intervention_id)!.compliance_due_on!).toBe(true);
    expect(
      all.some((r) => r.skip_reason),
      'a tier skipped with its reason',
    ).toBe(true);
  });

  it('feeds the use-of-powers report', async () => {
    const { actor } = await anActor(h.db, POLICE, ['analyst']);
    const page = await useOfPowers(h.db, actor, {});
    expect(page.report!.total.count).toBe((await rows()).length);
    expect(page.report!.total.breaches).toBeGreaterThan(0);
    expect(page.report!.byOrganisation.rows.length).toBeGreaterThanOrEqual(2);
    expect(page.report!.byAgeBand.rows.map((b) => b.key)).toEqual(expect.arrayContaining(['under_18', 'adult']));
  });

  it('adds nothing when seeded again', async () => {
    const before = (await rows()).length;
    expect(await seedDemoInterventions(h.db, () => undefined, { now: NOW })).toEqual({ added: 0, refused: 0, breaches: 0 });
    await seedDemo(h.db, () => undefined, { now: NOW, placer: null });
    expect(await rows()).toHaveLength(before);
  });
});
