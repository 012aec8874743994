#!/usr/bin/env node
// npm test: the whole suite. Vitest on PGlite always; again on a PostgreSQL server when
// TEST_DATABASE_URL is set; then the Playwright journeys in Debian's Chromium when it is
// installed (/usr/bin/chromium or CHROMIUM_PATH), otherwise a printed line says how to enable
// them. Ends with one line: "Tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-results-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRuns = 0;

function run(label, cmd, args, env, resultFile, read) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0) failedRuns++;
  try {
    const counts = read(JSON.parse(fs.readFileSync(resultFile, 'utf8')));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  } catch {
    if (res.status !== 0) totals.failed++;
  }
}

const vitestCounts = (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + j.numTodoTests });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const only = process.argv.slice(2);

run('Unit, service and route tests on PGlite', npx, ['vitest', 'run', ...only], { TEST_ENGINE: 'pglite', VITEST_JSON: path.join(tmp, 'pglite.json') }, path.join(tmp, 'pglite.json'), vitestCounts);

if (process.env.TEST_DATABASE_URL) {
  run('The same tests on the PostgreSQL server (TEST_DATABASE_URL)', npx, ['vitest', 'run', ...only], { TEST_ENGINE: 'postgres', VITEST_JSON: path.join(tmp, 'postgres.json') }, path.join(tmp, 'postgres.json'), vitestCounts);
} else {
  process.stdout.write('\nSkipped the PostgreSQL server run: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to run the suite on a server too.\n');
}

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (only.length) {
  // A filtered run is for development: no browser journeys.
} else if (fs.existsSync(chromium)) {
  run('Browser journeys in Chromium (Playwright + axe)', npx, ['playwright', 'test'], { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(tmp, 'e2e.json') }, path.join(tmp, 'e2e.json'), (j) => ({
    passed: j.stats.expected,
    failed: j.stats.unexpected + (j.stats.flaky ?? 0),
    skipped: j.stats.skipped,
  }));
} else {
  process.stdout.write(`\nSkipped the browser journeys: no Chromium at ${chromium}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to enable them.\n`);
}

fs.rmSync(tmp, { recursive: true, force: true });
process.stdout.write(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failedRuns > 0 || totals.failed > 0 ? 1 : 0);
