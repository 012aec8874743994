/**
 * Page objects for the report journey (/report/…): each step knows its heading, how a call
 * handler fills it in (by label and role, as assistive technology would; the GOV.UK date input's
 * parts by id) and ends with the accessibility check, so a journey that visits a page checks it.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.js';
import { checkAccessibility } from './accessibility.js';

/** Day, month and year in London of a date `daysAgo` days before now. */
export function londonDate(daysAgo: number): { day: string; month: string; year: string } {
  const d = new Date(Date.now() - daysAgo * 86_400_000);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return { day: get('day'), month: get('month'), year: get('year') };
}

async function loaded(page: Page, heading: string | RegExp, label?: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await checkAccessibility(page, label);
}

/** The checks panel, on whichever page shows it. */
export class ChecksPanel {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('#checks');
  }

  /** The row of one check by its title ("Repeat victim", "Open cases" …). */
  row(title: string): Locator {
    return this.root.locator('.govuk-summary-list__row').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${title}$`) }) });
  }

  /** The warning listing what is flagged. */
  flagged(): Locator {
    return this.root.locator('.govuk-warning-text');
  }
}

export class StartReportPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/report/new');
    await loaded(this.page, 'Record a report of anti-social behaviour');
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start a report' }).click();
    await loaded(this.page, 'Who is reporting?');
  }
}

export class WhoPage {
  readonly checks: ChecksPanel;

  constructor(readonly page: Page) {
    this.checks = new ChecksPanel(page);
  }

  async search(person: { forename?: string; surname?: string; dob?: { day: string; month: string; year: string } }): Promise<void> {
    if (person.forename !== undefined) await this.page.getByLabel('First name', { exact: true }).first().fill(person.forename);
    if (person.surname !== undefined) await this.page.getByLabel('Last name', { exact: true }).first().fill(person.surname);
    if (person.dob) {
      await this.page.locator('#dob-day').fill(person.dob.day);
      await this.page.locator('#dob-month').fill(person.dob.month);
      await this.page.locator('#dob-year').fill(person.dob.year);
    }
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
    await loaded(this.page, 'Who is reporting?', 'the who page with search results');
  }

  /** A candidate's radio, by the name shown. */
  candidate(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  async choose(option: { candidate: string } | 'new', role: 'Victim' | 'Complainant' | 'Witness'): Promise<void> {
    if (option === 'new') await this.page.getByRole('radio', { name: 'Record a new person' }).check();
    else await this.candidate(option.candidate).check();
    await this.page.getByRole('radio', { name: role, exact: true }).check();
    await this.page.getByRole('button', { name: 'Choose and run the checks' }).click();
    await expect(this.page.getByRole('heading', { name: 'Person reporting' })).toBeVisible();
    await checkAccessibility(this.page, 'the who page with the person chosen');
  }

  async continue(): Promise<void> {
    await this.page.locator('#chosen').getByRole('button', { name: 'Continue' }).click();
    await loaded(this.page, 'Call-handling questions');
  }
}

export class QuestionsPage {
  constructor(readonly page: Page) {}

  /** Answers every question; "No" unless told otherwise. */
  async answer(opts: { happenedBefore?: 'Yes' | 'No' | 'Not known'; vulnerable?: string[]; hateRelated?: boolean } = {}): Promise<void> {
    const group = (legend: string) => this.page.getByRole('group', { name: legend });
    await group('Has this happened to the caller before?')
      .getByRole('radio', { name: opts.happenedBefore ?? 'Yes', exact: true })
      .check();
    const vulnerable = group('Is the caller or anyone in their household vulnerable?');
    if (opts.vulnerable?.length) {
      await vulnerable.getByRole('radio', { name: 'Yes', exact: true }).check();
      for (const factor of opts.vulnerable) await this.page.getByRole('checkbox', { name: factor }).check();
    } else {
      await vulnerable.getByRole('radio', { name: 'No', exact: true }).check();
    }
    await group('Does the caller think they were targeted because of who they are?')
      .getByRole('radio', { name: opts.hateRelated ? 'Yes' : 'No', exact: true })
      .check();
    await group('Is anyone in immediate danger?').getByRole('radio', { name: 'No', exact: true }).check();
    await this.page.getByLabel('What does the caller want to happen?').fill('For it to stop');
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await loaded(this.page, 'What happened and where?');
  }
}

export interface WhatAndWhere {
  category?: 'Personal' | 'Nuisance' | 'Environmental';
  type?: string;
  occurred?: { day: string; month: string; year: string };
  time?: string;
  /** A place to find in the gazetteer and the result to choose. */
  place?: { search: string; choose: string };
  description?: string;
  perpetrator?: { forename: string; surname: string };
}

export class WhatAndWherePage {
  readonly description: Locator;
  readonly checks: ChecksPanel;

  constructor(readonly page: Page) {
    this.description = page.getByLabel('What happened?');
    this.checks = new ChecksPanel(page);
  }

  async fill(w: WhatAndWhere): Promise<void> {
    if (w.category) await this.page.getByRole('radio', { name: w.category, exact: true }).check();
    if (w.type) await this.page.getByLabel('Type of incident').selectOption({ label: w.type });
    if (w.occurred) {
      await this.page.locator('#occurredFrom-day').fill(w.occurred.day);
      await this.page.locator('#occurredFrom-month').fill(w.occurred.month);
      await this.page.locator('#occurredFrom-year').fill(w.occurred.year);
    }
    if (w.time !== undefined) await this.page.getByLabel('Time it happened or started (optional)').fill(w.time);
    if (w.place) {
      await this.page.getByLabel('Find a street, ward or neighbourhood').fill(w.place.search);
      await this.page.getByRole('button', { name: 'Find place' }).click();
      await this.page.getByRole('radio', { name: w.place.choose, exact: true }).check();
      await expect(this.page.locator('#place-chosen')).toContainText(w.place.choose);
    }
    if (w.description !== undefined) await this.description.fill(w.description);
    if (w.perpetrator) {
      const person = this.page.getByRole('group', { name: /Other person 1/ });
      await person.getByLabel('First name').fill(w.perpetrator.forename);
      await person.getByLabel('Last name').fill(w.perpetrator.surname);
      await person.getByLabel('Their role').selectOption({ label: 'Perpetrator (alleged)' });
    }
  }

  /** Clicks the middle of the map (inside Leicester at the starting view). */
  async clickMap(): Promise<void> {
    await this.page.locator('#report-map').click();
    await expect(this.page.locator('#place-chosen')).toContainText('Point chosen on the map');
  }

  async continue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  async expectErrors(messages: readonly string[]): Promise<void> {
    await expect(this.page).toHaveTitle(/^Error: What happened and where\?/);
    const summary = this.page.locator('.govuk-error-summary');
    for (const m of messages) await expect(summary.getByRole('link', { name: m })).toBeVisible();
    await checkAccessibility(this.page, 'the what-and-where page with errors');
  }
}

export class CheckYourAnswersPage {
  readonly checks: ChecksPanel;

  constructor(readonly page: Page) {
    this.checks = new ChecksPanel(page);
  }

  async expectLoaded(): Promise<void> {
    await loaded(this.page, 'Check your answers before saving the report');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save report' }).click();
    await expect(this.page.locator('.govuk-panel__title')).toHaveText('Report saved');
    await checkAccessibility(this.page, 'the confirmation page');
  }
}

export class ReportSavedPage {
  readonly checks: ChecksPanel;
  readonly reference: Locator;

  constructor(readonly page: Page) {
    this.checks = new ChecksPanel(page);
    this.reference = page.locator('#incident-reference');
  }

  caseReviewWarning(): Locator {
    return this.page.locator('#case-review-warning');
  }

  async tellCaller(): Promise<void> {
    await this.page.getByRole('button', { name: 'I have told the caller' }).click();
    await expect(this.page.locator('.govuk-notification-banner--success')).toContainText('you told the caller');
    await checkAccessibility(this.page, 'the confirmation page after telling the caller');
  }
}
