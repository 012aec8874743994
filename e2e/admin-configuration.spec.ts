/**
 * The partnership's configuration pages as the demo administrator (issues 4 and 5): the risk
 * questionnaires, the intervention types register and the letter templates, each page and its
 * validation errors passing the accessibility check; adding an intervention type without code.
 */
import { expect, test } from './support/fixtures.js';
import { SignInPage } from './support/pages.js';
import { demoUser } from './support/demo.js';
import { checkAccessibility } from './support/accessibility.js';

test.describe('configuration pages', () => {
  test.beforeEach(async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signInAs(demoUser('administrator'));
  });

  test('the risk questionnaires and letter templates pages pass the accessibility check', async ({ page }) => {
    for (const [url, heading] of [
      ['/admin/risk-questionnaires', /risk/i],
      ['/admin/letter-templates', /letter/i],
      ['/admin/outbox', /outbox/i],
    ] as const) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
      await checkAccessibility(page, url);
    }
    await page.goto('/admin/letter-templates');
    await page.locator('main a.govuk-link[href^="/admin/letter-templates/"]').first().click();
    await checkAccessibility(page, 'a letter template');
  });

  test('an administrator adds an intervention type without code, after GOV.UK errors', async ({ page }) => {
    await page.goto('/admin/intervention-types');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await checkAccessibility(page, 'the intervention types register');
    await page.goto('/admin/intervention-types/new');
    await page.locator('form button.govuk-button').last().click();
    await expect(page).toHaveTitle(/^Error: /);
    await checkAccessibility(page, 'the new intervention type form with errors');
    const code = `respect_order_${Date.now().toString(36)}`;
    await page.getByLabel('Code', { exact: true }).fill(code);
    await page.getByLabel('Name', { exact: true }).fill('Respect Order');
    await page.getByLabel('Step on the Incremental Approach ladder').selectOption({ index: 6 });
    await page.getByRole('group', { name: 'Is it a statutory power?' }).getByLabel('Yes').check();
    await page.getByLabel('A person', { exact: true }).check();
    await page.locator('form button.govuk-button').last().click();
    await expect(page.locator('.govuk-notification-banner--success')).toBeVisible();
    await expect(page.locator('main')).toContainText('Respect Order');
    await checkAccessibility(page, 'the register after adding a type');
  });
});
