/**
 * The use-of-powers report (issue 5) as the demo analyst: the page with its chart and equivalent
 * table passes the accessibility check, small counts are withheld as "[c]" with the explanation
 * above the tables (the demo's 60 or so interventions spread over districts and age bands leave
 * small cells), and the CSV for the Home Office return downloads with its header row.
 */
import { expect, test } from './support/fixtures.js';
import { SignInPage } from './support/pages.js';
import { demoUser } from './support/demo.js';
import { checkAccessibility } from './support/accessibility.js';

test('the use-of-powers report and its CSV', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signInAs(demoUser('analyst'));
  await page.getByRole('link', { name: 'Use of powers' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('[c]: fewer than 5 — not shown so that no one can be identified')).toBeVisible();
  await expect(page.locator('#use-of-powers-table')).toContainText('[c]');
  await checkAccessibility(page, 'the use-of-powers report');
  const csv = await page.request.get('/analysis/use-of-powers.csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const [header, ...rows] = (await csv.text()).split(/\r?\n/);
  for (const column of ['organisation', 'district', 'month', 'age', 'outcome', 'breaches']) expect(header!.toLowerCase()).toContain(column);
  expect(rows.some((row) => row.endsWith(',[c],[c]'))).toBe(true);
});
