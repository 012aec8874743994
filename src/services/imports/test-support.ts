/**
 * Test support for the police.uk import tests (not used by the app): where the real open data
 * lives (`../shared/data` beside the repository root; never copied into the repository), and
 * the expected counts of a file computed independently of the import, straight from the CSV
 * and the derived LLR LSOA lookups (data/SOURCES.md §5).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export const SHARED_DATA_DIR = fileURLToPath(new URL('../../../../shared/data', import.meta.url));
export const GEOGRAPHY_DIR = path.join(SHARED_DATA_DIR, 'geography');
export const POLICEUK_DIR = path.join(SHARED_DATA_DIR, 'policeuk');
const LOOKUPS = path.join(GEOGRAPHY_DIR, 'lookups');

/** Null when the shared data is present; otherwise prints and returns why the tests are skipped. */
export function policeUkDataMissing(): string | null {
  const needed = [path.join(GEOGRAPHY_DIR, 'lsoa2021'), path.join(LOOKUPS, 'llr_lsoa2011_to_lad_DERIVED.csv'), POLICEUK_DIR];
  const absent = needed.find((p) => !fs.existsSync(p));
  if (!absent) return null;
  const reason = `police.uk import tests skipped: the open data is not at ${absent}`;
  process.stdout.write(`${reason}\n`);
  return reason;
}

/** The month's street file in the shared data, e.g. `streetFile('2020-01')`. */
export const streetFile = (month: string) => path.join(POLICEUK_DIR, `${month}-leicestershire-street.csv`);

/** LLR LSOA code → district code, from the derived lookups (both vintages). */
export function llrLsoaDistricts(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [file, column] of [
    ['llr_lsoa2011_to_lad_DERIVED.csv', 'LSOA11CD'],
    ['llr_lsoa2021_to_lad_DERIVED.csv', 'LSOA21CD'],
  ] as const) {
    const rows = parse(fs.readFileSync(path.join(LOOKUPS, file)), { columns: true }) as Record<string, string>[];
    for (const r of rows) map.set(r[column]!, r.LADCD!);
  }
  return map;
}

export interface ExpectedCounts {
  rows: number;
  /** ASB rows whose LSOA is an LLR LSOA, in total and by district. */
  incidents: number;
  incidentsByDistrict: Record<string, number>;
  /** Other located rows with a Crime ID and an LLR LSOA. */
  crimes: number;
  withoutLocation: number;
}

/** What importing `file` should store, computed from the CSV and the lookups alone. */
export function expectedCounts(file: string, lsoas = llrLsoaDistricts()): ExpectedCounts {
  const rows = parse(fs.readFileSync(file), { columns: true, bom: true }) as Record<string, string>[];
  const out: ExpectedCounts = { rows: rows.length, incidents: 0, incidentsByDistrict: {}, crimes: 0, withoutLocation: 0 };
  for (const r of rows) {
    if (!r.Longitude) {
      out.withoutLocation++;
      continue;
    }
    const district = lsoas.get(r['LSOA code']!);
    if (!district) continue;
    if (r['Crime type'] === 'Anti-social behaviour') {
      out.incidents++;
      out.incidentsByDistrict[district] = (out.incidentsByDistrict[district] ?? 0) + 1;
    } else if (r['Crime ID']) out.crimes++;
  }
  return out;
}
