import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { migrate } from '../db/migrate.js';

/** `concord migrate`: applies pending SQL migrations. */
export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations')
    .action(async () => {
      const config = loadConfig();
      const handle = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir });
      try {
        const ran = await migrate(handle);
        process.stdout.write(ran.length ? `Applied: ${ran.join(', ')}\n` : 'Database is up to date\n');
      } finally {
        await handle.close();
      }
    });
}
