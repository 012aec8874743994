import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import { aUser } from '../../../test/builders.js';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { addOrganisation, DuplicateOrganisationError } from './add-organisation.js';
import { searchAuditLog, AuditSearchForbiddenError } from './search-audit-log.js';

describe('adding organisations and searching the audit log', () => {
  let h: DbHandle;
  let admin: Actor;
  let auditor: Actor;
  beforeAll(async () => {
    h = await createTestDb();
    const a = await aUser(h.db, { roles: ['administrator'] });
    const b = await aUser(h.db, { roles: ['auditor'] });
    const base = { kind: 'user' as const, apiTokenId: null, name: 'x', organisationName: 'Leicestershire Police' };
    admin = { ...base, userId: a.id, organisationId: a.organisationId, roles: ['administrator'] };
    auditor = { ...base, userId: b.id, organisationId: b.organisationId, roles: ['auditor'] };
  });
  afterAll(() => h.close());

  it('adds an organisation and audits it with ids only', async () => {
    const { id } = await addOrganisation(
      h.db,
      { name: '  Melton Housing  ', kind: 'housing_provider', districtCode: 'E07000133', contactEmail: 'asb@melton.example' },
      admin,
      '10.0.0.1',
    );
    const org = await h.db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(org).toMatchObject({ name: 'Melton Housing', kind: 'housing_provider', district_code: 'E07000133', active: true });
    const audit = await h.db.selectFrom('audit_log').selectAll().where('entity_id', '=', id).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'organisation.create', user_id: admin.userId, ip: '10.0.0.1' });
    expect(JSON.stringify(audit.detail)).not.toContain('asb@melton.example');
  });

  it('refuses a name already taken, whatever its case', async () => {
    await expect(addOrganisation(h.db, { name: 'VICTIM FIRST', kind: 'victim_service' }, admin)).rejects.toThrow(
      DuplicateOrganisationError,
    );
  });

  it('lets only an auditor search the audit log, and records the search', async () => {
    await expect(searchAuditLog(h.db, admin, { page: 1, pageSize: 10 })).rejects.toThrow(AuditSearchForbiddenError);
    const result = await searchAuditLog(h.db, auditor, { action: 'organisation.', page: 1, pageSize: 10 });
    expect(result.total).toBe(1);
    expect(result.rows[0]).toMatchObject({ action: 'organisation.create' });
    const search = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'audit.search').executeTakeFirstOrThrow();
    expect(search).toMatchObject({ user_id: auditor.userId });
    expect(search.detail).toMatchObject({ action: 'organisation.', userEmail: false, page: 1 });
  });
});
