/**
 * Test support for the geography service tests (not used by the app): where the real open data
 * lives. The data is never copied into the repository; it is
 * read from `../shared/data` beside the repository root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_DATA_DIR = fileURLToPath(new URL('../../../../shared/data', import.meta.url));
export const GEOGRAPHY_DIR = path.join(SHARED_DATA_DIR, 'geography');
export const POLICEUK_DIR = path.join(SHARED_DATA_DIR, 'policeuk');

/** Null when the shared data is present, else why the data-backed tests are skipped. */
export function sharedDataMissing(): string | null {
  if (fs.existsSync(path.join(GEOGRAPHY_DIR, 'lsoa2021')) && fs.existsSync(POLICEUK_DIR)) return null;
  const reason = `geography tests skipped: no open data at ${SHARED_DATA_DIR}`;
  process.stdout.write(`${reason}\n`);
  return reason;
}
