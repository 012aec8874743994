/**
 * Page objects for the administration pages (/admin, /admin/users, /admin/organisations and
 * /admin/organisations/new). Each `goto`/`expectLoaded` ends with the accessibility check.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.js';
import { checkAccessibility } from './accessibility.js';

async function open(page: Page, url: string, heading: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await checkAccessibility(page);
}

export class AdminIndexPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await open(this.page, '/admin', 'Administration');
  }

  section(name: 'Organisations' | 'Users' | 'Incident types'): Locator {
    return this.page.getByRole('link', { name, exact: true });
  }
}

export class UsersPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Users' });
  }

  async goto(): Promise<void> {
    await open(this.page, '/admin/users', 'Users');
  }

  /** The table row of the user with this email address. */
  row(email: string): Locator {
    return this.table.getByRole('row').filter({ hasText: email });
  }
}

export class OrganisationsPage {
  constructor(readonly page: Page) {}

  async expectLoaded(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
    await checkAccessibility(this.page);
  }

  successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success');
  }
}

export class NewOrganisationPage {
  readonly name: Locator;
  readonly contactEmail: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByLabel('Organisation name');
    this.contactEmail = page.getByLabel('Contact email address (optional)');
    this.submit = page.getByRole('button', { name: 'Add organisation' });
  }

  async goto(): Promise<void> {
    await open(this.page, '/admin/organisations/new', 'Add an organisation');
  }

  kind(label: string): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  /** After an invalid POST: the error page is checked like any other page. */
  async expectErrors(messages: readonly string[]): Promise<void> {
    await expect(this.page).toHaveTitle(/^Error: Add an organisation/);
    const summary = this.page.locator('.govuk-error-summary');
    for (const message of messages) {
      await expect(summary.getByRole('link', { name: message })).toBeVisible();
      await expect(this.page.locator('.govuk-error-message', { hasText: message })).toBeVisible();
    }
    await checkAccessibility(this.page, '/admin/organisations/new with errors');
  }
}
