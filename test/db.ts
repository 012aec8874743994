/**
 * A fresh, migrated database for one test file, on the engine this run tests: an in-memory
 * PGlite cloned from the run's template dump, or a new database on the server created from the
 * run's template database (dropped again by `close`).
 */
import fs from 'node:fs';
import crypto from 'node:crypto';
import { inject } from 'vitest';
import { openDatabase, type DbHandle } from '../src/db/client.js';
import { adminUrl, databaseUrlFor } from './server-db.js';

export async function createTestDb(): Promise<DbHandle> {
  const engine = inject('engine');
  const template = inject('template');
  if (engine === 'pglite') {
    const bytes = fs.readFileSync(template);
    return openDatabase({ pgliteDir: 'memory://', loadDataDir: new Blob([bytes]) });
  }
  const base = process.env.TEST_DATABASE_URL!;
  const name = `concord_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ databaseUrl: adminUrl(base) });
  await admin.withScriptConnection((c) => c.exec(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const handle = await openDatabase({ databaseUrl: databaseUrlFor(base, name) });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.withScriptConnection((c) => c.exec(`DROP DATABASE IF EXISTS ${name}`));
      await admin.close();
    },
  };
}
