/** What every route plugin receives: the database and the configuration. */
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { DbHandle } from '../db/client.js';
import type { Database } from '../db/schema.js';

export interface AppDeps {
  db: Kysely<Database>;
  handle: DbHandle;
  config: Config;
}
