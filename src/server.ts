/**
 * Process entry: configuration, database (migrated on start), reference data, boundaries from
 * GEOGRAPHY_DIR when none are loaded, the demo partnership on an empty development database,
 * then the web server. Shuts down cleanly on SIGINT/SIGTERM.
 */
import { loadConfig } from './config.js';
import { buildApp } from './app.js';
import { openDatabase } from './db/client.js';
import { migrate } from './db/migrate.js';
import { ensureReferenceData } from './services/reference/ensure-reference-data.js';
import { seedDemoIfEmpty } from './services/demo/seed-demo.js';
import { isGeographyLoaded, loadGeography } from './services/geography/load-geography.js';
import { failInterruptedJobs } from './services/jobs/fail-interrupted-jobs.js';
import { importJobsSettled } from './services/imports/police-uk-job.js';
import { createScheduler } from './jobs/scheduler.js';
import { refreshMissingCaseDue } from './services/cases/refresh-case-due.js';

const config = loadConfig();
const handle = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir });
await migrate(handle);
await ensureReferenceData(handle.db);
if (handle.engine === 'pglite') await failInterruptedJobs(handle.db);
const app = await buildApp({ db: handle.db, handle, config });

// First start with GEOGRAPHY_DIR set: load the boundaries, so places (and the demo) are placed.
if (config.geographyDir && !(await isGeographyLoaded(handle.db))) {
  const counts = await loadGeography(handle.db, config.geographyDir, (msg) => app.log.info(msg));
  app.log.info({ counts }, 'geography loaded');
}

if (config.seedDemo) {
  const seeded = await seedDemoIfEmpty(handle.db, (msg) => app.log.info(msg));
  if (seeded) {
    process.stdout.write(
      `\nDemo partnership seeded (synthetic data). Sign in at http://localhost:${config.port}/sign-in with any of:\n` +
        seeded.users.map((u) => `  ${u.role.padEnd(22)} ${u.email}`).join('\n') +
        `\nPassword for every demo user: ${seeded.password}\n\n`,
    );
  }
}

// Due dates for any case without them (first start after migration 004, or seeded cases).
await refreshMissingCaseDue(handle.db);

await app.listen({ port: config.port, host: config.host });

// Scheduled work (due dates, weekly compliance lists, queued email): each run is claimed in the database.
const scheduler = config.jobsEnabled
  ? createScheduler({
      db: handle.db,
      mail: config,
      weeklyDay: config.weeklyComplianceDay,
      weeklyHour: config.weeklyComplianceHour,
      log: app.log,
    })
  : undefined;
scheduler?.start();

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // Let a running import finish its transaction (up to 30 s) before the database closes.
    void Promise.resolve(scheduler?.stop())
      .then(() => app.close())
      .then(() => Promise.race([importJobsSettled(), new Promise((r) => setTimeout(r, 30_000))]))
      .then(() => handle.close())
      .then(() => process.exit(0));
  });
}
