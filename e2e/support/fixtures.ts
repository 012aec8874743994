/**
 * The `test` every journey uses: Playwright's, plus a watch on each page for problems a user
 * would meet without any assertion noticing — a script error, a Content-Security-Policy
 * violation (the journeys run with the CSP enforced), a stylesheet, script or image that fails
 * to load, or a server error. The test fails at its end listing them.
 */
import { test as base, expect } from '@playwright/test';

const ASSET = /^\/(assets|vendor|public)\//;

export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (err) => problems.push(`Script error on ${page.url()}: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) {
          problems.push(`CSP violation on ${page.url()}: ${msg.text()}`);
        }
      });
      page.on('response', (res) => {
        const url = new URL(res.url());
        if (res.status() >= 500 || (ASSET.test(url.pathname) && res.status() >= 400)) {
          problems.push(`${res.status()} for ${url.pathname}`);
        }
      });
      await use(problems);
      expect(problems, `Problems seen in the browser:\n${problems.join('\n')}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
