/**
 * `npm run bench:import [-- DIR]`: police.uk import speed against raw COPY, on PGlite (in
 * memory) and on a PostgreSQL server. See bench/README.md for what is measured.
 *
 * DIR defaults to ../shared/data/policeuk (every *-street.csv in it). The server is
 * DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres; the benchmark creates a fresh
 * database there and drops it afterwards. Set BENCH_SKIP_SERVER=1 to run PGlite only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
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
const RAW_COPY = `COPY raw_street FROM STDIN WITH (FORMAT csv, HEADER)`;

/** The tables the import writes, the rows of them it owns, and their empty same-shape copies. */
const TABLES = [
  { table: 'incidents', copy: 'bench_incidents', where: `source = 'police.uk'` },
  { table: 'police_crimes', copy: 'bench_police_crimes', where: 'true' },
] as const;

/**
 * SQL that creates the same-shape tables: `LIKE … INCLUDING ALL` copies columns, defaults,
 * NOT NULL and CHECK constraints, the primary key, unique and other indexes, but not foreign
 * keys, so those are added back from the catalogue (`fkeys` = pg_get_constraintdef of each).
 */
const sameShapeDdl = (fkeys: Record<string, string[]>) =>
  TABLES.map(
    ({ table, copy }) =>
      `CREATE TABLE ${copy} (LIKE ${table} INCLUDING ALL);\n` +
      (fkeys[table] ?? []).map((def) => `ALTER TABLE ${copy} ADD ${def};\n`).join(''),
  ).join('');
const FKEYS_SQL = `SELECT conrelid::regclass::text AS t, pg_get_constraintdef(oid) AS def FROM pg_constraint
  WHERE contype = 'f' AND conrelid IN ('incidents'::regclass, 'police_crimes'::regclass) ORDER BY conname`;
/** The tables' shape as benchmarked: migrations change it, so the output says it. */
const SHAPE_SQL = `SELECT c.relname AS t,
    (SELECT count(*) FROM pg_index i WHERE i.indrelid = c.oid)::int AS indexes,
    (SELECT count(*) FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'f')::int AS fkeys
  FROM pg_class c WHERE c.relname IN ('incidents', 'police_crimes') AND c.relkind = 'r' ORDER BY 1`;
const MONTHS_SQL = `SELECT DISTINCT month::text AS month FROM (
  SELECT month FROM incidents WHERE source = 'police.uk' UNION ALL SELECT month FROM police_crimes) m ORDER BY 1`;
/** COPY … TO of one table's import rows for one month (the police.uk files hold one month each). */
const exportSql = (t: (typeof TABLES)[number], month: string, target: string) =>
  `COPY (SELECT * FROM ${t.table} WHERE ${t.where} AND month = '${month}') TO ${target}`;

interface Result {
  engine: string;
  rows: number;
  stored: number;
  importSeconds: number;
  reimportSeconds: number;
  sameShapeSeconds: number;
  /** e.g. "incidents: 10 indexes, 6 foreign keys; police_crimes: 2 indexes, 0 foreign keys" */
  shape: string;
  rawSeconds: number;
  parseSeconds: number;
}

/** How an engine runs the two COPY baselines in the import's own database; D is COPY data in memory. */
interface CopyEngine<D> {
  exec(sql: string): Promise<Record<string, unknown>[]>;
  /** The output of a `COPY (SELECT …) TO target`, given the target. */
  copyOut(sql: (target: string) => string): Promise<D>;
  size(data: D): number;
  /** COPYs each [table, data] into its table, all in one transaction. */
  copyInTransaction(parts: [string, D][]): Promise<void>;
  /** COPYs one CSV file into raw_street, in its own transaction; the file read is timed. */
  copyCsvFile(file: string): Promise<void>;
}

const files = fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter(isStreetFileName)
      .sort()
      .map((f) => path.join(dir, f))
  : [];
const rate = (rows: number, s: number) => Math.round(rows / s).toLocaleString('en-GB');
const seconds = (since: number) => (performance.now() - since) / 1000;

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
    return { rows, stored, seconds: seconds(started) };
  };
  const first = await run();
  const again = await run();
  return { rows: first.rows, stored: first.stored, importSeconds: first.seconds, reimportSeconds: again.seconds };
}

/**
 * The rows the import stored, exported month by month (= file by file) with COPY TO (not
 * timed), then timed as COPY FROM into empty tables of the same shape: one transaction per
 * month holding its incidents and its crimes, as the import writes one transaction per file.
 */
async function timeSameShapeCopy<D>(eng: CopyEngine<D>, stored: number): Promise<{ sameShapeSeconds: number; shape: string }> {
  const shape = (await eng.exec(SHAPE_SQL))
    .map((r) => `${String(r.t)}: ${String(r.indexes)} indexes, ${String(r.fkeys)} foreign keys`)
    .join('; ');
  const fkeys: Record<string, string[]> = {};
  for (const r of await eng.exec(FKEYS_SQL)) (fkeys[String(r.t)] ??= []).push(String(r.def));
  await eng.exec(sameShapeDdl(fkeys));
  const months = (await eng.exec(MONTHS_SQL)).map((r) => String(r.month));
  const batches: [string, D][][] = [];
  for (const month of months) {
    const parts: [string, D][] = [];
    for (const t of TABLES) {
      const data = await eng.copyOut((target) => exportSql(t, month, target));
      if (eng.size(data) > 0) parts.push([t.copy, data]);
    }
    batches.push(parts);
  }
  const started = performance.now();
  for (const parts of batches) await eng.copyInTransaction(parts);
  const elapsed = seconds(started);
  const [count] = await eng.exec(`SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t.copy})`).join(' + ')} AS n`);
  if (Number(count?.n) !== stored) throw new Error(`same-shape COPY stored ${String(count?.n)} rows, the import ${stored}`);
  await eng.exec(TABLES.map((t) => `DROP TABLE ${t.copy};`).join(''));
  return { sameShapeSeconds: elapsed, shape };
}

/** Every CSV file COPYed as it is into raw_street (no keys or indexes), one transaction per file. */
async function timeRawCopy<D>(eng: CopyEngine<D>, rows: number): Promise<number> {
  await eng.exec(RAW_TABLE);
  const started = performance.now();
  for (const file of files) await eng.copyCsvFile(file);
  const elapsed = seconds(started);
  const [count] = await eng.exec('SELECT count(*) AS n FROM raw_street');
  if (Number(count?.n) !== rows) throw new Error(`raw COPY stored ${String(count?.n)} rows, the import read ${rows}`);
  await eng.exec('DROP TABLE raw_street');
  return elapsed;
}

/** The import's own CSV reader (papaparse) over every file, rows discarded: the ceiling for any engine. */
async function timeParse(): Promise<number> {
  const started = performance.now();
  for (const file of files) await forEachRecord(fs.readFileSync(file), () => {});
  return seconds(started);
}

/** PGlite in memory, opened by the app's own openDatabase; the instance is kept for COPY with blobs. */
async function openPglite(): Promise<{ handle: DbHandle; pglite: PGlite }> {
  const handle = await openDatabase({ pgliteDir: 'memory://' });
  return { handle, pglite: handle.pglite! };
}

async function benchPglite(): Promise<Result> {
  const { handle, pglite } = await openPglite();
  try {
    const imported = await timeImport(handle);
    const eng: CopyEngine<Blob> = {
      exec: (text) => handle.withScriptConnection((c) => c.exec(text)),
      copyOut: async (sql) => {
        const res = await pglite.query(sql(`'/dev/blob'`));
        if (!res.blob) throw new Error('COPY TO /dev/blob returned no blob');
        return res.blob;
      },
      size: (blob) => blob.size,
      copyInTransaction: (parts) =>
        pglite.transaction(async (tx) => {
          for (const [table, blob] of parts) await tx.query(`COPY ${table} FROM '/dev/blob'`, [], { blob });
        }),
      copyCsvFile: async (file) => {
        await pglite.query(RAW_COPY.replace('STDIN', `'/dev/blob'`), [], { blob: new Blob([fs.readFileSync(file)]) });
      },
    };
    const sameShape = await timeSameShapeCopy(eng, imported.stored);
    const rawSeconds = await timeRawCopy(eng, imported.rows);
    return { engine: 'PGlite (memory)', ...imported, ...sameShape, rawSeconds, parseSeconds: await timeParse() };
  } finally {
    await handle.close();
  }
}

/** Server: one pg.Client streams every COPY (`pg-copy-streams`, COPY … TO STDOUT / FROM STDIN). */
function serverCopyEngine(client: pg.Client): CopyEngine<Buffer> {
  const exec = async (text: string) => {
    const res = (await client.query(text)) as unknown;
    const last = Array.isArray(res) ? res[res.length - 1] : res;
    return (last as { rows?: Record<string, unknown>[] }).rows ?? [];
  };
  return {
    exec,
    copyOut: async (sql) => {
      const chunks: Buffer[] = [];
      for await (const chunk of client.query(copyTo(sql('STDOUT')))) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    size: (data) => data.length,
    copyInTransaction: async (parts) => {
      await client.query('BEGIN');
      try {
        for (const [table, data] of parts) await pipeline(Readable.from([data]), client.query(copyFrom(`COPY ${table} FROM STDIN`)));
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    },
    copyCsvFile: (file) => pipeline(fs.createReadStream(file), client.query(copyFrom(RAW_COPY))),
  };
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
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const eng = serverCopyEngine(client);
      const sameShape = await timeSameShapeCopy(eng, imported.stored);
      const rawSeconds = await timeRawCopy(eng, imported.rows);
      return { engine, ...imported, ...sameShape, rawSeconds, parseSeconds: await timeParse() };
    } finally {
      await client.end();
    }
  } finally {
    await admin.withScriptConnection((c) => c.exec(`DROP DATABASE IF EXISTS ${name}`));
    await admin.close();
  }
}

function printTable(results: Result[]): void {
  const head = [
    'Engine',
    'Rows read',
    'Rows stored',
    'Import s',
    'Import rows/s',
    'Re-import rows/s',
    'COPY same shape s',
    'COPY same shape rows/s',
    'Import ÷ COPY same shape',
    'COPY raw CSV s',
    'COPY raw CSV rows/s',
    'Import ÷ COPY raw CSV',
    'Parse only rows/s',
  ];
  const lines = results.map((r) => [
    r.engine,
    r.rows.toLocaleString('en-GB'),
    r.stored.toLocaleString('en-GB'),
    r.importSeconds.toFixed(2),
    rate(r.rows, r.importSeconds),
    rate(r.rows, r.reimportSeconds),
    r.sameShapeSeconds.toFixed(2),
    rate(r.stored, r.sameShapeSeconds),
    (r.sameShapeSeconds / r.importSeconds).toFixed(2),
    r.rawSeconds.toFixed(2),
    rate(r.rows, r.rawSeconds),
    (r.rawSeconds / r.importSeconds).toFixed(2),
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
process.stdout.write(
  `${files.length} files from ${dir}; node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}\n`,
);
const results = [await benchPglite()];
if (process.env.BENCH_SKIP_SERVER !== '1') {
  try {
    results.push(await benchServer());
  } catch (err) {
    process.stdout.write(`PostgreSQL server skipped: ${(err as Error).message}\n`);
  }
}
printTable(results);
for (const shape of new Set(results.map((r) => r.shape))) process.stdout.write(`Table shape: ${shape}.\n`);
process.stdout.write(
  'Rows read: data rows in the files. Rows stored: incidents + police_crimes rows the import added.\n' +
    'Import rows/s: rows read per second of the first import. Import ÷ COPY: COPY time ÷ import time for the same rows,\n' +
    "  i.e. the import's speed as a fraction of COPY's.\n" +
    'COPY same shape: the rows the import stored, COPYed (text format) into empty LIKE … INCLUDING ALL copies of incidents\n' +
    "  and police_crimes (foreign keys added back), one transaction per file's month.\n" +
    'COPY raw CSV: each file as it is (FORMAT csv) into a 12-column table without keys or indexes, one transaction per file.\n' +
    "Parse only: the import's papaparse reader alone, no database (measured right after that engine's run).\n",
);
