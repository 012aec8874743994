#!/usr/bin/env node
// npm test: the whole suite. On a full run the static checks come first (tsc, ESLint,
// Prettier). Vitest on PGlite always; again on a PostgreSQL server when
// TEST_DATABASE_URL is set; then the Playwright journeys in Debian's Chromium when it is
// installed (/usr/bin/chromium or CHROMIUM_PATH), otherwise a printed line says how to enable
// them. Ends with one line: "Tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-results-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
/** Names of failed tests, printed again at the end so a log's tail says what failed. */
const failures = [];
let failedRuns = 0;

function run(label, cmd, args, env, resultFile, read, failedNames) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0) failedRuns++;
  try {
    const counts = read(JSON.parse(fs.readFileSync(resultFile, 'utf8')));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    for (const name of failedNames(JSON.parse(fs.readFileSync(resultFile, 'utf8')))) failures.push(`${label}: ${name}`);
  } catch {
    if (res.status !== 0) totals.failed++;
  }
}

const vitestCounts = (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + j.numTodoTests });
const vitestFailures = (j) =>
  j.testResults.flatMap((f) => {
    const file = path.relative(process.cwd(), f.name);
    const failed = f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${file} > ${a.fullName}`);
    return failed.length > 0 || f.status !== 'failed' ? failed : [`${file}: ${f.message || 'failed to run'}`];
  });
const playwrightFailures = (j) => {
  const out = [];
  const walk = (suite, trail) => {
    for (const spec of suite.specs ?? []) if (!spec.ok) out.push(`${spec.file}:${spec.line} > ${[...trail, spec.title].join(' > ')}`);
    for (const child of suite.suites ?? []) walk(child, [...trail, child.title]);
  };
  for (const suite of j.suites ?? []) walk(suite, []);
  return out;
};
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const only = process.argv.slice(2);

/** Static checks (CONVENTIONS.md habit 11): a failure fails the run and is named at the end. */
function staticCheck(label, script) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const res = spawnSync(npm, ['run', '--silent', script], { stdio: 'inherit' });
  if (res.status !== 0) {
    failedRuns++;
    failures.push(`${label}: npm run ${script} failed`);
  } else process.stdout.write('No problems.\n');
}

if (!only.length) {
  staticCheck('Types (tsc --noEmit)', 'typecheck');
  staticCheck('ESLint and Prettier, zero warnings', 'lint');
}

run(
  'Unit, service and route tests on PGlite',
  npx,
  ['vitest', 'run', ...only],
  { TEST_ENGINE: 'pglite', VITEST_JSON: path.join(tmp, 'pglite.json') },
  path.join(tmp, 'pglite.json'),
  vitestCounts,
  vitestFailures,
);

if (process.env.TEST_DATABASE_URL) {
  run(
    'The same tests on the PostgreSQL server (TEST_DATABASE_URL)',
    npx,
    ['vitest', 'run', ...only],
    { TEST_ENGINE: 'postgres', VITEST_JSON: path.join(tmp, 'postgres.json') },
    path.join(tmp, 'postgres.json'),
    vitestCounts,
    vitestFailures,
  );
} else {
  process.stdout.write(
    '\nSkipped the PostgreSQL server run: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to run the suite on a server too.\n',
  );
}

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (only.length) {
  // A filtered run is for development: no browser journeys.
} else if (fs.existsSync(chromium)) {
  run(
    'Browser journeys in Chromium (Playwright + axe)',
    npx,
    ['playwright', 'test'],
    { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(tmp, 'e2e.json') },
    path.join(tmp, 'e2e.json'),
    (j) => ({
      passed: j.stats.expected,
      failed: j.stats.unexpected + (j.stats.flaky ?? 0),
      skipped: j.stats.skipped,
    }),
    playwrightFailures,
  );
} else {
  process.stdout.write(
    `\nSkipped the browser journeys: no Chromium at ${chromium}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to enable them.\n`,
  );
}

fs.rmSync(tmp, { recursive: true, force: true });
if (failures.length > 0) process.stdout.write(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
process.stdout.write(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failedRuns > 0 || totals.failed > 0 ? 1 : 0);
