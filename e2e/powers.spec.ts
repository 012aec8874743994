/**
 * The tools-and-powers journeys (issue 5). An officer opens a case, adds an adult perpetrator,
 * tries to record a Community Protection Notice without a Warning and is refused with the reason
 * and its source; records a written Warning whose time to comply has passed, then the Notice,
 * and sees its appeal deadline; records an absolute ground for possession once the date of its
 * trigger event is given. Every page visited passes axe.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.js';
import { SignInPage } from './support/pages.js';
import { demoUser } from './support/demo.js';
import { checkAccessibility } from './support/accessibility.js';
import { londonDate } from './support/report-pages.js';

const SURNAME = `Bassline${String.fromCharCode(...Array.from({ length: 4 }, () => 97 + Math.floor(Math.random() * 26)))}`;
const PERPETRATOR = `Dale ${SURNAME}`;
const CONDUCT = 'Plays amplified music from the flat between midnight and 4am most nights.';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Fills a GOV.UK date input inside `group` (its fieldset) with the London date `daysAgo` days before today. */
async function fillDate(group: Locator, daysAgo: number): Promise<void> {
  const d = londonDate(daysAgo);
  await group.getByLabel('Day').fill(d.day);
  await group.getByLabel('Month').fill(d.month);
  await group.getByLabel('Year').fill(d.year);
}

function fieldset(page: Page, legend: string): Locator {
  return page.locator('fieldset').filter({ has: page.locator('legend', { hasText: legend }) });
}

/** The long GOV.UK date ('1 April 2026') `daysFromNow` days after today in London. */
function longDate(daysFromNow: number): string {
  const d = londonDate(-daysFromNow);
  return `${d.day} ${MONTHS[Number(d.month) - 1]} ${d.year}`;
}

async function chooseType(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Actions' }).click();
  await page.getByRole('button', { name: 'Record an action' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'What type of action?' })).toBeVisible();
  await page.getByLabel(name, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test.describe.serial('a Community Protection Notice follows a Warning', () => {
  test('a Notice without a Warning is refused with the reason; after the Warning’s time to comply it is recorded with its appeal deadline', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signInAs(demoUser('officer'));

    await page.goto('/cases/new');
    await page.getByLabel('Summary of the problem').fill(`Loud music from ${PERPETRATOR}'s flat every night; aim: stop the noise.`);
    await page.getByLabel('Nuisance', { exact: true }).check();
    await page.getByLabel('Type of incident').selectOption({ label: 'Noise' });
    await page.getByRole('button', { name: 'Open case' }).click();
    await expect(page.locator('.govuk-notification-banner--success')).toContainText(/Case CASE-\d{4}-\d{6} opened/);
    const caseUrl = new URL(page.url()).pathname.replace(/\/$/, '');

    await page.goto(`${caseUrl}/people/add`);
    await page.getByLabel('Record a new person').check();
    await page.getByLabel('First name').last().fill('Dale');
    await page.getByLabel('Last name').last().fill(SURNAME);
    const dob = fieldset(page, 'Date of birth');
    await dob.getByLabel('Day').fill('14');
    await dob.getByLabel('Month').fill('6');
    await dob.getByLabel('Year').fill('1985');
    await page.getByLabel('Perpetrator', { exact: true }).check();
    await page.getByRole('button', { name: 'Add to case' }).click();
    await expect(page.locator('.govuk-notification-banner--success')).toBeVisible();

    await page.goto(`${caseUrl}/actions`);
    await expect(page.getByRole('heading', { level: 3, name: new RegExp(PERPETRATOR) })).toBeVisible();
    await expect(page.getByText('Suggested next step:')).toBeVisible();
    await checkAccessibility(page, 'the actions tab');

    // A Notice with no Warning: refused, with the reason and the law it comes from; nothing typed is lost.
    await chooseType(page, 'Community Protection Notice');
    await checkAccessibility(page, 'the type choice and the notice form');
    await page.getByLabel(PERPETRATOR).check();
    await page.getByLabel('The conduct it addresses').fill(CONDUCT);
    await fillDate(fieldset(page, 'Date issued'), 0);
    await page.getByRole('button', { name: 'Record Community Protection Notice' }).click();
    await expect(page).toHaveTitle(/^Error: Record Community Protection Notice/);
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toContainText('needs an earlier written Community Protection Warning');
    await expect(summary).toContainText('Why: s.43(5)');
    await expect(page.getByLabel('The conduct it addresses')).toHaveValue(CONDUCT);
    await checkAccessibility(page, 'the refused notice');

    // The written Warning, given 30 days ago with 20 days to comply; the ladder is skipped with a reason.
    await page.getByRole('link', { name: 'Choose a different type of action' }).click();
    await page.getByLabel('Community Protection Warning', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel(PERPETRATOR).check();
    await page.getByLabel('The conduct it addresses').fill(CONDUCT);
    await fillDate(fieldset(page, 'Date issued'), 30);
    await fillDate(fieldset(page, 'Time to comply ends on'), 10);
    await fieldset(page, 'in writing').getByLabel('Yes').check();
    await page
      .getByLabel('Why were the earlier steps on the ladder not used?')
      .fill('Nightly noise affecting several families: letters would not be proportionate to the harm.');
    await checkAccessibility(page, 'the warning form');
    await page.getByRole('button', { name: 'Record Community Protection Warning' }).click();
    await expect(page.locator('.govuk-notification-banner--success')).toContainText('Action recorded');

    // Now the Notice, following that Warning.
    await chooseType(page, 'Community Protection Notice');
    await page.getByLabel(PERPETRATOR).check();
    await page.getByLabel('The conduct it addresses').fill(CONDUCT);
    await fillDate(fieldset(page, 'Date issued'), 0);
    await page
      .getByLabel('The earlier action it follows')
      .selectOption({ label: `Community Protection Warning: ${PERPETRATOR}, ${longDate(-30)}` });
    await page.getByRole('button', { name: 'Record Community Protection Notice' }).click();
    await expect(page.locator('.govuk-notification-banner--success')).toContainText('Action recorded');
    const appeal = `Last day to appeal to the magistrates' court: ${longDate(20)}`;
    await expect(page.getByRole('table', { name: 'Actions against people' })).toContainText(appeal);
    await checkAccessibility(page, 'the actions tab with the notice');

    await page.getByRole('link', { name: 'Community Protection Notice', exact: true }).click();
    await expect(page.getByText("Last day to appeal to the magistrates' court")).toBeVisible();
    await expect(page.locator('.govuk-summary-list').filter({ hasText: 'Last day to appeal' })).toContainText(longDate(20));
    await checkAccessibility(page, 'the notice’s page');
    await page.getByRole('button', { name: 'Record breach' }).click();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator('.govuk-error-summary')).toContainText('Enter the date of the breach');
    await checkAccessibility(page, 'the notice’s page with a breach error');

    // The form where hours count (served at, ends at, hearing at) passes axe too.
    await page.goto(`${caseUrl}/actions/new?type=closure_notice`);
    await expect(page.getByLabel('Address of the premises')).toBeVisible();
    await checkAccessibility(page, 'the closure notice form');

    // The absolute ground for possession needs the date of its trigger event.
    await page.goto(`${caseUrl}/actions/new?type=absolute_possession`);
    await page.getByLabel(PERPETRATOR).check();
    await page.getByLabel('The conduct it addresses').fill(CONDUCT);
    await fillDate(fieldset(page, 'Date issued'), 0);
    await page.getByLabel('Conviction for a serious offence').check();
    await page.getByRole('button', { name: 'Record absolute ground for possession' }).click();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator('.govuk-error-summary')).toContainText('Enter the date of the trigger event');
    await checkAccessibility(page, 'the possession form asking for the date of the trigger event');
    await fillDate(fieldset(page, 'Date of the trigger event'), 30);
    const skip = page.getByLabel('Why were the earlier steps on the ladder not used?');
    if (await skip.isVisible()) await skip.fill('Conviction for drug dealing from the flat: possession is proportionate.');
    await page.getByRole('button', { name: 'Record absolute ground for possession' }).click();
    await expect(page.locator('.govuk-notification-banner--success')).toContainText('Action recorded');
  });
});
