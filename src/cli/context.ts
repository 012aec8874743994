/**
 * Opens the configured database (migrated, reference data present) for one CLI command and
 * always closes it. Errors print as one line and exit with status 1.
 */
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type DbHandle } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { ensureReferenceData } from '../services/reference/ensure-reference-data.js';

export async function withDatabase(fn: (handle: DbHandle, config: Config) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir });
  try {
    await migrate(handle);
    await ensureReferenceData(handle.db);
    await fn(handle, config);
  } catch (err) {
    process.stderr.write(`Error: ${(err as Error).message}\n`);
    process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

/** Reads all of standard input (for passwords), trimmed of the final newline. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
