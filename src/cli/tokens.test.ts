import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { aUser } from '../../test/builders.js';
import { authenticateApiToken } from '../services/auth/api-tokens.js';
import { createTokenCommand, listTokensCommand, revokeTokenCommand } from './tokens.js';
import { listUsersCommand } from './users.js';

describe('the tokens and users commands', () => {
  let t: TestApp;
  let out: string;
  const write = (text: string) => void (out += text);
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('creates a token, printing it once, that authenticates as the organisation and role', async () => {
    out = '';
    const { id, token } = await createTokenCommand(t.db, { org: 'leicester city council', name: 'Housing system', role: 'analyst' }, write);
    expect(out).toContain(token);
    expect(token).toMatch(/^concord_/);
    const actor = await authenticateApiToken(t.db, token);
    expect(actor).toMatchObject({ kind: 'token', apiTokenId: id, organisationName: 'Leicester City Council', roles: ['analyst'] });
    const stored = await t.db.selectFrom('api_tokens').select('token_hash').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
  });

  it('lists tokens with organisation, label, role and when last used, never the secret', async () => {
    out = '';
    const { token } = await createTokenCommand(
      t.db,
      { org: 'Victim First', name: 'Referrals', role: 'partner_case_officer' },
      () => undefined,
    );
    await authenticateApiToken(t.db, token);
    await listTokensCommand(t.db, write);
    expect(out).toMatch(/^ID\s+ORGANISATION\s+LABEL\s+ROLE\s+CREATED \(UTC\)\s+LAST USED\s+REVOKED/);
    expect(out).toMatch(/Victim First\s+Referrals\s+partner_case_officer\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+no/);
    expect(out).not.toContain(token);
  });

  it('revokes a token, after which it no longer authenticates and an API route answers 401', async () => {
    out = '';
    const { id, token } = await createTokenCommand(
      t.db,
      { org: 'Leicestershire Police', name: 'Niche export', role: 'analyst' },
      () => undefined,
    );
    const api = () => t.app.inject({ url: '/api/v1/stats/incidents', headers: { authorization: `Bearer ${token}` } });
    expect((await api()).statusCode).not.toBe(401);
    await revokeTokenCommand(t.db, id, write);
    expect(out).toContain(`Revoked token ${id}`);
    expect(await authenticateApiToken(t.db, token)).toBeUndefined();
    const res = await api();
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'unauthorised' });
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['api_token.create', 'api_token.revoke']);
  });

  it('refuses to revoke an unknown token or one already revoked', async () => {
    await expect(revokeTokenCommand(t.db, 'not-an-id', write)).rejects.toThrow('No active token not-an-id');
    const { id } = await createTokenCommand(t.db, { org: 'Leicestershire Police', name: 'Twice', role: 'analyst' }, () => undefined);
    await revokeTokenCommand(t.db, id, () => undefined);
    await expect(revokeTokenCommand(t.db, id, write)).rejects.toThrow(/No active token/);
  });

  it('refuses an unknown role or organisation', async () => {
    await expect(createTokenCommand(t.db, { org: 'Leicestershire Police', name: 'x', role: 'superuser' }, write)).rejects.toThrow(
      /Unknown role superuser/,
    );
    await expect(createTokenCommand(t.db, { org: 'Nowhere Council', name: 'x', role: 'analyst' }, write)).rejects.toThrow(
      /No organisation named/,
    );
  });

  it('lists users with their roles, filtered by a search', async () => {
    await aUser(t.db, { roles: ['officer', 'supervisor'], name: 'Listed Person' });
    out = '';
    await listUsersCommand(t.db, 'listed', write);
    expect(out).toMatch(/Listed Person\s+user-[0-9a-f]+@test\.concord\.test\s+active\s+Leicestershire Police: Officer, Supervisor/);
    out = '';
    await listUsersCommand(t.db, 'nobody-matches-this', write);
    expect(out).toBe('No users\n');
  });
});
