/**
 * Builds one migrated database with reference data per test run, so each test file can start
 * from a copy instead of migrating: a PGlite data-directory dump, or (TEST_ENGINE=postgres) a
 * template database on TEST_DATABASE_URL's server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { ensureReferenceData } from '../src/services/reference/ensure-reference-data.js';
import { adminUrl, databaseUrlFor } from './server-db.js';

export default async function setup(project: TestProject) {
  const engine = process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';
  if (engine === 'postgres') {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) throw new Error('TEST_ENGINE=postgres needs TEST_DATABASE_URL');
    const template = `concord_tpl_${process.pid}_${Date.now()}`;
    const admin = await openDatabase({ databaseUrl: adminUrl(base) });
    await admin.withScriptConnection((c) => c.exec(`CREATE DATABASE ${template}`));
    const h = await openDatabase({ databaseUrl: databaseUrlFor(base, template) });
    await migrate(h);
    await ensureReferenceData(h.db);
    await h.close();
    await admin.close();
    project.provide('engine', 'postgres');
    project.provide('template', template);
    return async () => {
      const again = await openDatabase({ databaseUrl: adminUrl(base) });
      await again.withScriptConnection((c) => c.exec(`DROP DATABASE IF EXISTS ${template}`));
      await again.close();
    };
  }
  const h = await openDatabase({ pgliteDir: 'memory://' });
  await migrate(h);
  await ensureReferenceData(h.db);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-test-'));
  const file = path.join(dir, 'template.tar.gz');
  const dump = await h.dumpDataDir!();
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await h.close();
  project.provide('engine', 'pglite');
  project.provide('template', file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    engine: 'pglite' | 'postgres';
    template: string;
  }
}
