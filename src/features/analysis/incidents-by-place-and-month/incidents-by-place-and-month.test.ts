import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedIn, type Browser, type TestApp } from '../../../../test/app.js';
import { aUser, orgId, type TestUser } from '../../../../test/builders.js';
import { CHARNWOOD, LEICESTER, anLsoa, incidents } from '../../../services/analysis/test-support.js';

const PAGE = '/analysis/incidents-by-place-and-month';

/** The text of the table row whose header is `name`, as cell texts. */
function rowOf(html: string, name: string): string[] {
  const m = new RegExp(`<tr class="govuk-table__row">\\s*<th scope="row" class="govuk-table__header">${name}</th>([\\s\\S]*?)</tr>`).exec(
    html,
  );
  if (!m) throw new Error(`No table row for ${name}`);
  return [...m[1]!.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1]!.trim());
}

describe('Incidents by place and month', () => {
  let t: TestApp;
  let analyst: TestUser;
  let b: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    analyst = await aUser(t.db, { roles: ['analyst'] });
    b = await signedIn(t.app, analyst);
  });
  afterAll(() => t.close());

  describe('before any incidents are imported', () => {
    it('says how to import police.uk files', async () => {
      const res = await b.get(PAGE);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('There are no incidents to analyse yet');
      expect(res.body).toContain('href="/imports/police-uk"');
      expect(res.body).not.toContain('govuk-table');
    });
  });

  describe('with incidents', () => {
    beforeAll(async () => {
      const council = await orgId(t.db, 'Leicester City Council');
      await incidents(t.db, { source: 'police.uk', month: '2024-01', district: LEICESTER, lsoa21: 'E01900001' }, 3);
      await incidents(t.db, { source: 'police.uk', month: '2024-03', district: LEICESTER, lsoa21: 'E01900002' });
      await incidents(t.db, { source: 'police.uk', month: '2024-01', district: CHARNWOOD }, 2);
      await incidents(t.db, { source: 'staff', month: '2024-03', district: LEICESTER, organisationId: analyst.organisationId }, 2);
      await incidents(t.db, { source: 'staff', month: '2024-01', district: LEICESTER, organisationId: council, lsoa21: 'E01900001' }, 5);
    });

    it('shows a table of districts by month with totals, counting only what the user may see', async () => {
      const res = await b.get(PAGE);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<title>Incidents by place and month');
      expect(res.body).toContain('8 incidents, Jan 2024 to Mar 2024');
      expect(res.body).toMatch(/Jan 2024<\/th>\s*<th scope="col" class="govuk-table__header govuk-table__header--numeric">Feb 2024/);
      expect(rowOf(res.body, 'Leicester')).toEqual(['3', '0', '3', '6']);
      expect(rowOf(res.body, 'Charnwood')).toEqual(['2', '0', '0', '2']);
      expect(rowOf(res.body, 'Rutland')).toEqual(['0', '0', '0', '0']);
    });

    it('applies the filters and keeps them in the form', async () => {
      const res = await b.get(`${PAGE}?from=2024-02&to=2024-03&source=staff&district=${LEICESTER}`);
      expect(res.statusCode).toBe(200);
      expect(rowOf(res.body, 'Leicester')).toEqual(['0', '2', '2']);
      expect(res.body).not.toContain('>Charnwood</th>');
      expect(res.body).toContain('value="2024-02"');
      expect(res.body).toMatch(/<option value="staff" selected>/);
    });

    it('passes the chart data in a JSON block for the chart script, with an accessible canvas', async () => {
      const res = await b.get(PAGE);
      const block = /<script type="application\/json" id="incidents-chart-data">([^<]*)<\/script>/.exec(res.body);
      expect(JSON.parse(block![1]!)).toEqual({
        labels: ['Jan 2024', 'Feb 2024', 'Mar 2024'],
        datasets: [
          { label: 'Charnwood', data: [2, 0, 0] },
          { label: 'Leicester', data: [3, 0, 3] },
        ],
      });
      expect(res.body).toMatch(/<canvas id="incidents-chart" role="img" aria-label="Line chart of incidents per month/);
      expect(res.body).toContain('src="/vendor/chartjs/chart.umd.js"');
      expect(res.body).toContain('src="/public/incidents-by-place-and-month.js"');
    });

    it('re-renders with status 400, the error summary and the values typed for an invalid month', async () => {
      const res = await b.get(`${PAGE}?from=2024-13&to=2024-03&source=police.uk`);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('<title>Error: Incidents by place and month');
      expect(res.body).toContain('govuk-error-summary');
      expect(res.body).toContain('href="#from"');
      expect(res.body).toContain('Start month must be a real month, in the format YYYY-MM, like 2024-03');
      expect(res.body).toContain('value="2024-13"');
      expect(res.body).toContain('value="2024-03"');
      expect(res.body).toMatch(/<option value="police.uk" selected>/);
      expect(res.body).not.toContain('id="incidents-table"');
    });

    it('says when no incidents match the filters', async () => {
      const res = await b.get(`${PAGE}?from=2030-01`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('No incidents match these filters');
    });

    it('says the map needs boundaries when none are loaded', async () => {
      const res = await b.get(PAGE);
      expect(res.body).toContain('npm run concord -- geography load DIR');
      expect(res.body).not.toContain('id="incidents-map"');
    });

    it('answers the map data as GeoJSON with counts per LSOA, scoped and filtered', async () => {
      await anLsoa(t.db, { code: 'E01900001', vintage: 2021, name: 'Leicester 001A', lon: -1.14, lat: 52.63 });
      await anLsoa(t.db, { code: 'E01900002', vintage: 2021, name: 'Leicester 001B', lon: -1.13, lat: 52.63 });
      await anLsoa(t.db, { code: 'E01900003', vintage: 2021, name: 'Charnwood 001A', district: CHARNWOOD, lon: -1.2, lat: 52.77 });
      const page = await b.get(PAGE);
      expect(page.body).toContain(`data-geojson-url="${PAGE}/lsoa.geojson"`);
      const res = await b.get(`${PAGE}/lsoa.geojson?district=${LEICESTER}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/geo+json');
      const fc = res.json();
      expect(fc.type).toBe('FeatureCollection');
      expect(fc.vintage).toBe(2021);
      expect(fc.features.map((f: { properties: unknown }) => f.properties)).toEqual([
        { code: 'E01900001', name: 'Leicester 001A', count: 3 },
        { code: 'E01900002', name: 'Leicester 001B', count: 1 },
      ]);
      expect(fc.features[0].geometry.type).toBe('Polygon');
      expect(fc.classes.length).toBeGreaterThan(0);
    });

    it('answers 400 JSON naming the field for an invalid map filter', async () => {
      const res = await b.get(`${PAGE}/lsoa.geojson?to=2024-00`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'bad_request', field: 'to' });
    });
  });

  it('is refused to a role without stats:view', async () => {
    const handler = await signedIn(t.app, await aUser(t.db, { roles: ['call_handler'] }));
    expect((await handler.get(PAGE)).statusCode).toBe(403);
    expect((await handler.get(`${PAGE}/lsoa.geojson`)).statusCode).toBe(403);
  });

  it('sends a signed-out visitor to sign in', async () => {
    const res = await t.app.inject({ url: PAGE });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toContain('/sign-in?returnTo=');
  });
});
