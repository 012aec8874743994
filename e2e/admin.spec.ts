/**
 * Administration journeys as the demo administrator: the index, the user list and adding an
 * organisation (with validation errors first), each page passing the accessibility check.
 */
import { expect, test } from './support/fixtures.js';
import { SignInPage } from './support/pages.js';
import { AdminIndexPage, NewOrganisationPage, OrganisationsPage, UsersPage } from './support/admin-pages.js';
import { demoEmail, demoUser } from './support/demo.js';

test.describe('administration', () => {
  test.beforeEach(async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signInAs(demoUser('administrator'));
  });

  test('the administration index lists its sections and passes the accessibility check', async ({ page }) => {
    const admin = new AdminIndexPage(page);
    await admin.goto();
    await expect(admin.section('Organisations')).toBeVisible();
    await expect(admin.section('Users')).toBeVisible();
    await admin.section('Users').click();
    await expect(page).toHaveURL('/admin/users');
  });

  test('the user list shows every demo user and passes the accessibility check', async ({ page }) => {
    const users = new UsersPage(page);
    await users.goto();
    await expect(users.row(demoEmail('analyst'))).toContainText('Leicestershire Police: Analyst');
    await expect(users.row(demoEmail('partner_case_officer'))).toContainText('Charnwood Borough Council');
  });

  test('adding an organisation shows GOV.UK validation errors, keeps what was typed, then adds it', async ({ page }) => {
    const form = new NewOrganisationPage(page);
    await form.goto();

    await form.submit.click();
    await form.expectErrors(['Enter the organisation name', 'Select the kind of organisation']);

    await form.name.fill('Example Tenants Association (journey)');
    await form.contactEmail.fill('not-an-email');
    await form.submit.click();
    await form.expectErrors(['Select the kind of organisation', 'Enter an email address in the correct format, like name@example.org']);
    await expect(form.name).toHaveValue('Example Tenants Association (journey)');
    await expect(form.contactEmail).toHaveValue('not-an-email');

    await form.kind('Housing provider').check();
    await form.contactEmail.fill('asb@example.org');
    await form.submit.click();
    const organisations = new OrganisationsPage(page);
    await organisations.expectLoaded();
    await expect(organisations.successBanner()).toContainText('Example Tenants Association (journey) has been added');
  });
});
