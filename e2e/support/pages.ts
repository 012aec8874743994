/**
 * Page objects for the journeys: each knows its URL, how a user finds its parts (by role and
 * label, as assistive technology would) and what "loaded" looks like. Every `expectLoaded`
 * finishes with the accessibility check, so a journey that visits a page also checks it.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.js';
import { checkAccessibility } from './accessibility.js';

/** The GOV.UK error summary and the messages it lists. */
export function errorSummary(page: Page): Locator {
  return page.locator('.govuk-error-summary');
}

export class SignInPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sign in to Concord' });
    this.email = page.getByLabel('Email address');
    this.password = page.getByLabel('Password', { exact: true });
    this.submit = page.getByRole('button', { name: 'Sign in' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/sign-in');
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await checkAccessibility(this.page);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Signs in and waits to leave the sign-in page. */
  async signInAs(user: { email: string; password: string }): Promise<void> {
    await this.signIn(user.email, user.password);
    await this.page.waitForURL((url) => url.pathname !== '/sign-in');
  }
}

export class HomePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Concord' });
  }

  async expectLoaded(signedInAs: string): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByText(`Signed in as ${signedInAs}`)).toBeVisible();
    await checkAccessibility(this.page);
  }
}

/**
 * /imports/police-uk: upload police.uk street-level CSV files. The job page
 * (/imports/police-uk/jobs/:id) shows a status tag, reloads itself when the job finishes and
 * then lists per file what was imported.
 */
export class PoliceUkImportPage {
  static readonly path = '/imports/police-uk';
  readonly files: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.files = page.getByLabel('Upload police.uk street-level CSV files');
    this.submit = page.getByRole('button', { name: 'Import files' });
  }

  async goto(): Promise<void> {
    await this.page.goto(PoliceUkImportPage.path);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Import police.uk street-level files' })).toBeVisible();
    await checkAccessibility(this.page);
  }

  /** Chooses the file(s) and starts the import; ends on the job page, checked while it runs. */
  async upload(...files: string[]): Promise<void> {
    await this.files.setInputFiles(files);
    await this.submit.click();
    await this.page.waitForURL(/\/imports\/police-uk\/jobs\/[^/]+$/);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Your import' })).toBeVisible();
    await checkAccessibility(this.page, 'the import job page');
  }

  /** The job's status tag ("Waiting to start", "Importing", "Imported", "Not imported"). */
  status(): Locator {
    return this.page.locator('.govuk-tag').first();
  }

  /**
   * Waits until the job page says the import finished (it reloads itself; this also reloads in
   * case the page's script is slow), fails if it says "Not imported", then checks the page.
   */
  async waitUntilFinished(timeoutMs = 150_000): Promise<void> {
    await expect(async () => {
      if (!/^(Imported|Not imported)$/.test((await this.status().innerText()).trim())) {
        await this.page.reload();
        throw new Error('The import has not finished yet');
      }
    }).toPass({ timeout: timeoutMs, intervals: [1000, 2000, 3000] });
    await expect(this.status()).toHaveText('Imported');
    await checkAccessibility(this.page, 'the finished import job page');
  }

  /** A number from the file's summary list, by its key ("Incidents added (anti-social behaviour)"). */
  async summaryNumber(key: string): Promise<number> {
    const row = this.page.locator('.govuk-summary-list__row').filter({ has: this.page.getByText(key, { exact: true }) });
    return Number((await row.locator('.govuk-summary-list__value').innerText()).replace(/[^\d]/g, ''));
  }
}

/** /analysis/incidents-by-place-and-month: filters, chart, district × month table and map. */
export class IncidentsByPlaceAndMonthPage {
  static readonly path = '/analysis/incidents-by-place-and-month';
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.locator('#incidents-table');
  }

  async goto(filters: Record<string, string> = {}): Promise<void> {
    const query = new URLSearchParams(filters).toString();
    await this.page.goto(`${IncidentsByPlaceAndMonthPage.path}${query ? `?${query}` : ''}`);
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Incidents by place and month' })).toBeVisible();
    await checkAccessibility(this.page);
  }

  /** Fills the filter form as a user would and applies it. */
  async filter(filters: { from?: string; to?: string; source?: string }): Promise<void> {
    if (filters.from !== undefined) await this.page.getByLabel('Start month').fill(filters.from);
    if (filters.to !== undefined) await this.page.getByLabel('End month').fill(filters.to);
    if (filters.source !== undefined) await this.page.getByLabel('Source').selectOption({ label: filters.source });
    await this.page.getByRole('button', { name: 'Apply filters' }).click();
    await this.expectLoaded();
  }

  /** The sentence above the chart, e.g. "910 incidents, Jan 2020". */
  summary(): Locator {
    return this.page.locator('#result-summary');
  }

  /** The number in the table's last cell: the "All districts" row's total. */
  async grandTotal(): Promise<number> {
    const totalRow = this.table.getByRole('row').filter({ hasText: 'All districts' });
    const text = await totalRow.getByRole('cell').last().innerText();
    return Number(text.replace(/[^\d]/g, ''));
  }
}
