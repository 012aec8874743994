/**
 * Journeys 1 and 2: signing in. The sign-in page, its error state and the home page each pass
 * the accessibility check.
 */
import { expect, test } from './support/fixtures.js';
import { errorSummary, HomePage, SignInPage } from './support/pages.js';
import { demoUser } from './support/demo.js';

test.describe('signing in', () => {
  test('the sign-in page passes the accessibility check', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await expect(page).toHaveTitle('Sign in – Concord');
  });

  test('a wrong password shows the error summary, keeps the email and passes the accessibility check', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    const analyst = demoUser('analyst');
    await signIn.signIn(analyst.email, 'not-the-password');

    await expect(page).toHaveTitle('Error: Sign in – Concord');
    const summary = errorSummary(page);
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Enter a correct email address and password' })).toHaveAttribute('href', '#email');
    await expect(signIn.email).toHaveValue(analyst.email);
    await expect(signIn.password).toHaveValue('');
    await signIn.expectLoaded();
  });

  test('the demo analyst signs in and sees the home page, which passes the accessibility check', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signInAs(demoUser('analyst'));
    await expect(page).toHaveURL('/');
    await new HomePage(page).expectLoaded('Demo Analyst, Leicestershire Police');
  });
});
