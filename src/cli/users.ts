import type { Command } from 'commander';
import { withDatabase, readStdin } from './context.js';
import { addUser } from '../services/admin/add-user.js';
import { isRole, ROLES } from '../domain/access/roles.js';

/** `concord users add --email E --name N --org ORG --role ROLE` (password on standard input). */
export function registerUsersCommand(program: Command): void {
  const users = program.command('users').description('Staff accounts');
  users
    .command('add')
    .description('Add a user (or give an existing user another role). Reads the password from standard input.')
    .requiredOption('--email <email>', 'email address, used to sign in')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--org <organisation>', 'organisation name, e.g. "Leicestershire Police"')
    .requiredOption('--role <role...>', `one or more of: ${ROLES.map((r) => r.code).join(', ')}`)
    .action(async (opts: { email: string; name: string; org: string; role: string[] }) => {
      const bad = opts.role.filter((r) => !isRole(r));
      if (bad.length) {
        process.stderr.write(`Error: unknown role ${bad.join(', ')}\n`);
        process.exitCode = 1;
        return;
      }
      const password = await readStdin();
      await withDatabase(async ({ db }) => {
        const res = await addUser(db, { email: opts.email, name: opts.name, organisation: opts.org, roles: opts.role.filter(isRole), password }, null);
        process.stdout.write(`${res.created ? 'Added' : 'Updated'} user ${opts.email} (${res.id})\n`);
      });
    });
}
