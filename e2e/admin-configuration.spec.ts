/**
 * The partnership's configuration pages as the demo administrator (issues 4 and 5): the risk
 * questionnaires, the intervention types register and the letter templates, each page and its
 * validation errors passing the accessibility check; adding an intervention type without code;
 * changing a rule setting after a GOV.UK error.
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

  test('an administrator changes a rule setting after a GOV.UK error', async ({ page }) => {
    await page.goto('/admin');
    await page.getByRole('link', { name: 'Rule settings' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rule settings');
    await checkAccessibility(page, 'the rule settings');
    await page.getByRole('link', { name: 'Change the case management settings' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change the case management settings');
    await checkAccessibility(page, 'the case management settings form');
    const interval = page.getByLabel('Supervisory review interval');
    await interval.fill('35');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator('.govuk-error-summary')).toContainText('The supervisory review interval must be at most 28 days');
    await expect(interval).toHaveValue('35');
    await checkAccessibility(page, 'the case management settings form with an error');
    await interval.fill('21');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.locator('.govuk-notification-banner--success')).toContainText('Case management settings saved');
    await expect(page.locator('main')).toContainText('21 days');
    await expect(page.locator('main')).toContainText('Default: 28 days');
    await checkAccessibility(page, 'the rule settings after a change');
  });
});
