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

/** /imports/police-uk: upload police.uk street-level CSV files; the job page reports progress. */
export class PoliceUkImportPage {
  static readonly path = '/imports/police-uk';

  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto(PoliceUkImportPage.path);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(this.page.locator('input[type="file"]')).toHaveCount(1);
    await checkAccessibility(this.page);
  }

  /** Chooses the file(s) and starts the import; ends on the job page. */
  async upload(...files: string[]): Promise<void> {
    await this.page.locator('input[type="file"]').setInputFiles(files);
    await this.page.getByRole('button', { name: /import|upload/i }).click();
    await this.page.waitForURL((url) => url.pathname !== PoliceUkImportPage.path);
    await checkAccessibility(this.page, 'the import job page');
  }

  /** Waits (reloading if the page does not refresh itself) until the job page says it finished. */
  async waitUntilFinished(timeoutMs = 150_000): Promise<void> {
    const finished = this.page.getByText(/finished|complete|imported/i).first();
    const failed = this.page.getByText(/failed|could not be imported/i).first();
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await failed.isVisible()) throw new Error(`The import failed: ${await this.page.locator('main').innerText()}`);
      if (await finished.isVisible()) break;
      await this.page.waitForTimeout(1000);
      if (!(await finished.isVisible())) await this.page.reload();
    }
    await expect(finished).toBeVisible();
    await checkAccessibility(this.page, 'the finished import job page');
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
    await expect(this.page.getByRole('heading', { level: 1, name: 'Incidents by place and month' })).toBeVisible();
    await checkAccessibility(this.page);
  }

  /** The number in the table's last cell: the "All districts" row's total. */
  async grandTotal(): Promise<number> {
    const totalRow = this.table.getByRole('row').filter({ hasText: 'All districts' });
    const text = await totalRow.getByRole('cell').last().innerText();
    return Number(text.replace(/[^\d]/g, ''));
  }
}
