/**
 * `concord tokens create|list|revoke`: API tokens for other systems, over
 * services/auth/api-tokens.ts. A new token is printed once and never again (only its hash is
 * kept). Each command's work is a plain function over the database, so tests call it directly.
 */
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../services/auth/api-tokens.js';
import { isRole, ROLES } from '../domain/access/roles.js';
import { withDatabase } from './context.js';

type Write = (text: string) => void;

/** Left-aligned text columns under a header row, separated by two spaces. */
export function formatTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') : '');

/** Creates a token and writes it once. @throws Error for an unknown role or organisation. */
export async function createTokenCommand(db: Kysely<Database>, opts: { org: string; name: string; role: string }, write: Write) {
  if (!isRole(opts.role)) throw new Error(`Unknown role ${opts.role}. Use one of: ${ROLES.map((r) => r.code).join(', ')}`);
  const { id, token } = await createApiToken(db, { organisationName: opts.org, name: opts.name, role: opts.role }, null);
  write(`Created token ${id} for ${opts.org} (${opts.role}), labelled "${opts.name}".\n`);
  write('Copy it now: it will not be shown again.\n');
  write(`${token}\n`);
  return { id, token };
}

/** Writes every token (never its secret): id, organisation, label, role, dates. */
export async function listTokensCommand(db: Kysely<Database>, write: Write) {
  const tokens = await listApiTokens(db);
  if (!tokens.length) return write('No API tokens\n');
  const rows = tokens.map((t) => [
    t.id,
    t.organisationName,
    t.name,
    t.role,
    when(t.createdAt),
    when(t.lastUsedAt) || 'never',
    when(t.revokedAt) || 'no',
  ]);
  write(formatTable(['ID', 'ORGANISATION', 'LABEL', 'ROLE', 'CREATED (UTC)', 'LAST USED', 'REVOKED'], rows));
}

/** Revokes a token. @throws NotFoundError for a malformed, unknown or already revoked id. */
export async function revokeTokenCommand(db: Kysely<Database>, id: string, write: Write) {
  await revokeApiToken(db, id, null);
  write(`Revoked token ${id}\n`);
}

/** Registers `tokens create`, `tokens list` and `tokens revoke`. */
export function registerTokensCommand(program: Command): void {
  const out: Write = (text) => process.stdout.write(text);
  const tokens = program.command('tokens').description('API tokens for other systems');
  tokens
    .command('create')
    .description('Create an API token for an organisation and role; prints it once')
    .requiredOption('--org <organisation>', 'organisation name, e.g. "Leicestershire Police"')
    .requiredOption('--name <label>', 'what the token is for, e.g. "Niche RMS export"')
    .requiredOption('--role <role>', `one of: ${ROLES.map((r) => r.code).join(', ')}`)
    .action((opts: { org: string; name: string; role: string }) =>
      withDatabase(({ db }) => createTokenCommand(db, opts, out).then(() => undefined)),
    );
  tokens
    .command('list')
    .description('List API tokens (never their secrets)')
    .action(() => withDatabase(({ db }) => listTokensCommand(db, out)));
  tokens
    .command('revoke')
    .description('Revoke an API token at once')
    .argument('<id>', 'the token id shown by "tokens list"')
    .action((id: string) => withDatabase(({ db }) => revokeTokenCommand(db, id, out)));
}
