/**
 * What the journeys know about the demo partnership and the shared open data: the demo users'
 * emails and password (from the seed itself, so they cannot drift apart) and where the police.uk
 * files and the LLR lookups live (`../shared/data` beside the repository root).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { DEMO_PASSWORD, demoEmail } from '../../src/services/demo/demo-users.js';
import type { Role } from '../../src/db/schema.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DATA = path.resolve(REPO_ROOT, '../shared/data');

export { DEMO_PASSWORD, demoEmail };

/** A demo user's sign-in details. */
export function demoUser(role: Role): { email: string; password: string } {
  return { email: demoEmail(role), password: DEMO_PASSWORD };
}

/** A file under the shared data folder, or null when it is not there. */
export function sharedFile(...parts: string[]): string | null {
  const file = path.join(SHARED_DATA, ...parts);
  return fs.existsSync(file) ? file : null;
}

/**
 * How many anti-social behaviour rows of a police.uk street file lie in LLR: rows whose LSOA is
 * in the LLR 2011 lookup (data/SOURCES.md §5). The file's other ASB rows are outside the area.
 */
export function asbRowsInLlr(streetCsv: string, lsoaLookupCsv: string): { all: number; inLlr: number } {
  const lookup = parse(fs.readFileSync(lsoaLookupCsv, 'utf8'), { columns: true }) as Record<string, string>[];
  const llr = new Set(lookup.map((r) => r.LSOA11CD));
  const rows = parse(fs.readFileSync(streetCsv, 'utf8'), { columns: true }) as Record<string, string>[];
  const asb = rows.filter((r) => r['Crime type'] === 'Anti-social behaviour');
  return { all: asb.length, inLlr: asb.filter((r) => llr.has(r['LSOA code'] ?? '')).length };
}
