import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import { aUser, orgId, type TestUser } from '../../../test/builders.js';
import type { DbHandle } from '../../db/client.js';
import type { Actor, Role } from '../../domain/access/roles.js';
import { setUserRoles } from './set-user-roles.js';
import { deactivateUser } from './deactivate-user.js';
import { reactivateUser } from './reactivate-user.js';
import { AdminNotFoundError, AdminRuleError } from './errors.js';

function actorFor(user: TestUser, roles: Role[]): Actor {
  return {
    kind: 'user',
    userId: user.id,
    apiTokenId: null,
    name: 'Admin',
    organisationId: user.organisationId,
    organisationName: 'Leicestershire Police',
    roles,
  };
}

describe('changing users’ roles and status', () => {
  let h: DbHandle;
  let admin: Actor;
  let police: string;
  let council: string;
  beforeAll(async () => {
    h = await createTestDb();
    admin = actorFor(await aUser(h.db, { roles: ['administrator'] }), ['administrator']);
    police = await orgId(h.db, 'Leicestershire Police');
    council = await orgId(h.db, 'Leicester City Council');
  });
  afterAll(() => h.close());

  const roles = async (userId: string) =>
    (await h.db.selectFrom('memberships').select(['organisation_id', 'role']).where('user_id', '=', userId).orderBy('role').execute()).map(
      (m) => `${m.organisation_id === police ? 'police' : 'council'}:${m.role}`,
    );

  it('replaces the roles in one organisation, leaving other organisations alone', async () => {
    const user = await aUser(h.db, { roles: ['officer', 'supervisor'] });
    await setUserRoles(h.db, { userId: user.id, organisationId: council, roles: ['partner_case_officer'] }, admin);
    const result = await setUserRoles(h.db, { userId: user.id, organisationId: police, roles: ['supervisor', 'analyst'] }, admin);
    expect(result).toEqual({ added: ['analyst'], removed: ['officer'] });
    expect(await roles(user.id)).toEqual(['police:analyst', 'council:partner_case_officer', 'police:supervisor']);
  });

  it('adds to the roles already held when asked to keep them', async () => {
    const user = await aUser(h.db, { roles: ['officer'] });
    await setUserRoles(h.db, { userId: user.id, organisationId: police, roles: ['analyst'], keepExisting: true }, admin);
    expect(await roles(user.id)).toEqual(['police:analyst', 'police:officer']);
  });

  it('removes the user from an organisation when no roles are left, and audits only real changes', async () => {
    const user = await aUser(h.db, { roles: ['officer'] });
    await setUserRoles(h.db, { userId: user.id, organisationId: police, roles: ['officer'] }, admin);
    await setUserRoles(h.db, { userId: user.id, organisationId: police, roles: [] }, admin);
    expect(await roles(user.id)).toEqual([]);
    const audit = await h.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'user.set_roles')
      .where('entity_id', '=', user.id)
      .execute();
    expect(audit.map((a) => a.detail)).toEqual([{ organisationId: police, added: [], removed: ['officer'] }]);
  });

  it('refuses to let an administrator remove their own administrator role', async () => {
    const attempt = setUserRoles(h.db, { userId: admin.userId!, organisationId: police, roles: ['officer'] }, admin);
    await expect(attempt).rejects.toThrow(AdminRuleError);
    await expect(attempt).rejects.toThrow('You cannot remove your own administrator role');
    expect(await roles(admin.userId!)).toEqual(['police:administrator']);
  });

  it('lets an administrator remove another administrator’s role', async () => {
    const other = await aUser(h.db, { roles: ['administrator'] });
    await setUserRoles(h.db, { userId: other.id, organisationId: police, roles: ['analyst'] }, admin);
    expect(await roles(other.id)).toEqual(['police:analyst']);
  });

  it('reports an unknown user or organisation', async () => {
    await expect(setUserRoles(h.db, { userId: 'nope', organisationId: police, roles: [] }, admin)).rejects.toThrow(AdminNotFoundError);
    await expect(
      setUserRoles(h.db, { userId: '00000000-0000-4000-8000-000000000000', organisationId: police, roles: [] }, admin),
    ).rejects.toThrow(AdminNotFoundError);
    const user = await aUser(h.db, { roles: ['officer'] });
    await expect(
      setUserRoles(h.db, { userId: user.id, organisationId: '00000000-0000-4000-8000-000000000000', roles: ['officer'] }, admin),
    ).rejects.toThrow('Select an organisation');
  });

  it('deactivates a user, ending their sessions, and reactivates them; each change audited once', async () => {
    const user = await aUser(h.db, { roles: ['officer'] });
    await h.db
      .insertInto('sessions')
      .values({
        id_hash: `test-${user.id}`,
        user_id: user.id,
        organisation_id: police,
        csrf_token: 'x',
        expires_at: new Date(Date.now() + 3600_000),
      })
      .execute();
    expect(await deactivateUser(h.db, user.id, admin)).toEqual({ changed: true });
    expect(await deactivateUser(h.db, user.id, admin)).toEqual({ changed: false });
    expect(await h.db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute()).toEqual([]);
    expect(await reactivateUser(h.db, user.id, admin)).toEqual({ changed: true });
    const row = await h.db.selectFrom('users').select('active').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.active).toBe(true);
    const audit = await h.db.selectFrom('audit_log').select('action').where('entity_id', '=', user.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['user.deactivate', 'user.reactivate']);
  });

  it('refuses to let an administrator deactivate themselves', async () => {
    await expect(deactivateUser(h.db, admin.userId!, admin)).rejects.toThrow('You cannot deactivate your own account');
  });
});
