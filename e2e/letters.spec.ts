/**
 * The letters journey (issue 5): an officer records a warning letter on a case, produces the
 * warning letter from the partnership's template as DOCX and PDF, and both files open: the DOCX is
 * a Word package whose document holds the merged letter, the PDF loads with its pages. Every page
 * visited passes axe.
 */
import type { Locator, Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { expect, test } from './support/fixtures.js';
import { SignInPage } from './support/pages.js';
import { demoUser } from './support/demo.js';
import { checkAccessibility } from './support/accessibility.js';
import { londonDate } from './support/report-pages.js';

const SURNAME = `Quarrendon${String.fromCharCode(...Array.from({ length: 4 }, () => 97 + Math.floor(Math.random() * 26)))}`;
const PERPETRATOR = `Rhys ${SURNAME}`;
const CONDUCT = 'Revs a motorbike in the shared car park late at night.';

function fieldset(page: Page, legend: string): Locator {
  return page.locator('fieldset').filter({ has: page.locator('legend', { hasText: legend }) });
}

test('a warning letter is produced as DOCX and PDF, and both open', async ({ page }) => {
  test.setTimeout(180_000);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signInAs(demoUser('officer'));

  await page.goto('/cases/new');
  await page.getByLabel('Summary of the problem').fill(`Motorbike noise from ${PERPETRATOR}; aim: stop it.`);
  await page.getByLabel('Nuisance', { exact: true }).check();
  await page.getByLabel('Type of incident').selectOption({ label: 'Vehicle nuisance or inappropriate use' });
  await page.getByRole('button', { name: 'Open case' }).click();
  await expect(page.locator('.govuk-notification-banner--success')).toContainText(/Case CASE-\d{4}-\d{6} opened/);
  const caseUrl = new URL(page.url()).pathname.replace(/\/$/, '');

  await page.goto(`${caseUrl}/people/add`);
  await page.getByLabel('Record a new person').check();
  await page.getByLabel('First name').last().fill('Rhys');
  await page.getByLabel('Last name').last().fill(SURNAME);
  await page.getByLabel('Address (optional)', { exact: true }).last().fill('12 Example Court, Loughborough');
  await page.getByLabel('Perpetrator', { exact: true }).check();
  await page.getByRole('button', { name: 'Add to case' }).click();
  await expect(page.locator('.govuk-notification-banner--success')).toBeVisible();

  // The warning letter as an action on the case (the ladder's step 1 skipped, with a reason).
  await page.goto(`${caseUrl}/actions/new?type=warning_letter`);
  await page.getByLabel(PERPETRATOR).check();
  await page.getByLabel('The conduct it addresses').fill(CONDUCT);
  const issued = fieldset(page, 'Date issued');
  const today = londonDate(0);
  await issued.getByLabel('Day').fill(today.day);
  await issued.getByLabel('Month').fill(today.month);
  await issued.getByLabel('Year').fill(today.year);
  const skip = page.getByLabel('Why were the earlier steps on the ladder not used?');
  if (await skip.count()) await skip.fill('Advice was given informally by the housing officer last month.');
  await page.getByRole('button', { name: 'Record Warning letter' }).click();
  await expect(page.locator('.govuk-notification-banner--success')).toContainText('Action recorded');

  // Produce the letter from the Documents tab.
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Documents' }).click();
  await checkAccessibility(page, 'the documents tab');
  await page.getByRole('button', { name: 'Produce a letter' }).click();
  await checkAccessibility(page, 'the produce a letter page');
  await fieldset(page, 'Which letter?').getByLabel('Warning letter', { exact: true }).check();
  await fieldset(page, 'Who is it to?').getByLabel(new RegExp(PERPETRATOR)).check();
  const about = page.getByLabel('Which intervention is it about? (optional)');
  const warning = (await about.locator('option').allInnerTexts()).find((t) => /Warning letter/.test(t));
  expect(warning, 'the warning letter action is offered').toBeTruthy();
  await about.selectOption({ label: warning! });
  await page.getByRole('button', { name: 'Produce letter' }).click();
  await checkAccessibility(page, 'the letter produced page');

  const docxHref = await page.getByRole('link', { name: /Download DOCX/ }).getAttribute('href');
  const pdfHref = await page.getByRole('link', { name: /Download PDF/ }).getAttribute('href');
  const docx = await page.request.get(docxHref!);
  expect(docx.status()).toBe(200);
  expect(docx.headers()['content-type']).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const files = unzipSync(new Uint8Array(await docx.body()));
  const documentXml = strFromU8(files['word/document.xml']!);
  expect(documentXml).toContain(SURNAME);
  expect(documentXml).toContain('motorbike');

  const pdf = await page.request.get(pdfHref!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const loaded = await PDFDocument.load(bytes);
  expect(loaded.getPageCount()).toBeGreaterThanOrEqual(1);

  // The letter is on the case's timeline.
  await page.goto(`${caseUrl}/history`);
  await expect(page.locator('main')).toContainText(`Warning letter produced for ${PERPETRATOR}`);
  await checkAccessibility(page, 'the history with the letter');
});
