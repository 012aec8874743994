/**
 * Plain SQL migrations (`src/db/migrations/NNN_name.sql`), applied in name order, each in its
 * own transaction, recorded in `schema_migrations`. An advisory lock keeps two processes from
 * migrating one server at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DbHandle } from './client.js';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_KEY = 7241102014;

function migrationFiles(): string[] {
  return fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d+_[\w-]+\.sql$/.test(f))
    .sort();
}

/** Applies every pending migration. @returns the names applied, in order. */
export async function migrate(handle: DbHandle): Promise<string[]> {
  const files = migrationFiles();
  return handle.withScriptConnection(async (conn) => {
    await conn.exec(`SELECT pg_advisory_lock(${LOCK_KEY})`);
    try {
      await conn.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = await conn.exec('SELECT name FROM schema_migrations');
      const applied = new Set(done.map((r) => String(r.name)));
      const ran: string[] = [];
      for (const file of files) {
        if (applied.has(file)) continue;
        const text = fs.readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8');
        try {
          await conn.exec(`BEGIN;\n${text}\n;INSERT INTO schema_migrations (name) VALUES ('${file}');\nCOMMIT;`);
        } catch (err) {
          await conn.exec('ROLLBACK').catch(() => undefined);
          throw new Error(`Migration ${file} failed: ${(err as Error).message}`, { cause: err });
        }
        ran.push(file);
      }
      return ran;
    } finally {
      await conn.exec(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
    }
  });
}

/** True when every migration file has been applied. */
export async function isMigrated(handle: DbHandle): Promise<boolean> {
  try {
    const rows = await handle.withScriptConnection((c) => c.exec('SELECT name FROM schema_migrations'));
    const applied = new Set(rows.map((r) => String(r.name)));
    return migrationFiles().every((f) => applied.has(f));
  } catch {
    return false;
  }
}
