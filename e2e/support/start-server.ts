/**
 * Starts Concord for the browser journeys (playwright.config.ts `webServer`): deletes the PGlite
 * folder named by PGLITE_DIR so the run begins with an empty database (migrated, boundaries
 * loaded and the demo seeded on start), then runs the ordinary process entry, src/server.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = process.env.PGLITE_DIR;
if (!dir || !path.resolve(dir).startsWith(os.tmpdir())) {
  throw new Error(`PGLITE_DIR must be a folder under ${os.tmpdir()} for the browser journeys (got ${dir ?? 'nothing'})`);
}
fs.rmSync(dir, { recursive: true, force: true });

await import('../../src/server.js');
