/**
 * The case journeys (issue 4): an officer opens a case from an incident, completes a victim risk
 * assessment that scores high and sees the referral prompt; a supervisor sees the case in the team
 * queue and records a supervisory review; an overdue victim contact appears in the weekly list and
 * the outbox. Every page visited passes axe.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.js';
import { SignInPage } from './support/pages.js';
import { demoUser } from './support/demo.js';
import { checkAccessibility } from './support/accessibility.js';
import {
  CheckYourAnswersPage,
  londonDate,
  QuestionsPage,
  ReportSavedPage,
  StartReportPage,
  WhatAndWherePage,
  WhoPage,
} from './support/report-pages.js';
import type { Role } from '../src/db/schema.js';

const SURNAME = `Thistlewood${String.fromCharCode(...Array.from({ length: 4 }, () => 97 + Math.floor(Math.random() * 26)))}`;
const VICTIM = { forename: 'Marguerite', surname: SURNAME };

async function signIn(page: Page, role: Role): Promise<void> {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.signInAs(demoUser(role));
}

async function banner(page: Page): Promise<string> {
  return (await page.locator('.govuk-notification-banner--success').innerText()).trim();
}

/** Records a report with a new victim and returns to its incident page. */
async function recordReportWithNewVictim(page: Page): Promise<void> {
  const start = new StartReportPage(page);
  await start.goto();
  await start.start();
  const who = new WhoPage(page);
  await who.search(VICTIM);
  await who.choose('new', 'Victim');
  await who.continue();
  await new QuestionsPage(page).answer();
  const where = new WhatAndWherePage(page);
  await where.fill({
    category: 'Personal',
    type: 'Intimidation, harassment, verbal abuse or threats',
    occurred: londonDate(3),
    time: '19:40',
    description: 'Neighbour shouts threats at the victim whenever she leaves the house.',
  });
  await where.clickMap();
  await where.continue();
  const answers = new CheckYourAnswersPage(page);
  await answers.expectLoaded();
  await answers.save();
  await expect(new ReportSavedPage(page).reference).toBeVisible();
  await page.getByRole('link', { name: 'incident’s page' }).click();
}

/** On a risk assessment section: the last (highest-scoring) answer to every question. */
async function answerHighest(page: Page): Promise<void> {
  const fieldsets = page.locator('form fieldset.govuk-fieldset');
  const n = await fieldsets.count();
  for (let i = 0; i < n; i++) await fieldsets.nth(i).locator(':scope > .govuk-radios > .govuk-radios__item input').last().check();
}

test.describe.serial('a case from incident to supervisory review', () => {
  let caseReference = '';

  test('an officer opens a case from an incident, and a high victim risk assessment prompts a referral', async ({ page }) => {
    test.setTimeout(240_000);
    await signIn(page, 'officer');
    await recordReportWithNewVictim(page);
    await checkAccessibility(page, 'the incident page');
    await page.getByRole('button', { name: 'Open a case from this incident' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Open a case' })).toBeVisible();
    await checkAccessibility(page, 'the open a case page');
    // Nothing typed is lost on bad input.
    await page.getByLabel('Summary of the problem').fill('');
    await page.getByRole('button', { name: 'Open case' }).click();
    await expect(page).toHaveTitle(/^Error: Open a case/);
    await checkAccessibility(page, 'the open a case page with errors');
    await page
      .getByLabel('Summary of the problem')
      .fill(`Threats to ${VICTIM.forename} ${SURNAME} from a neighbour; aim: stop the threats.`);
    await page.getByRole('button', { name: 'Open case' }).click();
    expect(await banner(page)).toMatch(/Case CASE-\d{4}-\d{6} opened/);
    caseReference = /CASE-\d{4}-\d{6}/.exec(await banner(page))![0];
    await checkAccessibility(page, 'the case summary');

    await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Risk' }).click();
    await checkAccessibility(page, 'the risk tab');
    await page.getByRole('button', { name: /Start a victim risk assessment/ }).click();
    await checkAccessibility(page, 'the risk assessment task list');
    const sections = page.locator('.govuk-task-list__link');
    const count = await sections.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      await page.locator('.govuk-task-list__link').nth(i).click();
      if (i === 0) await checkAccessibility(page, 'a risk assessment section');
      await answerHighest(page);
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await expect(page.locator('.govuk-error-summary')).toHaveCount(0);
      if ((await page.locator('.govuk-task-list').count()) === 0) await page.goBack();
    }
    await page.getByRole('button', { name: 'Check and complete' }).click();
    await checkAccessibility(page, 'the check and complete page');
    await expect(page.locator('.govuk-summary-list')).toContainText('High');
    await page.getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('button', { name: 'Complete risk assessment' }).click();

    await expect(
      page
        .getByRole('heading', { level: 2, name: /high risk/i })
        .or(page.getByRole('heading', { level: 1, name: /high risk/i }))
        .first(),
    ).toBeVisible();
    await expect(page.getByText('Has the victim agreed to be referred to Victim First?')).toBeVisible();
    await checkAccessibility(page, 'the referral prompt');
    await page.getByRole('radio', { name: 'Yes, they agreed to be referred' }).check();
    await page.getByRole('button', { name: 'Record referral' }).click();
    await expect(page.locator('.govuk-notification-banner--success')).toBeVisible();
    await expect(page.locator('.concord-case-identity')).toContainText('High risk');
  });

  test('a supervisor sees the case in the team queue and records a supervisory review', async ({ page }) => {
    await signIn(page, 'supervisor');
    await page.getByRole('link', { name: 'Cases', exact: true }).first().click();
    await page.getByRole('navigation', { name: 'Case lists' }).getByRole('link', { name: 'Team' }).click();
    await checkAccessibility(page, 'the team queue');
    await page.getByRole('link', { name: caseReference }).click();
    await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Reviews' }).click();
    await checkAccessibility(page, 'the reviews tab');
    await page
      .getByRole('link', { name: 'Record a supervisory review' })
      .or(page.getByRole('button', { name: 'Record a supervisory review' }))
      .first()
      .click();
    await checkAccessibility(page, 'the supervisory review form');

    await page.getByRole('button', { name: 'Record review' }).click();
    await expect(page).toHaveTitle(/^Error: /);
    await checkAccessibility(page, 'the supervisory review form with errors');
    await page.getByLabel('Progress since the last review').fill('Victim risk assessed as high and referred to Victim First.');
    await page.getByRole('group', { name: 'Is the risk level still right?' }).getByRole('radio', { name: 'Yes' }).check();
    await page.getByLabel('Actions agreed').fill('Officer to visit the neighbour and issue a warning letter this week.');
    await page.getByRole('button', { name: 'Record review' }).click();
    await expect(page.locator('.govuk-notification-banner--success')).toBeVisible();
    await expect(page.getByText('Victim risk assessed as high')).toBeVisible();
    await checkAccessibility(page, 'the reviews tab after a review');
  });

  test('an overdue victim contact appears in the weekly list and the outbox', async ({ page }) => {
    await signIn(page, 'supervisor');
    await page.goto('/compliance');
    await checkAccessibility(page, 'the compliance page');
    // The list behind the victim contact figure: the demo partnership has overdue contacts.
    await expect(page.locator('#list-contacts')).toBeVisible();
    const table = page.locator('#list-contacts + table');
    const overdue = table
      .locator('tbody tr')
      .filter({ hasText: /Overdue|Missing/i })
      .first()
      .locator('th');
    const reference = (await overdue.innerText()).trim();
    expect(reference).toMatch(/^(CASE-\d{4}-\d{6}|DEMO-CASE-\d{4})$/);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, 'administrator');
    await page.goto('/admin/outbox');
    await checkAccessibility(page, 'the outbox');
    await page.getByRole('button', { name: 'Send the weekly compliance lists now' }).click();
    await expect(page.locator('.govuk-notification-banner--success')).toContainText(/Weekly lists sent: \d+ email/);
    await page
      .getByRole('link', { name: /Weekly case compliance: Leicestershire Police/ })
      .first()
      .click();
    await checkAccessibility(page, 'an email in the outbox');
    await expect(page.locator('main')).toContainText(reference);
  });
});
