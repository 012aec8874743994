/**
 * Journey 3: an analyst imports a month of police.uk street-level data and sees it counted by
 * place and month. The January 2020 Leicestershire file (shared/data/policeuk, data/SOURCES.md
 * §1) has 915 anti-social behaviour rows, a few of them in LSOAs outside LLR; the expected count
 * is worked out here from the LLR LSOA lookup, not typed in. Every page visited passes the
 * accessibility check.
 */
import { expect, test } from './support/fixtures.js';
import { IncidentsByPlaceAndMonthPage, PoliceUkImportPage, SignInPage } from './support/pages.js';
import { asbRowsInLlr, demoUser, sharedFile } from './support/demo.js';

const STREET_FILE = sharedFile('policeuk', '2020-01-leicestershire-street.csv');
const LSOA_LOOKUP = sharedFile('geography', 'lookups', 'llr_lsoa2011_to_lad_DERIVED.csv');

test.describe('importing police.uk data', () => {
  test.skip(!STREET_FILE || !LSOA_LOOKUP, 'needs the shared open data beside the repository (../shared/data)');

  test('an analyst imports January 2020 and sees its incidents by district in the table', async ({ page }) => {
    test.setTimeout(240_000);
    const expected = asbRowsInLlr(STREET_FILE!, LSOA_LOOKUP!);
    expect(expected.all).toBe(915);
    expect(expected.inLlr).toBeGreaterThan(900);

    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signInAs(demoUser('analyst'));

    const imports = new PoliceUkImportPage(page);
    await imports.goto();
    await imports.upload(STREET_FILE!);
    await imports.waitUntilFinished();
    await expect(page.getByText('Month: January 2020')).toBeVisible();
    const added = await imports.summaryNumber('Incidents added (anti-social behaviour)');
    expect(added).toBe(expected.inLlr);

    // The job page links to the analysis filtered to this source and month.
    await page.getByRole('link', { name: 'See incidents by place and month for January 2020' }).click();
    const analysis = new IncidentsByPlaceAndMonthPage(page);
    await analysis.expectLoaded();
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ source: 'police.uk', from: '2020-01', to: '2020-01' });
    await expect(analysis.summary()).toHaveText(`${expected.inLlr} incidents, Jan 2020`);
    expect(await analysis.grandTotal()).toBe(expected.inLlr);

    // The same figures through the filter form, as an analyst would ask for them.
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await analysis.expectLoaded();
    await analysis.filter({ from: '2020-01', to: '2020-01', source: 'police.uk open data' });
    await expect(analysis.table.getByRole('rowheader', { name: 'Leicester', exact: true })).toBeVisible();
    expect(await analysis.grandTotal()).toBe(expected.inLlr);
  });
});
