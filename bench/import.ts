/**
 * `npm run bench:import [-- DIR]`: police.uk import speed against a raw COPY of the same rows,
 * on PGlite (in memory) and on a PostgreSQL server. See bench/README.md for what is measured.
 *
 * DIR defaults to ../shared/data/policeuk (every *-street.csv in it). The server is
 * DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres; the benchmark creates a fresh
 * database there and drops it afterwards. Set BENCH_SKIP_SERVER=1 to run PGlite only.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, type DbHandle } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { ensureReferenceData } from '../src/services/reference/ensure-reference-data.js';
import { loadGeography } from '../src/services/geography/load-geography.js';
import { importPoliceUkFiles } from '../src/services/imports/import-police-uk.js';
import { isStreetFileName } from '../src/domain/imports/police-uk.js';
import { forEachRecord } from '../src/services/imports/police-uk-reader.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.resolve(ROOT, '../shared/data');
const dir = path.resolve(process.argv[2] ?? path.join(DATA, 'policeuk'));
const geography = path.join(DATA, 'geography');
const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** A table of the CSV's own shape: the twelve police.uk columns, coordinates as numbers. */
const RAW_TABLE = `CREATE TABLE raw_street (
  crime_id text, month text, reported_by text, falls_within text, longitude double precision,
  latitude double precision, location text, lsoa_code text, lsoa_name text, crime_type text,
  last_outcome text, context text)`;

interface Result {
  engine: string;
  parseSeconds: number;
  rows: number;
  stored: number;
  importSeconds: number;
  reimportSeconds: number;
  copySeconds: number;
}

const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter(isStreetFileName).sort().map((f) => path.join(dir, f)) : [];
const rate = (rows: number, s: number) => Math.round(rows / s).toLocaleString('en-GB');

/** Imports every file twice as `concord import policeuk DIR` does (first run stores, second finds everything present). */
async function timeImport(handle: DbHandle): Promise<Pick<Result, 'rows' | 'stored' | 'importSeconds' | 'reimportSeconds'>> {
  await migrate(handle);
  await ensureReferenceData(handle.db);
  await loadGeography(handle.db, geography);
  const run = async () => {
    let rows = 0;
    let stored = 0;
    const started = performance.now();
    for (const r of await importPoliceUkFiles(handle.db, files, { actor: null })) {
      if (!r.ok) throw new Error(`${r.fileName}: ${r.error}`);
      rows += r.summary.rowsRead;
      stored += r.summary.incidentsAdded + r.summary.crimesAdded;
    }
    return { rows, stored, seconds: (performance.now() - started) / 1000 };
  };
  const first = await run();
  const again = await run();
  return { rows: first.rows, stored: first.stored, importSeconds: first.seconds, reimportSeconds: again.seconds };
}

/** The import's own CSV reader (csv-parse) over every file, rows discarded: the ceiling for any engine. */
async function timeParse(): Promise<number> {
  const started = performance.now();
  for (const file of files) await forEachRecord(fs.readFileSync(file), () => {});
  return (performance.now() - started) / 1000;
}

/** PGlite: COPY each file from a Blob (`/dev/blob`) into a fresh in-memory database. */
async function timeCopyPglite(): Promise<number> {
  const pg = await PGlite.create('memory://');
  try {
    await pg.exec(RAW_TABLE);
    const started = performance.now();
    for (const file of files) {
      await pg.query(`COPY raw_street FROM '/dev/blob' WITH (FORMAT csv, HEADER)`, [], { blob: new Blob([fs.readFileSync(file)]) });
    }
    return (performance.now() - started) / 1000;
  } finally {
    await pg.close();
  }
}

/** Server: one psql process runs `\copy … FROM file` (COPY FROM STDIN underneath) for every file. */
function timeCopyServer(url: string): number {
  const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'concord-bench-')), 'copy.sql');
  const quote = (p: string) => `'${p.replace(/'/g, "''")}'`;
  fs.writeFileSync(script, [RAW_TABLE + ';', ...files.map((f) => `\\copy raw_street FROM ${quote(f)} WITH (FORMAT csv, HEADER)`)].join('\n'));
  const check = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', 'SELECT 1']);
  if (check.status !== 0) throw new Error(`psql failed: ${check.error?.message ?? check.stderr.toString()}`);
  const started = performance.now();
  const res = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-f', script]);
  const seconds = (performance.now() - started) / 1000;
  fs.rmSync(path.dirname(script), { recursive: true, force: true });
  if (res.status !== 0) throw new Error(`psql failed: ${res.stderr.toString()}`);
  return seconds;
}

async function benchPglite(): Promise<Result> {
  const handle = await openDatabase({ pgliteDir: 'memory://' });
  try {
    const imported = await timeImport(handle);
    return { engine: 'PGlite (memory)', ...imported, copySeconds: await timeCopyPglite(), parseSeconds: await timeParse() };
  } finally {
    await handle.close();
  }
}

async function benchServer(): Promise<Result> {
  const name = `concord_bench_${process.pid}`;
  const admin = await openDatabase({ databaseUrl: serverUrl });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await admin.withScriptConnection((c) => c.exec(`CREATE DATABASE ${name}`));
  try {
    const handle = await openDatabase({ databaseUrl: url.toString() });
    let imported: Awaited<ReturnType<typeof timeImport>>;
    try {
      imported = await timeImport(handle);
    } finally {
      await handle.close();
    }
    const version = await admin.withScriptConnection((c) => c.exec('SHOW server_version'));
    const engine = `PostgreSQL ${String(version[0]?.server_version ?? '').split(' ')[0]}`;
    return { engine, ...imported, copySeconds: timeCopyServer(url.toString()), parseSeconds: await timeParse() };
  } finally {
    await admin.withScriptConnection((c) => c.exec(`DROP DATABASE IF EXISTS ${name}`));
    await admin.close();
  }
}

function printTable(results: Result[]): void {
  const head = ['Engine', 'Rows', 'Import s', 'Import rows/s', 'Re-import rows/s', 'COPY s', 'COPY rows/s', 'Import ÷ COPY', 'CSV parse only rows/s'];
  const lines = results.map((r) => [
    r.engine,
    r.rows.toLocaleString('en-GB'),
    r.importSeconds.toFixed(2),
    rate(r.rows, r.importSeconds),
    rate(r.rows, r.reimportSeconds),
    r.copySeconds.toFixed(2),
    rate(r.rows, r.copySeconds),
    (r.copySeconds / r.importSeconds).toFixed(2),
    rate(r.rows, r.parseSeconds),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  process.stdout.write(`${fmt(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${lines.map(fmt).join('\n')}\n`);
}

if (files.length === 0) {
  process.stdout.write(`No *-street.csv files in ${dir}: nothing to measure.\n`);
  process.exit(0);
}
process.stdout.write(`${files.length} files from ${dir}; node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}\n`);
const results = [await benchPglite()];
if (process.env.BENCH_SKIP_SERVER !== '1') {
  try {
    results.push(await benchServer());
  } catch (err) {
    process.stdout.write(`PostgreSQL server skipped: ${(err as Error).message}\n`);
  }
}
printTable(results);
process.stdout.write(
  'Rows: data rows read (every row of every file). Import ÷ COPY: import speed as a fraction of raw COPY speed.\n' +
    'CSV parse only: the import\'s csv-parse reader alone, no database (measured right after that engine\'s run).\n',
);
