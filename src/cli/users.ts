import type { Command } from 'commander';
import { withDatabase, readStdin } from './context.js';
import { addUser } from '../services/admin/add-user.js';
import { isRole, roleName, ROLES } from '../domain/access/roles.js';
import { searchUsers } from '../services/admin/search-users.js';
import type { Database } from '../db/schema.js';
import type { Kysely } from 'kysely';
import { formatTable } from './tokens.js';

/** Writes every user whose name or email contains `search` (all users without it), by name. */
export async function listUsersCommand(db: Kysely<Database>, search: string | undefined, write: (text: string) => void) {
  const rows: string[][] = [];
  for (let page = 1; ; page++) {
    const found = await searchUsers(db, { text: search, page, pageSize: 500 });
    for (const u of found.rows) {
      const roles = u.organisations.map((o) => `${o.organisationName}: ${o.roles.map(roleName).join(', ')}`).join('; ');
      rows.push([u.id, u.name, u.email, u.active ? 'active' : 'deactivated', roles || 'no roles']);
    }
    if (page * 500 >= found.total) break;
  }
  write(rows.length ? formatTable(['ID', 'NAME', 'EMAIL', 'STATUS', 'ROLES'], rows) : 'No users\n');
}

/**
 * `concord users add --email E --name N --org ORG --role ROLE` (password on standard input) and
 * `concord users list [--search TEXT]`.
 */
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
        const res = await addUser(
          db,
          { email: opts.email, name: opts.name, organisation: opts.org, roles: opts.role.filter(isRole), password },
          null,
        );
        process.stdout.write(`${res.created ? 'Added' : 'Updated'} user ${opts.email} (${res.id})\n`);
      });
    });
  users
    .command('list')
    .description('List users with their roles in each organisation')
    .option('--search <text>', 'only users whose name or email address contains this')
    .action((opts: { search?: string }) => withDatabase(({ db }) => listUsersCommand(db, opts.search, (t) => process.stdout.write(t))));
}
