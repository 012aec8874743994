/**
 * Small counts withheld from the use-of-powers report, its page, chart and CSV, over the same
 * history as use-of-powers.test.ts (test-support.ts).
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../test/app.js';
import { aUser } from '../../../../test/builders.js';
import type { Published } from '../../../domain/analysis/small-counts.js';
import { anActor, CITY, POLICE } from '../../../services/report/test-support.js';
import { useOfPowers } from '../../../services/powers/use-of-powers.js';
import { by, seedSpec, smallestCountShown } from './test-support.js';

describe('withholding small counts from the use-of-powers report', () => {
  let t: TestApp;
  let analyst: Browser;

  beforeAll(async () => {
    t = await createTestApp();
    analyst = await signedIn(t.app, await aUser(t.db, { org: POLICE, roles: ['analyst'] }));
    await seedSpec(t.db);
  });
  afterAll(() => t.close());

  it('withholds small counts as [c], and enough others that none can be worked out from the totals', async () => {
    await smallestCountShown(t.db, null);
    const { actor } = await anActor(t.db, POLICE, ['analyst']);
    const r = (await useOfPowers(t.db, actor, {})).report!;
    expect(r.total).toEqual({ count: 20, breaches: 9 });
    // 6 and 3 breaches: the 3 is small, so the 6 goes too, or the total of 9 would give it away.
    expect(by(r.byOrganisation.rows)).toEqual({ [POLICE]: [10, null], [CITY]: [10, null] });
    expect(by(r.byAgeBand.rows)).toEqual({
      'Under 18': [6, 6],
      Adult: [10, null],
      'Age not known': [null, null],
      'Not a person': [null, null],
    });
    expect(r.byAgeBand.total).toEqual({ count: 20, breaches: 9 });
    // Leicester: 3 under 18, 6 adults, 1 of unknown age; Charnwood 2, 3, 1, 2; no district 1, 1. Charnwood's
    // total of 8 is withheld as well, or 20 − 10 would give away the 2 with no district.
    expect(r.districtByAge.districts.map((d) => [d.name, ...d.counts, d.total])).toEqual([
      ['Charnwood', null, null, null, null, null],
      ['District not recorded', null, null, 0, 0, null],
      ['Leicester', null, 6, null, 0, 10],
    ]);
    expect(r.districtByAge.bandTotals).toEqual([6, 10, null, null]);
  });

  it('says on the page what [c] means, with the threshold in force, and leaves withheld counts out of the chart', async () => {
    await smallestCountShown(t.db, null);
    const res = await analyst.get('/analysis/use-of-powers');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('[c]: fewer than 5 — not shown so that no one can be identified');
    expect(res.body).toContain('[c]<span class="govuk-visually-hidden"> (not shown)</span>');
    expect(res.body).toContain('Counts shown as [c] in the table are not plotted');
    const chart = JSON.parse(/id="use-of-powers-chart-data">(.*?)<\/script>/s.exec(res.body)![1]!) as {
      labels: string[];
      datasets: { label: string; data: Published[] }[];
    };
    expect(chart.labels).toEqual(['Charnwood', 'District not recorded', 'Leicester']);
    expect(chart.datasets.map((d) => [d.label, ...d.data])).toEqual([
      ['Under 18', null, null, null],
      ['Adult', null, null, 6],
      ['Age not known', null, 0, null],
      ['Not a person', null, 0, 0],
    ]);
    const one = await analyst.get('/analysis/use-of-powers?type=civil_injunction');
    expect(one.body).toContain('Fewer than 5 interventions, fewer than 5 breaches');

    await smallestCountShown(t.db, 3);
    expect((await analyst.get('/analysis/use-of-powers')).body).toContain('[c]: fewer than 3 — not shown so that no one can be identified');
    await smallestCountShown(t.db, 1);
    const all = await analyst.get('/analysis/use-of-powers');
    expect(all.body).not.toContain('[c]');
    expect(all.body).not.toContain('withheld-counts');
  });

  it('withholds CSV rows with small counts as [c], keeping every row', async () => {
    await smallestCountShown(t.db, 2);
    const rows = parse((await analyst.get('/analysis/use-of-powers.csv')).body, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(19);
    // The two City Council CPWs in January are shown; every other row counts one intervention.
    expect(rows.filter((r) => r.Count !== '[c]').map((r) => [r.Organisation, r.Month, r.Count, r.Breaches])).toEqual([
      [CITY, '2026-01', '2', '0'],
    ]);
    for (const r of rows.filter((x) => x.Count === '[c]')) expect(r.Breaches).toBe('[c]');
    await smallestCountShown(t.db, null);
    const byDefault = parse((await analyst.get('/analysis/use-of-powers.csv')).body, { columns: true }) as Record<string, string>[];
    expect(new Set(byDefault.map((r) => `${r.Count} ${r.Breaches}`))).toEqual(new Set(['[c] [c]']));
    const audit = await t.db.selectFrom('audit_log').select('detail').where('action', '=', 'powers.export').orderBy('id').execute();
    expect(audit.map((a) => (a.detail as { threshold: number }).threshold)).toEqual([2, 5]);
  });
});
