/**
 * The report journey (issue 3): a call handler records reports for the same caller; on the third
 * the checks show "Repeat victim" with both earlier incidents, and the confirmation tells the call
 * handler to tell the caller about the ASB Case Review. A user of another organisation sees those
 * incidents only as "held by …". Bad input keeps what was typed. Every page passes axe.
 */
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
  type WhatAndWhere,
} from './support/report-pages.js';
import type { Page } from '@playwright/test';

/** A surname no demo person has, so the search finds only this run's caller. */
const SURNAME = `Quillfeather${String.fromCharCode(...Array.from({ length: 4 }, () => 97 + Math.floor(Math.random() * 26)))}`;
const CALLER = { forename: 'Philippa', surname: SURNAME, name: `Philippa ${SURNAME}` };

async function signIn(page: Page, role: 'call_handler' | 'asb_coordinator'): Promise<void> {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.signInAs(demoUser(role));
}

const report = (daysAgo: number, extra: WhatAndWhere = {}): WhatAndWhere => ({
  category: 'Nuisance',
  type: 'Noise',
  occurred: londonDate(daysAgo),
  time: '22:15',
  description: `Loud music from the flat upstairs until the early hours (${daysAgo} days ago).`,
  ...extra,
});

/** Records one report for the caller (new the first time) and returns its reference. */
async function recordReport(
  page: Page,
  what: WhatAndWhere,
  callerIsNew: boolean,
): Promise<{ reference: string; saved: ReportSavedPage; who: WhoPage }> {
  const start = new StartReportPage(page);
  await start.goto();
  await start.start();
  const who = new WhoPage(page);
  await who.search({ forename: CALLER.forename, surname: CALLER.surname });
  await who.choose(callerIsNew ? 'new' : { candidate: CALLER.name }, 'Victim');
  if (!callerIsNew) await expect(who.checks.row('Repeat victim')).toBeVisible();
  await who.continue();
  await new QuestionsPage(page).answer();
  const where = new WhatAndWherePage(page);
  await where.fill(what);
  if (!what.place) await where.clickMap();
  await where.continue();
  const answers = new CheckYourAnswersPage(page);
  await answers.expectLoaded();
  await answers.save();
  const saved = new ReportSavedPage(page);
  return { reference: (await saved.reference.innerText()).trim(), saved, who };
}

test.describe.serial('recording a report', () => {
  const references: string[] = [];

  test('a third report for a repeat victim shows both earlier incidents and the Case Review prompt', async ({ page }) => {
    test.setTimeout(240_000);
    await signIn(page, 'call_handler');
    await page.getByRole('link', { name: 'Record a report' }).first().click();

    references.push((await recordReport(page, report(20, { place: { search: 'Castle', choose: 'Castle ward' } }), true)).reference);
    references.push((await recordReport(page, report(10, { perpetrator: { forename: 'Dean', surname: 'Loudly' } }), false)).reference);

    // The third report: as soon as the caller is chosen, the checks list both earlier incidents.
    const start = new StartReportPage(page);
    await start.goto();
    await start.start();
    const who = new WhoPage(page);
    await who.search({ forename: CALLER.forename, surname: CALLER.surname });
    await expect(who.candidate(CALLER.name)).toBeVisible();
    await who.choose({ candidate: CALLER.name }, 'Victim');
    const repeat = who.checks.row('Repeat victim');
    await expect(repeat.locator('.govuk-tag')).toHaveText('Repeat victim');
    for (const reference of references) await expect(repeat.getByRole('link', { name: new RegExp(reference) })).toBeVisible();
    await expect(who.checks.flagged()).toContainText('Repeat victim');

    await who.continue();
    await new QuestionsPage(page).answer({ vulnerable: ['Lives alone or is isolated'] });
    const where = new WhatAndWherePage(page);
    await where.fill(report(2));
    await where.clickMap();
    await where.continue();
    const answers = new CheckYourAnswersPage(page);
    await answers.expectLoaded();
    await expect(answers.checks.row('Vulnerable victim').locator('.govuk-tag')).toHaveText('Vulnerable victim');
    await answers.save();

    const saved = new ReportSavedPage(page);
    await expect(saved.reference).toHaveText(/^ASB-\d{4}-\d{6}$/);
    await expect(saved.caseReviewWarning()).toContainText('right to ask for an ASB Case Review');
    await expect(saved.checks.row('Repeat victim').getByRole('link')).toHaveCount(3);
    await saved.tellCaller();
    await expect(page.getByText('You recorded that the caller was told on')).toBeVisible();
  });

  test('a user from another organisation sees who holds the incidents it may not open', async ({ page }) => {
    await signIn(page, 'asb_coordinator');
    const start = new StartReportPage(page);
    await start.goto();
    await start.start();
    const who = new WhoPage(page);
    await who.search({ forename: CALLER.forename, surname: CALLER.surname });
    await expect(page.getByText('Known to Leicestershire Police')).toBeVisible();
    await who.choose({ candidate: CALLER.name }, 'Victim');
    const repeat = who.checks.row('Repeat victim');
    await expect(repeat.locator('.govuk-tag')).toHaveText('Repeat victim');
    await expect(repeat.locator('li')).toHaveCount(3);
    await expect(repeat.locator('li').first()).toContainText('held by Leicestershire Police: contact');
    await expect(repeat.getByRole('link')).toHaveCount(0);
    for (const reference of references) await expect(repeat).not.toContainText(reference);
  });

  test('bad input shows GOV.UK errors and keeps what was typed', async ({ page }) => {
    await signIn(page, 'call_handler');
    const start = new StartReportPage(page);
    await start.goto();
    await start.start();

    const who = new WhoPage(page);
    await page.locator('#dob-day').fill('31');
    await page.locator('#dob-month').fill('2');
    await page.locator('#dob-year').fill('1990');
    await page.getByLabel('First name', { exact: true }).fill('Gwendolyn');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveTitle(/^Error: Who is reporting\?/);
    await expect(page.locator('.govuk-error-summary').getByRole('link', { name: 'Date of birth must be a real date' })).toBeVisible();
    await expect(page.getByLabel('First name', { exact: true })).toHaveValue('Gwendolyn');
    await expect(page.locator('#dob-day')).toHaveValue('31');
    await checkAccessibility(page, 'the who page with errors');

    await who.search({ forename: CALLER.forename, surname: CALLER.surname, dob: { day: '', month: '', year: '' } });
    await who.choose({ candidate: CALLER.name }, 'Witness');
    await who.continue();
    await new QuestionsPage(page).answer();

    const where = new WhatAndWherePage(page);
    const nextYear = String(new Date().getFullYear() + 1);
    await where.fill({
      occurred: { day: '3', month: '4', year: nextYear },
      time: '9:30pm',
      description: 'Bins set on fire behind the shops.',
    });
    await where.continue();
    await where.expectErrors([
      'Select a category',
      'Select the type of incident',
      'Date the incident happened must be in the past',
      'Enter where the incident happened: find a place, click on the map or type an address',
    ]);
    await expect(where.description).toHaveValue('Bins set on fire behind the shops.');
    await expect(page.locator('#occurredFrom-year')).toHaveValue(nextYear);
    await expect(page.getByLabel('Time it happened or started (optional)')).toHaveValue('9:30pm');
  });
});
