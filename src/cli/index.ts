/**
 * `npm run concord -- <command>`: operator commands over the same services as the web app.
 * Each command module registers itself on the program; see `--help`.
 */
import { Command } from 'commander';
import { registerMigrateCommand } from './migrate.js';
import { registerUsersCommand } from './users.js';
import { registerTokensCommand } from './tokens.js';
import { registerSeedCommand } from './seed.js';
import { registerGeographyCommand } from './geography.js';
import { registerImportCommand } from './import.js';

const program = new Command()
  .name('concord')
  .description('Concord operator commands. Uses DATABASE_URL, or the embedded database in PGLITE_DIR (./data/db).')
  .showHelpAfterError();

registerMigrateCommand(program);
registerUsersCommand(program);
registerTokensCommand(program);
registerSeedCommand(program);
registerGeographyCommand(program);
registerImportCommand(program);

await program.parseAsync(process.argv);
