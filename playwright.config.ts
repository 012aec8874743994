/**
 * Playwright: browser journeys in Debian's Chromium (STACK-NOTES.md), one worker, against the
 * app started on a fixed port with a fresh PGlite database, the demo partnership seeded
 * (NODE_ENV=development) and, when the shared open data is beside the repository, the LLR
 * boundaries loaded from it. `npm test` sets CHROMIUM_PATH and PLAYWRIGHT_JSON_OUTPUT_NAME.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const PORT = Number(process.env.E2E_PORT ?? 3999);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const GEOGRAPHY_DIR = path.resolve(ROOT, '../shared/data/geography');

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ...(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME }] as const] : []),
  ],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // start-server.ts deletes the PGlite folder first, so every run starts from an empty database.
    command: 'npx tsx e2e/support/start-server.ts',
    cwd: ROOT,
    url: `${BASE_URL}/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'development',
      SEED_DEMO: 'true',
      HOST: '127.0.0.1',
      PORT: String(PORT),
      DATABASE_URL: '',
      PGLITE_DIR: path.join(os.tmpdir(), `concord-e2e-db-${PORT}`),
      GEOGRAPHY_DIR: fs.existsSync(GEOGRAPHY_DIR) ? GEOGRAPHY_DIR : '',
      // The journeys sign in many times from one address.
      SIGN_IN_MAX_ATTEMPTS: '1000',
      LOG_LEVEL: 'warn',
    },
  },
});
