/**
 * Database client: one Kysely instance over either the embedded PGlite (default) or a
 * PostgreSQL server (`DATABASE_URL`). Both run the same migrations and the same SQL.
 *
 * Note (STACK-NOTES.md): `pg` returns counts and bigints as strings, PGlite as numbers; the
 * repositories normalise with `Number(...)`.
 */
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './schema.js';

export type Engine = 'pglite' | 'postgres';

export interface DbHandle {
  db: Kysely<Database>;
  engine: Engine;
  /**
   * Runs `fn` with one dedicated connection that can execute multi-statement SQL scripts
   * (migrations). Kysely's own queries are single statements.
   */
  withScriptConnection<T>(fn: (conn: ScriptConnection) => Promise<T>): Promise<T>;
  /** Closes the pool or the embedded database. */
  close(): Promise<void>;
  /** PGlite only: a gzipped tar of the data directory (to clone a database in tests). */
  dumpDataDir?: () => Promise<Blob>;
  /** PGlite only: the instance itself (benchmarks use it for COPY with blobs). */
  pglite?: import('@electric-sql/pglite').PGlite;
}

export interface ScriptConnection {
  /** Executes one or more statements; returns the rows of the last one. */
  exec(text: string): Promise<Record<string, unknown>[]>;
}

export interface DbOptions {
  /** PostgreSQL URL; when absent PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory, or `memory://`. */
  pgliteDir?: string;
  /** A PGlite data-directory dump (tar) to start from; used by tests to skip migrations. */
  loadDataDir?: Blob | File;
}

/** Opens the database. @throws when the server is unreachable or PGlite cannot start. */
export async function openDatabase(opts: DbOptions): Promise<DbHandle> {
  if (opts.databaseUrl) {
    const pg = await import('pg');
    // Return DATE columns as 'YYYY-MM-DD' strings, as PGlite's dialect does below.
    pg.default.types.setTypeParser(1082, (v: string) => v);
    const pool = new pg.default.Pool({ connectionString: opts.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'postgres',
      withScriptConnection: async (fn) => {
        const client = await pool.connect();
        try {
          return await fn({
            exec: async (text) => {
              const res = (await client.query(text)) as unknown;
              const last = Array.isArray(res) ? res[res.length - 1] : res;
              return (last as { rows?: Record<string, unknown>[] }).rows ?? [];
            },
          });
        } finally {
          client.release();
        }
      },
      close: async () => {
        await db.destroy();
        // Kysely ends the pool only if it ever used it; script connections use it directly.
        if (!pool.ended) await pool.end();
      },
    };
  }
  const { PGlite, types } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { fuzzystrmatch } = await import('@electric-sql/pglite/contrib/fuzzystrmatch');
  const { PGliteDialect } = await import('kysely-pglite-dialect');
  const dir = opts.pgliteDir ?? 'memory://';
  if (!dir.startsWith('memory://')) {
    const fs = await import('node:fs');
    fs.mkdirSync(dir, { recursive: true });
  }
  const pglite = await PGlite.create(dir, {
    extensions: { pg_trgm, fuzzystrmatch },
    loadDataDir: opts.loadDataDir,
    parsers: { [types.DATE]: (v: string) => v },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    engine: 'pglite',
    pglite,
    dumpDataDir: () => pglite.dumpDataDir('gzip'),
    withScriptConnection: (fn) =>
      fn({
        exec: async (text) => {
          const res = await pglite.exec(text);
          return (res[res.length - 1]?.rows ?? []) as Record<string, unknown>[];
        },
      }),
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
