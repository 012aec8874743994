/**
 * What the benchmarks share: PGlite opened through the app's own openDatabase with a second,
 * query-logging Kysely over the same instance; percentiles; and the Markdown result table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, type LogEvent } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { openDatabase, type DbHandle } from '../src/db/client.js';
import type { Database } from '../src/db/schema.js';

/** A database under test. */
export interface BenchDb {
  handle: DbHandle;
  label: string;
  /** The same database through a Kysely that logs every query with its duration. */
  diagnostic(log: (e: LogEvent) => void): Kysely<Database>;
  cleanup(): Promise<void>;
}

/** PGlite in memory, or in a fresh folder `<prefix>…` under `dir` (removed by cleanup). */
export async function openBenchPglite(dir: string | undefined, prefix: string): Promise<BenchDb> {
  const dataDir = dir ? fs.mkdtempSync(path.join(dir, prefix)) : 'memory://';
  const handle = await openDatabase({ pgliteDir: dataDir });
  const pglite = handle.pglite!;
  const version = String((await pglite.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '');
  return {
    handle,
    label: `PGlite ${version.split(' ')[0]} (${dir ? 'disk' : 'memory'})`,
    diagnostic: (log) => new Kysely<Database>({ dialect: new PGliteDialect(pglite), log }),
    cleanup: async () => {
      await handle.close();
      if (dir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The p-th percentile (0–1, nearest rank) of ascending `sorted`; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** A Markdown table; the first `textColumns` columns left-aligned, the rest (numbers) right-aligned. */
export function table(head: string[], lines: string[][], textColumns: number): string {
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < textColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return `${fmt(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${lines.map(fmt).join('\n')}\n`;
}
