/**
 * The demo partnership seeded on first start (NODE_ENV=development): its synthetic incidents
 * are there for an analyst to explore, and the analysis page that shows them passes the
 * accessibility check with its chart, table and map.
 */
import { expect, test } from './support/fixtures.js';
import { IncidentsByPlaceAndMonthPage, SignInPage } from './support/pages.js';
import { demoUser } from './support/demo.js';
import { DEMO_INCIDENT_COUNT } from '../src/services/demo/seed-demo.js';

test('the demo analyst sees the synthetic incidents of the last 24 months by place and month', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signInAs(demoUser('analyst'));

  const analysis = new IncidentsByPlaceAndMonthPage(page);
  await analysis.goto();
  await analysis.filter({ source: 'Demonstration data' });
  await expect(analysis.summary()).toContainText(`${DEMO_INCIDENT_COUNT.toLocaleString('en-GB')} incidents`);
  expect(await analysis.grandTotal()).toBe(DEMO_INCIDENT_COUNT);
  const leicester = analysis.table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Leicester', exact: true }) });
  await expect(leicester).toBeVisible();
});
