/**
 * The accessibility check run on every page a journey visits: axe-core (node_modules/axe-core,
 * the package @axe-core/playwright wraps; that wrapper needs a newer Node) against WCAG 2.1 A
 * and AA. A test fails with one line per violation: rule, impact, what to fix and where.
 *
 * axe is evaluated in the page through the DevTools protocol (as @axe-core/playwright does), not
 * added as a <script>, so the app's Content-Security-Policy stays enforced in the journeys and a
 * page that breaks it is caught too (see fixtures.ts).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** One readable line per violation and node. */
export function formatViolations(violations: readonly AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? 'no impact'}): ${v.help} — at ${JSON.stringify(n.target)}` +
        (n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''),
    ),
  );
}

/**
 * Runs axe on the page as it is now and fails the test listing every WCAG 2.1 A/AA violation.
 * @param label names the page in the failure message (default: its path)
 */
export async function checkAccessibility(page: Page, label?: string): Promise<void> {
  await page.waitForLoadState('load');
  axeSource ??= fs.readFileSync(AXE_PATH, 'utf8');
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async (tags) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations;
    },
    [...WCAG_TAGS],
  );
  const lines = formatViolations(violations as AxeViolation[]);
  const where = label ?? new URL(page.url()).pathname;
  expect(lines, `axe found accessibility problems on ${where}:\n${lines.join('\n')}`).toEqual([]);
}
